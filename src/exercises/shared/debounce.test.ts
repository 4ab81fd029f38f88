import { describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce';

describe('debounce', () => {
  it('debounces and flushes', () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const save = debounce((text: string) => calls.push(text), 500);
    save('a');
    save('ab');
    vi.advanceTimersByTime(499);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['ab']);
    save('abc');
    save.flush();
    save.flush();
    expect(calls).toEqual(['ab', 'abc']);
    vi.useRealTimers();
  });
});
