import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCourseMdx } from '../mdx/parse';
import { annotateSections } from '../mdx/sections';
import { authorComponents } from '../../schemas/components';
import { checkMdxBody } from './check-mdx';

const EXERCISES = path.resolve(import.meta.dirname, '../../exercises');
const files = readdirSync(EXERCISES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(EXERCISES, entry.name, 'example.mdx')))
  .map((entry) => `${entry.name}/example.mdx`);

/**
 * The gallery is the authors' reference: its examples pass the same checker as course files, and
 * together they show every exercise component.
 */
describe('the exercise gallery (src/exercises/<type>/example.mdx)', () => {
  it.each(files)('%s passes the course checker', (file) => {
    expect(checkMdxBody(readFileSync(path.join(EXERCISES, file), 'utf8'), file).problems).toEqual([]);
  });

  it('shows every exercise component once, with ids unique across the page', () => {
    const exercises = files.flatMap(
      (file) => annotateSections(parseCourseMdx(readFileSync(path.join(EXERCISES, file), 'utf8'))).exercises,
    );
    const ids = exercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const types = Object.values(authorComponents).flatMap((spec) =>
      'exerciseType' in spec ? [spec.exerciseType] : [],
    );
    expect(new Set(exercises.map((e) => e.type))).toEqual(new Set(types));
  });

  it("the README's exercise example passes the checker", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    const example = /### Exercises[\s\S]*?```mdx\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain('<Kennischeck');
    expect(checkMdxBody(example!, 'README.md').problems).toEqual([]);
  });
});
