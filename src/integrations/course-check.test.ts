import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCourses } from '../lib/course-check/check-courses';
import { vanishedIds } from '../lib/course-check/vanished-ids';
import { courseMdxParser, parseCourseMdx } from '../lib/mdx/parse';
import { capacityProblems } from '../tracking/capacity';

const coursesDir = path.resolve('tests/fixtures/valid-courses');
const previousDist = mkdtempSync(path.join(tmpdir(), 'leerlijn-previous-'));
afterAll(() => rmSync(previousDist, { recursive: true, force: true }));

describe('the course check', () => {
  it('parses each course file once for the checks, the SCORM 1.2 capacity and the vanished ids', () => {
    const courses = readdirSync(coursesDir, { withFileTypes: true }).filter((d) => d.isDirectory());
    for (const course of courses) {
      mkdirSync(path.join(previousDist, course.name));
      writeFileSync(path.join(previousDist, course.name, 'outline.json'), JSON.stringify({ bijeenkomsten: [] }));
    }
    const parsed: string[] = [];
    const once = courseMdxParser((source) => {
      parsed.push(source);
      return parseCourseMdx(source);
    });
    // Each rule reads the trees through the parser it is handed, not a parser of its own.
    const asked: Record<string, number> = {};
    const through = (rule: string) => (source: string) => {
      asked[rule] = (asked[rule] ?? 0) + 1;
      return once(source);
    };
    expect(checkCourses(coursesDir, process.cwd(), through('check'))).toEqual([]);
    expect(capacityProblems(coursesDir, process.cwd(), through('capacity'))).toEqual([]);
    expect(vanishedIds(coursesDir, previousDist, process.cwd(), through('vanished'))).toEqual([]);
    expect(Object.keys(asked).sort()).toEqual(['capacity', 'check', 'vanished']);
    const files = courses.flatMap((course) =>
      readdirSync(path.join(coursesDir, course.name)).filter((name) => name.endsWith('.mdx')),
    );
    expect(parsed).toHaveLength(files.length);
    expect(new Set(parsed).size).toBe(files.length);
  });
});
