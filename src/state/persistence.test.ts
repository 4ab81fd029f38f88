import { afterEach, describe, expect, it } from 'vitest';
import { flushProgress, usePersistence } from './persistence';
import { $progress, setExerciseState } from './progress';
import type { ProgressSnapshot } from './progress-snapshot';
import type { ProgressStorage } from './local-progress';

function fakeStorage(initial?: ProgressSnapshot) {
  const saves: ProgressSnapshot[] = [];
  const storage: ProgressStorage = { load: () => initial, save: (snapshot) => void saves.push(snapshot) };
  return { storage, saves };
}

describe('usePersistence', () => {
  afterEach(() => $progress.set({}));

  it('loads the saved snapshot into $progress', () => {
    usePersistence(fakeStorage({ v: 1, e: { schaal: { s: 6 } } }).storage);
    expect($progress.get()).toEqual({ schaal: { s: 6 } });
  });

  it('saves changes batched, and at once when asked to flush', async () => {
    const { storage, saves } = fakeStorage();
    usePersistence(storage);
    setExerciseState('a', { r: 1 });
    setExerciseState('b', { s: 2 });
    expect(saves).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1));
    expect(saves).toEqual([{ v: 1, e: { a: { r: 1 }, b: { s: 2 } } }]);
    setExerciseState('a', undefined);
    flushProgress();
    expect(saves.at(-1)).toEqual({ v: 1, e: { b: { s: 2 } } });
    flushProgress();
    expect(saves).toHaveLength(2);
  });

  it('switches to another storage (the LMS) without losing what is in memory', async () => {
    usePersistence(fakeStorage().storage);
    setExerciseState('typed', { t: { a: 'x' } });
    const lms = fakeStorage({ v: 1, e: { earlier: { r: 1 } } });
    usePersistence(lms.storage);
    expect($progress.get()).toEqual({ earlier: { r: 1 }, typed: { t: { a: 'x' } } });
    setExerciseState('more', { r: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1));
    expect(lms.saves.at(-1)?.e).toEqual({ earlier: { r: 1 }, typed: { t: { a: 'x' } }, more: { r: 1 } });
  });
});
