import { describe, expect, it } from 'vitest';
import { trackerStorage } from './progress-storage';
import { FakeLms, ManualClock, memoryMirror } from './testing/fake-lms';
import { Tracker } from './tracker';

describe('trackerStorage', () => {
  it('gives the exercise store its snapshot back in the next session, through the LMS', () => {
    const scope = { course: 'demo', mastery: 70, bijeenkomsten: [{ slug: 'bijeenkomst-1', exercises: ['q'] }] };
    const lms = new FakeLms('1.2');
    const first = new Tracker({ port: lms.port(), scope, mirror: memoryMirror(), clock: new ManualClock() });
    first.start();
    const storage = trackerStorage<{ v: 1; q: string }>(first);
    expect(storage.load()).toBeUndefined();
    storage.save({ v: 1, q: 'optie-b' });
    first.finish();

    const next = lms.relaunch();
    const second = new Tracker({ port: next.port(), scope, mirror: memoryMirror(), clock: new ManualClock() });
    second.start();
    expect(trackerStorage(second).load()).toEqual({ v: 1, q: 'optie-b' });
  });
});
