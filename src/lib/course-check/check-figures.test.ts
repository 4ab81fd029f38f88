import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCourseMdx } from '../mdx/parse';
import { checkFigures, imageProblems } from './check-figures';
import type { CourseProblem } from './problem';

describe('Markdown images in a course file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'leerlijn-figures-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'assets', 'kring.png'), '');

  it('accept a photo in the course folder with alt text', () => {
    expect(imageProblems('assets/kring.png', 'Een kring stoelen', dir)).toEqual([]);
  });

  it('need alt text, a file that is there, and nothing from elsewhere', () => {
    expect(imageProblems('assets/kring.png', ' ', dir)).toEqual([expect.stringContaining('has no alt text')]);
    expect(imageProblems('assets/weg.jpg', 'Weg', dir)).toEqual([
      "there is no file assets/weg.jpg in this course's folder",
    ]);
    for (const url of [
      'https://example.org/foto.jpg',
      '//cdn.example/foto.jpg',
      '/foto.jpg',
      'data:image/png;base64,AA',
    ])
      expect(imageProblems(url, 'Foto', dir)).toEqual([expect.stringContaining('is not in the course folder')]);
    expect(imageProblems('assets/schema.svg', 'Schema', dir)).toEqual([expect.stringContaining('<Figuur src=')]);
    // A malformed escape is a missing file, not a crash of the build.
    expect(imageProblems('assets/100%.png', 'Honderd', dir)).toEqual([
      "there is no file assets/100%.png in this course's folder",
    ]);
  });

  it('are reported at their line and column', () => {
    const problems: CourseProblem[] = [];
    checkFigures(parseCourseMdx('# Titel\n\nTekst.\n\n![](assets/weg.png)\n'), dir, 'demo/b.mdx', problems);
    expect(problems.map((p) => [p.file, p.line, p.column])).toEqual([
      ['demo/b.mdx', 5, 1],
      ['demo/b.mdx', 5, 1],
    ]);
    expect(problems.map((p) => p.message)).toEqual(imageProblems('assets/weg.png', '', dir));
  });
});
