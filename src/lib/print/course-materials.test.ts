import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCourseMdx } from '../mdx/parse';
import { annotateSections } from '../mdx/sections';

const COURSES = path.resolve(import.meta.dirname, '../../../courses');
const files = readdirSync(COURSES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((course) =>
    readdirSync(path.join(COURSES, course.name))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => `${course.name}/${file}`),
  );

/** Words that make a material something to print: such an item must be a sheet, not a line of text. */
const PRINTED =
  /\b(geprint\w*|print\w*|kaart(je)?s?|rollenspelkaart\w*|formulier\w*|werkblad\w*|certifica\w*|bewijs|bewijzen|hand-?out\w*)\b/i;

describe.each(files)('the printed materials of %s', (file) => {
  const source = readFileSync(path.join(COURSES, file), 'utf8');
  const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as {
    materials?: (string | { werkblad: string })[];
  };
  const materials = frontmatter.materials ?? [];
  const sheets = annotateSections(parseCourseMdx(source)).sheets;

  it('names every printed item as a <Werkblad> of the file', () => {
    const printedAsText = materials.filter(
      (item): item is string => typeof item === 'string' && PRINTED.test(item) && !/stemtool/i.test(item),
    );
    expect(printedAsText).toEqual([]);
    const ids = sheets.map((sheet) => sheet.id);
    for (const item of materials) if (typeof item !== 'string') expect(ids).toContain(item.werkblad);
  });

  it('lists every sheet in its materials, so the guide says how many to print', () => {
    const named = materials.flatMap((item) => (typeof item === 'string' ? [] : [item.werkblad]));
    expect(sheets.map((sheet) => sheet.id).filter((id) => !named.includes(id))).toEqual([]);
  });
});
