/**
 * The state model: the LMS is the record, the browser copy only fills gaps it can prove belong.
 *
 * - **The LMS record** is what the LMS hands back at launch (suspend_data). Only it, and what the
 *   participant earns in this launch, count for status and score.
 * - **The browser copy** is the full state, kept in this browser under the learner id and the
 *   package (see browser-copy.ts) and tied to an **attempt**: a random token the tracker writes
 *   into suspend_data at the attempt's first launch (SCORM has no attempt id of its own).
 * - Every exercise carries the **time** its state or result last changed (`t`), so two copies are
 *   merged per exercise and by time, never one whole copy over the other.
 * - A copy stays **pending** until a later launch of the same attempt gets that state (or a newer
 *   one) back from the LMS; at that launch what the LMS lost is restored from it and saved again.
 *
 * Which attempt a launch continues is read from what the LMS hands back:
 * - suspend_data with our token: that attempt. A copy with the same token is merged; its results
 *   count (the LMS proved the attempt is the same). A copy of another token is left alone.
 * - no suspend_data, and the copy's attempt was once handed back by the LMS: the LMS has started a
 *   new attempt (or forgot the old one); the copy is not adopted.
 * - no suspend_data, and the LMS never handed the copy's attempt back (it may have stored nothing
 *   at all): the participant's work is restored, but its results are *held*: shown, never counted,
 *   until the participant does the exercise again. Status and score never come from it.
 */
import type { Json as JsonValue } from '../state/progress-snapshot';
import type { Done, Envelope } from './suspend-codec';
import { emptyProgress } from './suspend-codec';

type Entries = Record<string, JsonValue>;

