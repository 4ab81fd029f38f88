import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTHOR_ERRORS, describeAuthorProblem, type AuthorErrorName } from './author-errors';

const entries = Object.entries(AUTHOR_ERRORS) as [AuthorErrorName, readonly [string, string]][];

describe('author errors', () => {
  it('have unique, stable codes LL-E001, LL-E002, … in order', () => {
    expect(entries.map(([, [code]]) => code)).toEqual(entries.map((_, i) => `LL-E${String(i + 1).padStart(3, '0')}`));
  });

  it('each have a short one-line fix', () => {
    for (const [, [, hint]] of entries) {
      expect(hint).not.toContain('\n');
      expect(hint.length).toBeLessThanOrEqual(80);
    }
  });

  it('are described with code, element, place and fix in one line', () => {
    expect(describeAuthorProblem('ll-rollenspel', 'jansen', { error: 'missing-target', at: 'begin → weg' })).toBe(
      'LL-E011 missing-target: <ll-rollenspel id="jansen"> at "begin → weg": let next name an existing <Beurt> or <Einde> of this Rollenspel',
    );
    expect(describeAuthorProblem('ll-kennischeck', '', { error: 'missing-id' })).toBe(
      'LL-E001 missing-id: <ll-kennischeck>: give the exercise an id, such as id="wmo-basis"',
    );
  });

  it('are all listed in the authoring guide', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const [name, [code]] of entries) expect(readme).toContain(`| \`${code}\` | \`${name}\` |`);
  });
});
