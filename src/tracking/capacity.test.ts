import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { capacityProblems } from './capacity';

/** A course of two bijeenkomsten, each with Reflecties of the given maxLengths. */
function course(maxLengths: number[][], yaml = '') {
  const root = mkdtempSync(path.join(tmpdir(), 'leerlijn-capacity-'));
  const dir = path.join(root, 'courses', 'lang');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'course.yaml'), `title: Lang\n${yaml}`);
  maxLengths.forEach((lengths, i) => {
    const body = lengths
      .map(
        (max, j) =>
          `<Reflectie id="r${i}-${j}" title="R" maxLength={${max}}>\n\n<Vraag id="antwoord">\nUw antwoord\n</Vraag>\n\n</Reflectie>\n`,
      )
      .join('\n');
    writeFileSync(path.join(dir, `bijeenkomst-${i + 1}.mdx`), `---\nnumber: ${i + 1}\n---\n\n# Deel\n\n${body}`);
  });
  return root;
}

let made: string[] = [];
afterEach(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
  made = [];
});
const check = (root: string) => {
  made.push(root);
  return capacityProblems(path.join(root, 'courses'), root);
};

describe('the course check on SCORM 1.2 capacity', () => {
  it('passes a course whose Reflecties fit when every one is full', () => {
    expect(check(course([[600, 600], [600]]))).toEqual([]);
  });

  it('fails a course that cannot fit, at the Reflectie with the largest maxLength, saying what would fit', () => {
    const problems = check(
      course([
        [1000, 2000],
        [2000, 1000],
      ]),
    );
    const whole = problems.find((p) => p.message.includes('whole-course package'));
    expect(whole).toMatchObject({ file: 'courses/lang/bijeenkomst-1.mdx', line: 15, field: 'maxLength' });
    expect(whole?.message).toMatch(/6000 characters in all/);
    expect(whole?.message).toMatch(/add up to at most about \d+ characters/);
    expect(whole?.message).toContain('scorm12: false');
    // Each bijeenkomst alone (3000 characters) fits its own package.
    expect(problems).toHaveLength(1);
  });

  it('fails a per-bijeenkomst package that cannot fit either', () => {
    const problems = check(course([[3000, 3000], [100]]));
    expect(problems.map((p) => /in (the [^.]*package[^.]*)\./.exec(p.message)?.[1])).toEqual([
      'the whole-course package',
      'the package of bijeenkomst-1',
    ]);
    // A bijeenkomst too big for its own package is not helped by packaging per bijeenkomst.
    expect(problems[1]?.message).not.toContain('per-bijeenkomst');
    expect(problems[1]?.message).toContain('scorm12: false');
  });

  it('lets a course opt out of SCORM 1.2 explicitly, whole or in part', () => {
    expect(check(course([[3000, 3000], [100]], 'scorm12: false\n'))).toEqual([]);
    const perPart = check(
      course(
        [
          [1000, 2000],
          [2000, 1000],
        ],
        'scorm12: per-bijeenkomst\n',
      ),
    );
    expect(perPart).toEqual([]);
    const stillTooBig = check(course([[3000, 3000], [100]], 'scorm12: per-bijeenkomst\n'));
    expect(stillTooBig.map((p) => p.message.includes('bijeenkomst-1'))).toEqual([true]);
  });
});
