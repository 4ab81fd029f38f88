/**
 * suspend_data: a versioned, compact, ASCII-only encoding of everything needed to resume.
 * lz-string's URI-safe alphabet (`A-Za-z0-9+-$`) survives every LMS store and form encoding we know,
 * and its output length is its byte length, so one number checks both of SCORM 1.2's limits.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Json as JsonValue } from '../state/progress-snapshot';

/** Format marker: the first characters of every suspend_data Leerlijn writes. */
const PREFIX = 'L1:';

/** The tracker's own progress record: compact, never dropped. */
export interface Progress {
  /** Bijeenkomst slugs whose page was opened. */
  seen: string[];
  /** Per exercise id: `[completed, raw, max, passed]` (-1 = unknown). */
  done: Record<string, [0 | 1, number, number, -1 | 0 | 1]>;
  /** Where the learner was, relative to the course folder (`bijeenkomst-2/`). */
  loc: string;
  /** Commit counter, to tell which of the LMS and the local mirror is newer. */
  seq: number;
}

/** The whole of suspend_data, decoded. `v` is the envelope version. */
export interface Envelope {
  v: 1;
  p: Progress;
  /** Exercise state, opaque to the tracker (owned by the exercise store). */
  s: JsonValue | null;
}

export const emptyProgress = (): Progress => ({ seen: [], done: {}, loc: '', seq: 0 });

/** Encodes an envelope. Pure; the result is ASCII. */
export function encodeEnvelope(envelope: Envelope): string {
  return PREFIX + compressToEncodedURIComponent(JSON.stringify(envelope));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Brings an older or partly unknown progress record up to the current shape; unknown fields go. */
export function migrateProgress(raw: unknown): Progress {
  const progress = emptyProgress();
  if (!isRecord(raw)) return progress;
  if (Array.isArray(raw.seen)) progress.seen = raw.seen.filter((s): s is string => typeof s === 'string');
  if (isRecord(raw.done)) {
    for (const [id, value] of Object.entries(raw.done)) {
      if (!Array.isArray(value)) continue;
      const [completed, score, max, passed] = value as unknown[];
      progress.done[id] = [
        completed ? 1 : 0,
        Number(score) || 0,
        Number(max) || 0,
        passed === 1 ? 1 : passed === 0 ? 0 : -1,
      ];
    }
  }
  if (typeof raw.loc === 'string') progress.loc = raw.loc;
  if (typeof raw.seq === 'number' && Number.isFinite(raw.seq)) progress.seq = raw.seq;
  return progress;
}

/**
 * Decodes what an LMS handed back. Never throws: empty, foreign or damaged data gives `undefined`
 * (the caller then falls back to the local mirror or a fresh start).
 */
export function decodeEnvelope(data: string): Envelope | undefined {
  if (!data.startsWith(PREFIX)) return undefined;
  let json: unknown;
  try {
    const text = decompressFromEncodedURIComponent(data.slice(PREFIX.length));
    if (!text) return undefined;
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(json) || json.v !== 1) return undefined;
  return { v: 1, p: migrateProgress(json.p), s: (json.s ?? null) as JsonValue | null };
}

/**
 * Makes exercise state smaller by dropping its least valuable part; `undefined` when nothing more
 * can go. The exercise store supplies one to decide what matters most.
 */
export type Shrink = (state: JsonValue) => JsonValue | undefined;

/**
 * The default shrink for the exercise store's snapshot (`{ v, e: { [exerciseId]: state } }`):
 * drops the entry with the lowest priority, the largest first among equals, so that as many
 * exercises as possible stay whole. Keys outside `e` stay.
 */
export function dropByPriority(priority: (id: string, value: JsonValue) => number): Shrink {
  return (state) => {
    if (!isRecord(state) || !isRecord(state.e)) return undefined;
    const entries = state.e as Record<string, JsonValue>;
    const size = (value: JsonValue) => JSON.stringify(value).length;
    const [victim] = Object.entries(entries).sort(
      ([ia, a], [ib, b]) => priority(ia, a) - priority(ib, b) || size(b) - size(a),
    );
    if (!victim) return undefined;
    const rest = Object.fromEntries(Object.entries(entries).filter(([id]) => id !== victim[0]));
    return { ...state, e: rest };
  };
}

/** What fitting an envelope into a limit gave. */
export interface Fitted {
  data: string;
  /** Whether some exercise state had to be left out to fit. */
  dropped: boolean;
}

/**
 * Encodes the envelope within `limit` characters (ASCII, so also bytes). When it does not fit, the
 * exercise state is shrunk step by step (progress is always kept); never a truncated string.
 */
export function fitEnvelope(envelope: Envelope, limit: number, shrink: Shrink): Fitted {
  let data = encodeEnvelope(envelope);
  if (data.length <= limit) return { data, dropped: false };
  let state = envelope.s;
  while (state !== null) {
    state = shrink(state) ?? null;
    data = encodeEnvelope({ ...envelope, s: state });
    if (data.length <= limit) return { data, dropped: true };
  }
  // Progress alone: the smallest decodable record. It is bounded by the course's exercise count.
  return { data, dropped: true };
}
