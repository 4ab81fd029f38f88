import { describe, expect, it } from 'vitest';
import { breakEnd, formatClockOffset, formatElapsed, paceFor, planBlocks } from './pace';

const blocks = planBlocks([
  { id: 'welkom', title: 'Welkom', minutes: 10 },
  { id: 'uitleg', title: 'Uitleg', minutes: 20 },
  { id: 'oefenen', title: 'Oefenen', minutes: 30 },
]);

describe('planBlocks', () => {
  it('lays blocks end to end, from an offset', () => {
    expect(blocks.map((b) => [b.start, b.end])).toEqual([
      [0, 10],
      [10, 30],
      [30, 60],
    ]);
    expect(planBlocks([{ id: 'a', title: 'A', minutes: 5 }], 120)[0]).toMatchObject({ start: 120, end: 125 });
  });
});

describe('paceFor', () => {
  it('is on time inside the block, with a minute of grace either side', () => {
    expect(paceFor(blocks, 'uitleg', 15)).toMatchObject({ status: 'on-time', minutes: 0, block: { id: 'uitleg' } });
    expect(paceFor(blocks, 'uitleg', 9.5)?.status).toBe('on-time');
    expect(paceFor(blocks, 'uitleg', 30.5)?.status).toBe('on-time');
  });

  it('is ahead before the block is due and behind after it should have ended', () => {
    expect(paceFor(blocks, 'oefenen', 22)).toMatchObject({ status: 'ahead', minutes: 8 });
    expect(paceFor(blocks, 'welkom', 14)).toMatchObject({ status: 'behind', minutes: 4 });
  });

  it('falls back to the first block, and to nothing without an agenda', () => {
    expect(paceFor(blocks, undefined, 0)?.block.id).toBe('welkom');
    expect(paceFor(blocks, 'onbekend', 0)?.block.id).toBe('welkom');
    expect(paceFor([], 'x', 0)).toBeUndefined();
  });
});

describe('formatting', () => {
  it('writes elapsed time and clock offsets', () => {
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
    expect(formatElapsed(-5)).toBe('0:00');
    expect(formatClockOffset(130)).toBe('2:10');
    expect(formatClockOffset(5, 9)).toBe('9:05');
  });
});

describe('breakEnd', () => {
  it('ends a break its minutes after it starts, on the nearest whole minute', () => {
    const start = Date.UTC(2026, 0, 1, 14, 25, 10);
    expect(breakEnd(start, 10)).toBe(Date.UTC(2026, 0, 1, 14, 35));
    expect(breakEnd(Date.UTC(2026, 0, 1, 14, 25, 40), 10)).toBe(Date.UTC(2026, 0, 1, 14, 36));
    expect(breakEnd(Date.UTC(2026, 0, 1, 14, 25), 10)).toBe(Date.UTC(2026, 0, 1, 14, 35));
  });
});
