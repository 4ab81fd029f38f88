import { describe, expect, it } from 'vitest';
import { outcome } from '../tracking/progress';
import { emptyProgress } from '../tracking/suspend-codec';
import {
  coursePercent,
  progressRecord,
  readStudyRecord,
  sessionState,
  studyKey,
  writeStudyRecord,
} from './progress-summary';

const scope = {
  course: 'c',
  mastery: 70,
  bijeenkomsten: [
    { slug: 'b1', exercises: ['a', 'b'] },
    { slug: 'b2', exercises: ['c'] },
    { slug: 'b3', exercises: [] },
  ],
};

function memory() {
  const values = new Map<string, string>();
  return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v) };
}

describe('progress summary', () => {
  it('follows the tracker: a bijeenkomst is in progress once an exercise is done, done when all are', () => {
    const progress = { ...emptyProgress(), done: { a: [1, 6, 6, 1] as [1, number, number, 1] } };
    const result = outcome(scope, progress);
    expect(result.bijeenkomsten.map(sessionState)).toEqual(['doing', 'todo', 'todo']);
    expect(coursePercent(result)).toBe(16);
    const seen = outcome(scope, { ...progress, seen: ['b3'] });
    expect(seen.bijeenkomsten.map(sessionState)).toEqual(['doing', 'todo', 'done']);
    expect(coursePercent(seen)).toBe(50);
  });

  it('says 100 % only when the course is complete', () => {
    const done = { a: [1, 0, 0, -1], b: [1, 0, 0, -1], c: [1, 0, 0, -1] } as const;
    const result = outcome(scope, { ...emptyProgress(), seen: ['b3'], done: structuredClone(done) as never });
    expect(coursePercent(result)).toBe(100);
    expect(progressRecord(result).sessions).toEqual({ b1: 'done', b2: 'done', b3: 'done' });
  });

  it('keeps the record in the browser and ignores what it did not write', () => {
    const storage = memory();
    writeStudyRecord('c', { percent: 40, sessions: { b1: 'done' } }, storage);
    writeStudyRecord(
      'c',
      { last: { slug: 'b2', label: 'Bijeenkomst 2', section: 'kern', sectionTitle: 'De kern' } },
      storage,
    );
    expect(readStudyRecord('c', storage)).toEqual({
      percent: 40,
      sessions: { b1: 'done' },
      last: { slug: 'b2', label: 'Bijeenkomst 2', section: 'kern', sectionTitle: 'De kern' },
    });
    storage.setItem(
      studyKey('c'),
      JSON.stringify({ percent: 'x', sessions: { b1: 'klaar' }, last: { slug: '../x', label: 'y' } }),
    );
    // Unknown states are shown as nothing (the page has no text for them).
    expect(readStudyRecord('c', storage)).toEqual({ sessions: { b1: 'klaar' } });
    storage.setItem(studyKey('c'), '{not json');
    expect(readStudyRecord('c', storage)).toEqual({});
  });
});
