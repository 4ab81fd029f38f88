import { describe, expect, it } from 'vitest';
import { outcome, type TrackingScope } from './progress';
import { emptyProgress } from './suspend-codec';

const scope: TrackingScope = {
  course: 'demo',
  mastery: 70,
  bijeenkomsten: [
    { slug: 'bijeenkomst-1', exercises: ['q1', 'r1'] },
    { slug: 'bijeenkomst-2', exercises: [] },
  ],
};

describe('outcome', () => {
  it('measures exercises per bijeenkomst and page visits where there are none', () => {
    const progress = emptyProgress();
    progress.done.q1 = [1, 3, 4, 1];
    const result = outcome(scope, progress);
    expect(result.bijeenkomsten).toEqual([
      { slug: 'bijeenkomst-1', measure: 0.5, completed: false },
      { slug: 'bijeenkomst-2', measure: 0, completed: false },
    ]);
    expect(result).toMatchObject({ completed: false, score: 75, passed: undefined });
  });

  it('decides passed or failed against the mastery score once everything is done', () => {
    const progress = emptyProgress();
    progress.done = { q1: [1, 2, 4, 0], r1: [1, 0, 0, -1], removed: [1, 10, 10, 1] };
    progress.seen = ['bijeenkomst-2'];
    expect(outcome(scope, progress)).toMatchObject({ completed: true, score: 50, passed: false });
    progress.done.q1 = [1, 3, 4, 1];
    expect(outcome(scope, progress)).toMatchObject({ completed: true, score: 75, passed: true });
  });
});
