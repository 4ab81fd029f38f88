import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetFor } from '../budgets';
import { checkBudgets, formatTable, launchPageOf, pageKind, type WeightRow } from './report';

describe('pageKind', () => {
  it('tells the kinds of page apart by path, and exercise pages by their elements', () => {
    expect(pageKind('oefeningen/', '<ll-reflectie>')).toBe('gallery');
    expect(pageKind('zelfregie/bijeenkomst-1/slides/', '<ll-deck>')).toBe('deck');
    expect(pageKind('zelfregie/bijeenkomst-1/slides/presenter/', '<ll-presenter>')).toBe('presenter');
    expect(pageKind('zelfregie/scorm/', '')).toBe('launch');
    expect(pageKind('zelfregie/gids/', '')).toBe('guide');
    expect(pageKind('lms/', '')).toBe('lms-preview');
    expect(pageKind('zelfregie/bijeenkomst-1/materiaal/', '<ll-reflectie>')).toBe('print');
    expect(pageKind('zelfregie/deelnemersmap/', '')).toBe('print');
    expect(pageKind('zelfregie/bijeenkomst-1/', '<p>tekst</p>')).toBe('page');
    expect(pageKind('zelfregie/bijeenkomst-2/', '<ll-stappenplan id="plan">')).toBe('exercises');
    expect(pageKind('', '<h1>Opleidingen</h1>')).toBe('page');
  });

  it('finds the launch page of a course page', () => {
    expect(launchPageOf('zelfregie/bijeenkomst-1/')).toBe('zelfregie/scorm/');
    expect(launchPageOf('')).toBeUndefined();
  });
});

const row = (over: Partial<WeightRow>): WeightRow => ({
  page: 'x/',
  kind: 'page',
  mode: 'standalone',
  html: 1000,
  css: 1000,
  js: 0,
  scripts: [],
  ...over,
});

/** The budget's limit in bytes; the tests follow the table rather than repeat its numbers. */
const limit = (kind: WeightRow['kind'], mode: WeightRow['mode']): number => {
  const budget = budgetFor(kind, mode);
  if (!budget) throw new Error(`no budget for ${kind} ${mode}`);
  return budget.maxJs;
};

describe('checkBudgets', () => {
  it('passes a page at its budget and fails one byte over; pages without a budget pass', () => {
    const rows = [
      row({ page: 'a/', mode: 'lms', js: limit('page', 'lms') }),
      row({ page: 'b/', mode: 'standalone', js: limit('page', 'standalone') + 1 }),
      row({ page: 'oefeningen/', kind: 'gallery', js: limit('gallery', 'standalone') }),
      row({ page: 'a/slides/', kind: 'deck', js: limit('deck', 'standalone') + 1 }),
      row({ page: 'lms/', kind: 'lms-preview', js: 500 * 1024 }),
      row({ page: 'a/b-1/', kind: 'exercises', mode: 'lms', js: limit('exercises', 'lms') + 1 }),
      row({ page: 'a/b-1/', kind: 'exercises', mode: 'standalone', js: limit('exercises', 'standalone') }),
      row({ page: 'a/gids/', kind: 'guide', js: limit('guide', 'standalone') }),
      row({ page: 'a/deelnemersmap/', kind: 'print', js: limit('print', 'standalone') + 1 }),
    ];
    const { verdicts, unmeasured } = checkBudgets(rows);
    expect(verdicts.map((v) => [v.row.page, v.ok])).toEqual([
      ['a/', true],
      ['b/', false],
      ['oefeningen/', true],
      ['a/slides/', false],
      ['lms/', true],
      ['a/b-1/', false],
      ['a/b-1/', true],
      ['a/gids/', true],
      ['a/deelnemersmap/', false],
    ]);
    expect(unmeasured).toEqual([]);
  });

  it('reports a budget no page was measured against', () => {
    const { unmeasured } = checkBudgets([row({ mode: 'lms' })]);
    expect(unmeasured.map((b) => b.label)).toEqual(
      BUDGETS.filter((b) => b.mode !== 'lms' || b.kind !== 'page').map((b) => b.label),
    );
  });
});

describe('formatTable', () => {
  it('prints one aligned line per page with sizes in KB and the verdict', () => {
    const max = limit('page', 'standalone');
    const table = formatTable(checkBudgets([row({ page: 'zelfregie/', js: max + 1024 })]).verdicts).split('\n');
    const kb = (bytes: number) => (bytes / 1024).toFixed(1).replace('.', '\\.');
    expect(table[0]).toMatch(/^page\s+kind\s+mode\s+HTML\s+CSS\s+JS\s+JS, all loaded\s+JS budget$/);
    expect(table[2]).toMatch(
      new RegExp(
        `^zelfregie/\\s+page\\s+standalone\\s+1\\.0 KB\\s+1\\.0 KB\\s+${kb(max + 1024)} KB\\s+${kb(max + 1024)} KB\\s+${kb(max)} KB\\s+OVER$`,
      ),
    );
  });
});
