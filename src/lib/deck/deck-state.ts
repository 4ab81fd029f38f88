/**
 * The state a deck shares between the presenter view and the audience window, and the pure
 * reducer that moves it. Both windows run the same reducer and exchange whole states, never events,
 * so a window that joins late only needs the latest state to be in step.
 */

/** A stopwatch that survives being sent between windows: wall-clock start plus time already counted. */
export interface TimerState {
  /** `Date.now()` when the timer last started; null while paused. */
  startedAt: number | null;
  /** Milliseconds counted before the last start. */
  accumulatedMs: number;
}

export interface DeckState {
  /** 0-based index of the current slide. */
  slide: number;
  /** How many steps of the current slide are revealed (0 = none). */
  step: number;
  /** The audience screen is black. */
  blackout: boolean;
  timer: TimerState;
  /** The audience deck shows the slide number and progress. */
  numbers: boolean;
  /** When each pauze block ends (`Date.now()` scale), set when its first slide is shown. */
  breaks: Readonly<Record<string, number>>;
}

/** What the reducer needs to know about the deck: how many steps each slide has. */
export interface DeckShape {
  steps: readonly number[];
}

export type DeckAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  /** Jump to a 0-based slide; out-of-range numbers are clamped. */
  | { type: 'goto'; slide: number }
  /** Toggle the black screen, or set it when `on` is given. */
  | { type: 'blackout'; on?: boolean }
  | { type: 'timer-toggle'; now: number }
  | { type: 'timer-reset'; now: number }
  /** Slide number and progress on the audience screen, on or off. */
  | { type: 'numbers' }
  /** The pauze block `block` ends at `at` (ms); a block once set keeps its time unless shifted. */
  | { type: 'break-set'; block: string; at: number }
  /** Move the end of a pauze block by whole minutes (the trainer gives the group more or less time). */
  | { type: 'break-shift'; block: string; minutes: number };

export const initialTimer: TimerState = { startedAt: null, accumulatedMs: 0 };

/** A fresh deck at the given slide (for a deep link), black screen off, timer stopped. */
export function initialDeckState(shape: DeckShape, slide = 0, numbers = true): DeckState {
  return { slide: clampSlide(shape, slide), step: 0, blackout: false, timer: initialTimer, numbers, breaks: {} };
}

function clampSlide(shape: DeckShape, slide: number): number {
  const last = Math.max(0, shape.steps.length - 1);
  return Number.isFinite(slide) ? Math.min(Math.max(0, Math.trunc(slide)), last) : 0;
}

function stepsOf(shape: DeckShape, slide: number): number {
  return shape.steps[slide] ?? 0;
}

/** Milliseconds on the timer at `now`. */
export function elapsedMs(timer: TimerState, now: number): number {
  return timer.accumulatedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

/**
 * The next state. Moving forward reveals the current slide's steps one by one before the next
 * slide; moving back hides them again and lands on the previous slide fully revealed. Any move
 * ends a black screen, as presentation software does.
 */
export function deckReducer(state: DeckState, action: DeckAction, shape: DeckShape): DeckState {
  const last = Math.max(0, shape.steps.length - 1);
  const move = (slide: number, step: number): DeckState => ({ ...state, slide, step, blackout: false });
  switch (action.type) {
    case 'next':
      if (state.step < stepsOf(shape, state.slide)) return move(state.slide, state.step + 1);
      return state.slide < last ? move(state.slide + 1, 0) : { ...state, blackout: false };
    case 'previous':
      if (state.step > 0) return move(state.slide, state.step - 1);
      return state.slide > 0 ? move(state.slide - 1, stepsOf(shape, state.slide - 1)) : { ...state, blackout: false };
    case 'first':
      return move(0, 0);
    case 'last':
      return move(last, stepsOf(shape, last));
    case 'goto':
      return move(clampSlide(shape, action.slide), 0);
    case 'blackout':
      return { ...state, blackout: action.on ?? !state.blackout };
    case 'timer-toggle':
      return {
        ...state,
        timer:
          state.timer.startedAt === null
            ? { ...state.timer, startedAt: action.now }
            : { startedAt: null, accumulatedMs: elapsedMs(state.timer, action.now) },
      };
    case 'timer-reset':
      return { ...state, timer: { startedAt: state.timer.startedAt === null ? null : action.now, accumulatedMs: 0 } };
    case 'numbers':
      return { ...state, numbers: !state.numbers };
    case 'break-set':
      return action.block in state.breaks
        ? state
        : { ...state, breaks: { ...state.breaks, [action.block]: action.at } };
    case 'break-shift': {
      const at = state.breaks[action.block];
      if (at === undefined) return state;
      return { ...state, breaks: { ...state.breaks, [action.block]: at + action.minutes * 60_000 } };
    }
  }
}

/** Whether a value received from another window is a deck state (messages are never trusted blindly). */
export function isDeckState(value: unknown): value is DeckState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const timer = v.timer as Record<string, unknown> | null | undefined;
  return (
    Number.isInteger(v.slide) &&
    Number.isInteger(v.step) &&
    typeof v.blackout === 'boolean' &&
    typeof timer === 'object' &&
    timer !== null &&
    (timer.startedAt === null || typeof timer.startedAt === 'number') &&
    typeof timer.accumulatedMs === 'number' &&
    typeof v.numbers === 'boolean' &&
    typeof v.breaks === 'object' &&
    v.breaks !== null &&
    Object.values(v.breaks).every((at) => typeof at === 'number' && Number.isFinite(at))
  );
}
