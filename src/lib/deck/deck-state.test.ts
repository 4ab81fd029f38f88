import { describe, expect, it } from 'vitest';
import { deckReducer, elapsedMs, initialDeckState, isDeckState, type DeckAction, type DeckState } from './deck-state';

// Three slides: the second has two steps.
const shape = { steps: [0, 2, 0] };
const run = (state: DeckState, ...actions: DeckAction[]) => actions.reduce((s, a) => deckReducer(s, a, shape), state);
const start = initialDeckState(shape);

describe('deckReducer', () => {
  it('reveals steps one by one before moving to the next slide', () => {
    const positions = [1, 2, 3, 4, 5].map((n) => {
      const s = run(start, ...Array.from({ length: n }, (): DeckAction => ({ type: 'next' })));
      return [s.slide, s.step];
    });
    expect(positions).toEqual([
      [1, 0],
      [1, 1],
      [1, 2],
      [2, 0],
      [2, 0],
    ]);
  });

  it('goes back through the steps and lands on the previous slide fully revealed', () => {
    expect(run(initialDeckState(shape, 2), { type: 'previous' })).toMatchObject({ slide: 1, step: 2 });
    expect(run(initialDeckState(shape, 1), { type: 'next' }, { type: 'previous' })).toMatchObject({
      slide: 1,
      step: 0,
    });
    expect(run(start, { type: 'previous' })).toMatchObject({ slide: 0, step: 0 });
  });

  it('jumps to the first, the last and a given slide, clamped to the deck', () => {
    expect(run(start, { type: 'last' })).toMatchObject({ slide: 2, step: 0 });
    expect(run(start, { type: 'goto', slide: 1 })).toMatchObject({ slide: 1, step: 0 });
    expect(run(start, { type: 'goto', slide: 99 })).toMatchObject({ slide: 2 });
    expect(run(start, { type: 'goto', slide: -3 })).toMatchObject({ slide: 0 });
    expect(run(initialDeckState(shape, 2), { type: 'first' })).toMatchObject({ slide: 0, step: 0 });
    expect(initialDeckState(shape, Number.NaN).slide).toBe(0);
  });

  it('toggles the black screen and ends it on any move', () => {
    const black = run(start, { type: 'blackout' });
    expect(black.blackout).toBe(true);
    expect(run(black, { type: 'blackout' }).blackout).toBe(false);
    expect(run(black, { type: 'next' })).toMatchObject({ slide: 1, blackout: false });
    expect(run(start, { type: 'blackout', on: false }).blackout).toBe(false);
  });

  it('runs, pauses and resets the timer on wall-clock time', () => {
    const running = run(start, { type: 'timer-toggle', now: 1_000 });
    expect(elapsedMs(running.timer, 61_000)).toBe(60_000);
    const paused = run(running, { type: 'timer-toggle', now: 31_000 });
    expect(paused.timer).toEqual({ startedAt: null, accumulatedMs: 30_000 });
    expect(elapsedMs(paused.timer, 999_000)).toBe(30_000);
    expect(run(paused, { type: 'timer-reset', now: 5 }).timer).toEqual({ startedAt: null, accumulatedMs: 0 });
    expect(run(running, { type: 'timer-reset', now: 50_000 }).timer).toEqual({ startedAt: 50_000, accumulatedMs: 0 });
  });
});

describe('isDeckState', () => {
  it('accepts a state and rejects anything else another window might send', () => {
    expect(isDeckState(start)).toBe(true);
    expect(isDeckState({ ...start, slide: '2' })).toBe(false);
    expect(isDeckState({ ...start, timer: null })).toBe(false);
    expect(isDeckState(null)).toBe(false);
  });
  it('toggles the slide numbers and keeps a break time once set, until the trainer shifts it', () => {
    expect(run(start, { type: 'numbers' }).numbers).toBe(false);
    const set = run(
      start,
      { type: 'break-set', block: 'pauze', at: 1000 },
      { type: 'break-set', block: 'pauze', at: 9 },
    );
    expect(set.breaks).toEqual({ pauze: 1000 });
    expect(run(set, { type: 'break-shift', block: 'pauze', minutes: -5 }).breaks).toEqual({ pauze: 1000 - 300_000 });
    expect(run(start, { type: 'break-shift', block: 'pauze', minutes: 5 })).toBe(start);
  });

  it('refuses states from another window with a malformed break time', () => {
    expect(isDeckState({ ...start, breaks: { pauze: 'straks' } })).toBe(false);
    expect(isDeckState({ ...start, numbers: 'ja' })).toBe(false);
    expect(isDeckState({ ...start, breaks: { pauze: 5 } })).toBe(true);
  });
});
