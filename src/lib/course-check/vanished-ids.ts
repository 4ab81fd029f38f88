/**
 * Build-time warning for course updates: an id that was in the previous build's outline and is
 * gone now. Participants' saved work is filed under those ids (course folder, bijeenkomst file,
 * exercise id), so a rename hides their work behind an "Uit een eerdere versie" box and stops it
 * counting. The previous build's `<course>/outline.json` is enough to compare. Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCourseMdx, type CourseMdxParser } from '../mdx/parse';
import { annotateSections } from '../mdx/sections';

interface PreviousOutline {
  bijeenkomsten?: { slug?: unknown; exercises?: { id?: unknown; type?: unknown }[] }[];
}

function readOutline(file: string): PreviousOutline | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PreviousOutline;
  } catch {
    return undefined;
  }
}

const KEPT =
  'What participants saved under it is kept and shown to them as "Uit een eerdere versie", but no longer counts. ' +
  'If you renamed it, give it back its old id: ids must never change once a course is in use (README, "Ids that never change").';

/** Warnings, one per id of the previous build (`previousDist`) that the course files no longer have. */
export function vanishedIds(
  coursesDir: string,
  previousDist: string,
  root: string,
  parse: CourseMdxParser = parseCourseMdx,
): string[] {
  if (!existsSync(previousDist)) return [];
  const display = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const warnings: string[] = [];
  for (const course of readdirSync(previousDist, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const previous = readOutline(path.join(previousDist, course.name, 'outline.json'));
    if (!previous?.bijeenkomsten) continue;
    const dir = path.join(coursesDir, course.name);
    if (!existsSync(dir)) {
      warnings.push(`${display(dir)}: the course "${course.name}" was in the previous build and is gone. ${KEPT}`);
      continue;
    }
    const files = new Map(
      readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => [f.replace(/\.mdx$/, ''), path.join(dir, f)] as const),
    );
    const exercises = new Set<string>();
    for (const file of files.values()) {
      try {
        for (const exercise of annotateSections(parse(readFileSync(file, 'utf8'))).exercises)
          exercises.add(exercise.id);
      } catch {
        // A file that does not parse is reported by the course check itself.
      }
    }
    for (const bijeenkomst of previous.bijeenkomsten) {
      const slug = typeof bijeenkomst.slug === 'string' ? bijeenkomst.slug : undefined;
      if (slug && !files.has(slug))
        warnings.push(
          `${display(path.join(dir, `${slug}.mdx`))}: "${slug}" was in the previous build and is gone. ${KEPT}`,
        );
      for (const exercise of bijeenkomst.exercises ?? []) {
        if (typeof exercise.id !== 'string' || exercises.has(exercise.id)) continue;
        const where = slug && files.has(slug) ? files.get(slug)! : dir;
        const type = typeof exercise.type === 'string' ? ` (${exercise.type})` : '';
        warnings.push(
          `${display(where)}: exercise id "${exercise.id}"${type} was in the previous build and is gone. ${KEPT}`,
        );
      }
    }
  }
  return warnings;
}
