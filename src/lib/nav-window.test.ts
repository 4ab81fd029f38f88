import { describe, expect, it } from 'vitest';
import { navWindow } from './nav-window';

describe('navWindow', () => {
  it('shows every bijeenkomst of a short course', () => {
    expect(navWindow(4, 2)).toEqual([0, 1, 2, 3]);
    expect(navWindow(12, 11)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('shows the first, the last and a window around the current one in a long course', () => {
    expect(navWindow(500, 250)).toEqual([0, null, 246, 247, 248, 249, 250, 251, 252, 253, 254, null, 499]);
    expect(navWindow(500, 0)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, null, 499]);
    expect(navWindow(500, 499)).toEqual([0, null, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499]);
  });

  it('always includes the current one and never grows with the course', () => {
    for (const total of [13, 50, 500]) {
      for (const current of [0, 1, 6, Math.floor(total / 2), total - 2, total - 1]) {
        const shown = navWindow(total, current);
        expect(shown, `${current} of ${total}`).toContain(current);
        expect(shown.length).toBeLessThanOrEqual(13);
      }
    }
  });
});