function isRecord(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The per-exercise entries of an exercise-store snapshot (`{ v, e }`), or none. */
export function entriesOf(state: JsonValue | null | undefined): Entries {
  return isRecord(state) && isRecord(state.e) ? state.e : {};
}

/** A snapshot with `entries`, keeping the other keys of `like` (its version). */
function withEntries(like: JsonValue | null, entries: Entries): JsonValue | null {
  if (isRecord(like)) return { ...like, e: entries };
  return Object.keys(entries).length > 0 ? { v: 1, e: entries } : like;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The ids whose entry differs between two snapshots (added, changed or removed). */
export function changedIds(before: JsonValue | null, after: JsonValue | null): string[] {
  const a = entriesOf(before);
  const b = entriesOf(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((id) => !same(a[id], b[id]));
}

/** When an exercise last changed in `envelope`: its own time, else the envelope's, else never (-1). */
function timeOf(envelope: Envelope, id: string): number {
  const own = envelope.t?.[id];
  if (own !== undefined) return own;
  const known = id in entriesOf(envelope.s) || id in envelope.p.done || (envelope.h && id in envelope.h);
  return known ? (envelope.w ?? 0) : -1;
}

export interface Merged {
  envelope: Envelope;
  /** Exercises whose state came from `over` and differs from `base`'s. */
  fromOver: string[];
  /** Exercises `base` says are kept in another browser, of which `over` has nothing. */
  elsewhere: string[];
}

export interface MergeOptions {
  /** Results from `over` count (same attempt, proved by the LMS); otherwise they are held. */
  trustOver: boolean;
  /** On equal times `over` wins (two tabs of one browser: the later write). */
  overWinsTies?: boolean;
}

/**
 * Merges two copies of one attempt's state per exercise and by time: the later change of each
 * exercise wins, a clearing included. An exercise `base` left out for lack of room (`x`) is taken
 * from `over` when `over` has it at the same time or later. Pure.
 */
export function mergeEnvelopes(
  base: Envelope,
  over: Envelope,
  { trustOver, overWinsTies = false }: MergeOptions,
): Merged {
  const baseEntries = entriesOf(base.s);
  const overEntries = entriesOf(over.s);
  const ids = new Set([
    ...Object.keys(baseEntries),
    ...Object.keys(overEntries),
    ...Object.keys(base.t ?? {}),
    ...Object.keys(over.t ?? {}),
    ...Object.keys(base.p.done),
    ...Object.keys(over.p.done),
    ...Object.keys(base.h ?? {}),
    ...Object.keys(over.h ?? {}),
  ]);
  const entries: Entries = {};
  const times: Record<string, number> = {};
  const done: Record<string, Done> = {};
  const held: Record<string, Done> = {};
  const fromOver: string[] = [];
  const elsewhere: string[] = [];
  const away = new Set<string>();
  for (const id of ids) {
    const bt = timeOf(base, id);
    const ot = timeOf(over, id);
    const baseLacks = (base.x ?? []).includes(id) && !(id in baseEntries);
    const takeOver = ot > bt || (ot === bt && (overWinsTies || (baseLacks && id in overEntries)));
    const from = takeOver ? over : base;
    const fromEntries = takeOver ? overEntries : baseEntries;
    if (id in fromEntries) entries[id] = fromEntries[id]!;
    const time = takeOver ? ot : bt;
    if (time >= 0 && (from.t?.[id] !== undefined || !(id in fromEntries))) times[id] = time;
    const result = from.p.done[id];
    if (result) {
      if (takeOver && !trustOver && !same(result, base.p.done[id])) held[id] = result;
      else done[id] = result;
    }
    const heldResult = from.h?.[id];
    if (heldResult && !done[id]) held[id] = heldResult;
    if (takeOver && (!same(overEntries[id], baseEntries[id]) || !same(over.p.done[id], base.p.done[id])))
      fromOver.push(id);
    if (!takeOver && baseLacks) {
      away.add(id);
      elsewhere.push(id);
    }
    if (takeOver && (over.x ?? []).includes(id) && !(id in overEntries)) away.add(id);
  }
  const newer = (over.w ?? 0) > (base.w ?? 0) ? over : base;
  const envelope: Envelope = {
    v: 1,
    p: {
      ...emptyProgress(),
      seen: [...new Set([...base.p.seen, ...over.p.seen])],
      done,
      loc: newer.p.loc,
      seq: Math.max(base.p.seq, over.p.seq),
    },
    s: withEntries(base.s ?? over.s, entries),
    w: Math.max(base.w ?? 0, over.w ?? 0) || undefined,
    t: times,
  };
  const attempt = base.a ?? over.a;
  if (attempt) envelope.a = attempt;
  if (Object.keys(held).length > 0) envelope.h = held;
  if (away.size > 0) envelope.x = [...away];
  return { envelope, fromOver, elsewhere };
}

/** A new attempt's token: random, 18 characters of [0-9a-z]. */
export const newAttemptToken = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(9)), (b) => b.toString(36).padStart(2, '0')).join('');

/** The browser's copy of a package's state for one learner (see browser-copy.ts). */
export interface BrowserCopy {
  envelope: Envelope;
  /** The LMS has handed this copy's attempt back at some launch. */
  known: boolean;
}

export type AttemptKind =
  /** No browser copy, or one of another attempt: the LMS record alone. */
  | 'lms'
  /** The same attempt: the copy filled what the LMS lost, results counted. */
  | 'same'
  /** The LMS handed back nothing and never knew the copy's attempt: work restored, results held. */
  | 'unproved'
  /** The LMS handed back nothing although it knew the copy's attempt: a new attempt. */
  | 'new';

export interface Reconciled {
  envelope: Envelope;
  kind: AttemptKind;
  /** Exercises restored from the browser copy (to save again). */
  restored: string[];
  /** Exercises kept only in another browser (the LMS had no room for them). */
  elsewhere: string[];
}

/**
 * Decides what a launch starts from, given what the LMS handed back and this browser's copy.
 * `fresh` is the token for a new attempt. Pure.
 */
export function reconcile(lms: Envelope | undefined, copy: BrowserCopy | undefined, fresh: string): Reconciled {
  const start = (envelope: Envelope, kind: AttemptKind, restored: string[] = [], elsewhere: string[] = []) => ({
    envelope: envelope.a ? envelope : { ...envelope, a: fresh },
    kind,
    restored,
    elsewhere,
  });
  const blank: Envelope = { v: 1, p: emptyProgress(), s: null };
  if (lms) {
    const sameAttempt = copy && (copy.envelope.a === lms.a || (!copy.envelope.a && !lms.a));
    if (!copy || !sameAttempt) {
      const lacking = (lms.x ?? []).filter((id) => !(id in entriesOf(lms.s)));
      return start(lms, 'lms', [], lacking);
    }
    // Both written before attempts were recorded: the copy fills gaps, its results are held.
    const proved = Boolean(lms.a);
    const { envelope, fromOver, elsewhere } = mergeEnvelopes(lms, copy.envelope, { trustOver: proved });
    return start(envelope, proved ? 'same' : 'unproved', fromOver, elsewhere);
  }
  if (!copy) return start(blank, 'lms');
  if (copy.known) return start({ ...blank, a: fresh }, 'new');
  const { envelope, fromOver } = mergeEnvelopes({ ...blank, a: copy.envelope.a }, copy.envelope, {
    trustOver: false,
  });
  return start(envelope, 'unproved', fromOver);
}
