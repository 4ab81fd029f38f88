import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { GET } from '../pages/return-visit.js';
import { studyKey } from './progress-summary';

const script = async () => {
  const response = await GET({} as Parameters<typeof GET>[0]);
  return response.text();
};

/** Runs the served script as a page would, before anything is drawn; returns what it marked. */
function run(
  js: string,
  page: { course?: string; bijeenkomst?: string; hash?: string; stored?: unknown; parent?: object },
) {
  const dataset: Record<string, string | undefined> = { course: page.course, bijeenkomst: page.bijeenkomst };
  const items = new Map<string, string>();
  if (page.stored !== undefined) items.set(studyKey(page.course ?? ''), JSON.stringify(page.stored));
  const localStorage = { getItem: (key: string) => items.get(key) ?? null, setItem: () => {} };
  const window: Record<string, unknown> = { localStorage };
  window.parent = page.parent ?? window;
  runInNewContext(js, {
    window,
    localStorage,
    location: { hash: page.hash ?? '' },
    document: { documentElement: { dataset } },
  });
  return { returning: dataset.llReturning, inLaunch: 'llInLaunch' in dataset };
}

const deep = { last: { slug: 'b2', label: 'Bijeenkomst 2: Eigen kracht', section: 'kern', sectionTitle: 'De kern' } };

describe('return-visit.js, the course pages’ blocking script', () => {
  it('is small and stands alone: a classic script with no imports', async () => {
    const js = await script();
    expect(js.length).toBeLessThan(1500);
    expect(js).not.toMatch(/\bimport\b|\bexport\b/);
  });

  it('marks the page with the lines "Verder waar u was" will take, by the study script’s rule', async () => {
    const js = await script();
    expect(run(js, { course: 'c', bijeenkomst: 'b1', stored: deep }).returning).toBe('two');
    expect(run(js, { course: 'c', stored: { last: { slug: 'b2', label: 'Bijeenkomst 2' } } }).returning).toBe('one');
    expect(run(js, { course: 'c', bijeenkomst: 'b2', stored: deep }).returning).toBe('one');
    expect(run(js, { course: 'c', bijeenkomst: 'b2', hash: '#x', stored: deep }).returning).toBeUndefined();
  });

  it('marks nothing without a course, a record, or a well-formed place', async () => {
    const js = await script();
    expect(run(js, { bijeenkomst: 'b1', stored: deep }).returning).toBeUndefined();
    expect(run(js, { course: 'c', bijeenkomst: 'b1' }).returning).toBeUndefined();
    expect(run(js, { course: 'c', stored: { last: { slug: '../elders', label: 'x' } } }).returning).toBeUndefined();
  });

  it('marks a page inside a Leerlijn launch page, which shows the save status in its own bar', async () => {
    const js = await script();
    expect(run(js, { course: 'c', parent: { leerlijnTracking: {} } }).inLaunch).toBe(true);
    expect(run(js, { course: 'c' }).inLaunch).toBe(false);
    // In another site's frame (an LMS without our launch page) the page says where its work is.
    expect(run(js, { course: 'c', parent: {} }).inLaunch).toBe(false);
    const foreign = {
      get leerlijnTracking(): never {
        throw new Error('SecurityError');
      },
    };
    expect(run(js, { course: 'c', parent: foreign }).inLaunch).toBe(false);
  });

  it('marks nothing, and does not fail, where the browser refuses storage', async () => {
    const js = await script();
    const dataset: Record<string, string> = { course: 'c' };
    const window = {
      get localStorage(): Storage {
        throw new Error('SecurityError');
      },
    };
    expect(() => {
      runInNewContext(js, { window, location: { hash: '' }, document: { documentElement: { dataset } } });
    }).not.toThrow();
    expect(dataset.llReturning).toBeUndefined();
  });
});
