import { describe, expect, it } from 'vitest';
import { createLocalProgressStorage, storageKey } from './local-progress';

function memoryStorage() {
  const data = new Map<string, string>();
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('createLocalProgressStorage', () => {
  it('saves under a key per course and loads it back', () => {
    const backing = memoryStorage();
    const storage = createLocalProgressStorage('zelfregie', backing);
    expect(storage.load()).toBeUndefined();
    storage.save({ v: 1, e: { schaal: { s: 7 } } });
    expect(backing.data.get(storageKey('zelfregie'))).toBe('{"v":1,"e":{"schaal":{"s":7}}}');
    expect(createLocalProgressStorage('zelfregie', backing).load()).toEqual({ v: 1, e: { schaal: { s: 7 } } });
    expect(createLocalProgressStorage('vrijwilligers', backing).load()).toBeUndefined();
  });

  it('keeps working in memory when storage throws', () => {
    const storage = createLocalProgressStorage('zelfregie', {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('quota');
      },
    });
    storage.save({ v: 1, e: { a: { r: 1 } } });
    expect(storage.load()).toEqual({ v: 1, e: { a: { r: 1 } } });
  });

  it('ignores a corrupted saved value', () => {
    const backing = memoryStorage();
    backing.data.set(storageKey('zelfregie'), '{"v":1,"e":{"ok":{"r":1},"bad":"x"}}');
    expect(createLocalProgressStorage('zelfregie', backing).load()).toEqual({ v: 1, e: { ok: { r: 1 } } });
  });
});
