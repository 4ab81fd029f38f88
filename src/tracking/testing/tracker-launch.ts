/**
 * What the tracker's unit tests share: a small course scope, a launch against a fake LMS that
 * records every status the participant is told, and a Kennischeck result.
 */
import { FakeLms, ManualClock, memoryCopies } from './fake-lms';
import { Tracker } from '../tracker';
import type { SaveStatus, TrackerOptions } from '../tracker-contract';
import type { TrackingScope } from '../progress';

export const scope: TrackingScope = {
  course: 'demo',
  mastery: 70,
  bijeenkomsten: [
    { slug: 'bijeenkomst-1', exercises: ['quiz-1', 'reflectie-1'] },
    { slug: 'bijeenkomst-2', exercises: [] },
  ],
};

/** A started tracker; `options` adds to (or replaces) what the tracker is given. */
export async function launch(
  lms: FakeLms,
  mirror = memoryCopies(),
  clock = new ManualClock(),
  options: Partial<TrackerOptions> = {},
) {
  const statuses: SaveStatus[] = [];
  const tracker = new Tracker({
    port: lms.port(),
    scope,
    copies: mirror.copies,
    clock,
    notify: (s) => statuses.push(s),
    log: () => undefined,
    ...options,
  });
  await tracker.start();
  return { tracker, statuses, mirror, clock };
}

export const quiz = (correct: boolean) => ({
  id: 'quiz-1',
  type: 'kennischeck',
  completed: true,
  score: { raw: correct ? 4 : 2, max: 4 },
  passed: correct,
  interactions: [{ id: 'quiz-1-v1', type: 'choice' as const, response: ['optie-b'], correct }],
});
