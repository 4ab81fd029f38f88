import { describe, expect, it } from 'vitest';
import { readLaunchValues } from './launch-values';
import type { TrackingScope } from './progress';
import { ELEMENTS } from './scorm-elements';

const scope: TrackingScope = { course: 'demo', mastery: 70, bijeenkomsten: [] };

const answers = (values: Record<string, string>) => (element: string) => values[element] ?? '';

describe('readLaunchValues', () => {
  it('reads a normal SCORM 1.2 launch', () => {
    const el = ELEMENTS['1.2'];
    const launch = readLaunchValues(
      '1.2',
      answers({
        [el.mode]: 'normal',
        [el.credit]: 'credit',
        [el.masteryScore]: '80',
        [el.status]: 'incomplete',
        [el.location]: 'bijeenkomst-2/',
        [el.learnerId]: 'u-1',
        [el.suspendData]: 'L2x',
      }),
      scope,
    );
    expect(launch).toEqual({
      mode: { looking: undefined, credit: true },
      scope: { ...scope, mastery: 80 },
      lmsStatus: 'incomplete',
      wasDone: false,
      location: 'bijeenkomst-2/',
      learnerId: 'u-1',
      suspendData: 'L2x',
    });
  });

  it('reads SCORM 2004: scaled mastery, review mode, the course start as "./"', () => {
    const el = ELEMENTS['2004'];
    const launch = readLaunchValues(
      '2004',
      answers({ [el.mode]: 'Review', [el.masteryScore]: '0.6', [el.status]: 'Completed', [el.location]: './' }),
      scope,
    );
    expect(launch.mode.looking).toBe('review');
    expect(launch.scope.mastery).toBeCloseTo(60);
    expect(launch.wasDone).toBe(true);
    expect(launch.location).toBe('');
  });

  it('keeps the course mastery when the LMS gives none, and counts failed as done', () => {
    const el = ELEMENTS['1.2'];
    const launch = readLaunchValues('1.2', answers({ [el.status]: 'failed', [el.credit]: 'no-credit' }), scope);
    expect(launch.scope).toBe(scope);
    expect(launch.wasDone).toBe(true);
    expect(launch.mode.credit).toBe(false);
  });
});
