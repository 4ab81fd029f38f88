import { describe, expect, it } from 'vitest';
import { touchCommand, type Touch } from './tap';

const at = (startX: number, endX: number, startY = 100, endY = startY): Touch => ({
  startX,
  startY,
  endX,
  endY,
  left: 0,
  width: 900,
});

describe('touchCommand', () => {
  it('goes on for a tap on the right part and back for a tap on the left part', () => {
    expect(touchCommand(at(800, 802))).toBe('next');
    expect(touchCommand(at(450, 450))).toBe('next');
    expect(touchCommand(at(100, 100))).toBe('previous');
    expect(touchCommand(at(299, 299))).toBe('previous');
  });

  it('measures the tap against the deck, not the window', () => {
    expect(touchCommand({ ...at(350, 350), left: 200 })).toBe('previous');
  });

  it('reads a horizontal swipe as before: left goes on, right goes back', () => {
    expect(touchCommand(at(600, 300))).toBe('next');
    expect(touchCommand(at(300, 600))).toBe('previous');
  });

  it('ignores a vertical scroll and a short drag that is neither tap nor swipe', () => {
    expect(touchCommand(at(400, 410, 100, 400))).toBeUndefined();
    expect(touchCommand(at(400, 430))).toBeUndefined();
  });
});
