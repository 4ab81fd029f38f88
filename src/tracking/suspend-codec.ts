/**
 * suspend_data: a versioned, compact, ASCII-only encoding of everything needed to resume.
 *
 * `L2:` + base64url of raw deflate (fflate, level 9) of the envelope's JSON. Deflate packs the text
 * participants type about a tenth tighter than lz-string did, and the ids and JSON around it a third
 * tighter: what lets a fully completed course with long reflections fit SCORM 1.2's 4096 characters.
 * base64url (`A-Za-z0-9-_`) survives every LMS store and form encoding we know, and its length is its
 * byte length, so one number checks both of SCORM 1.2's limits.
 *
 * Encoding is synchronous (a commit may be the last thing a closing page does); decoding happens
 * once, when a session starts, so it may wait: the browser's own DecompressionStream inflates, and
 * only browsers without it load a small inflater. `L1:` (lz-string, the earlier format) is still
 * read; its decoder too is loaded only when such data turns up.
 */
import { deflateSync } from 'fflate';
import type { Json as JsonValue } from '../state/progress-snapshot';

/** Format marker: the first characters of every suspend_data Leerlijn writes. */
const PREFIX = 'L2:';
const LEGACY_PREFIX = 'L1:';
/**
 * The dense form, written only when `L2:` would not fit: the same deflate in 85 printable ASCII
 * characters, 4 bytes in 5 (base64url takes 5⅓). No quotes, backslash, `& < >`, `%`, `+` or space,
 * so form and XML encodings leave it alone. Then a digit: how many padding bytes the end has.
 */
const DENSE_PREFIX = 'L3:';
const DENSE = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!#$()*,-./:;=?@[]^_{|}~';

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

/** One exercise's result: `[completed, raw, max, passed]` (-1 = unknown). */
export type Done = Progress['done'][string];

/**
 * The whole of suspend_data, decoded. `v` is the envelope version. The optional fields came with
 * the attempt model (see reconcile.ts); envelopes without them are read as written before it.
 */
export interface Envelope {
  v: 1;
  p: Progress;
  /** Exercise state: the exercise store's snapshot `{ v, e: { [exerciseId]: state } }`. */
  s: JsonValue | null;
  /** The attempt this state belongs to: a random token written at the attempt's first launch. */
  a?: string;
  /** When this state was written, in seconds since 1970. */
  w?: number;
  /** Per exercise id: when its state or result last changed (seconds); an id without state was cleared then. */
  t?: Record<string, number>;
  /** Results restored from a browser copy the LMS never handed back: shown, never counted. */
  h?: Record<string, Done>;
  /** Exercises whose state did not fit and is kept only in the browser where it was written. */
  x?: string[];
}

export const emptyProgress = (): Progress => ({ seen: [], done: {}, loc: '', seq: 0 });

const deflateEnvelope = (envelope: Envelope) =>
  deflateSync(new TextEncoder().encode(JSON.stringify(envelope)), { level: 9 });

/** Encodes an envelope. Pure; the result is ASCII. `dense`: the `L3:` form (see DENSE_PREFIX). */
export function encodeEnvelope(envelope: Envelope, dense = false): string {
  const bytes = deflateEnvelope(envelope);
  return dense ? DENSE_PREFIX + toDense(bytes) : PREFIX + toBase64Url(bytes);
}

function toDense(bytes: Uint8Array): string {
  const pad = (4 - (bytes.length % 4)) % 4;
  const padded = new Uint8Array(bytes.length + pad);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let out = String(pad);
  for (let i = 0; i < padded.length; i += 4) {
    let n = view.getUint32(i);
    let chunk = '';
    for (let k = 0; k < 5; k++) {
      chunk = DENSE[n % 85]! + chunk;
      n = Math.floor(n / 85);
    }
    out += chunk;
  }
  return out;
}

function fromDense(text: string): Uint8Array<ArrayBuffer> {
  const pad = Number(text[0]);
  const body = text.slice(1);
  if (!(pad >= 0 && pad <= 3) || body.length % 5 !== 0) throw new Error('not L3');
  const out = new Uint8Array((body.length / 5) * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < body.length; i += 5) {
    let n = 0;
    for (let k = 0; k < 5; k++) {
      const digit = DENSE.indexOf(body[i + k]!);
      if (digit < 0) throw new Error('not L3');
      n = n * 85 + digit;
    }
    if (n > 0xffffffff) throw new Error('not L3');
    view.setUint32((i / 5) * 4, n);
  }
  return out.subarray(0, out.length - pad);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a whole 64,000-character state into one call can overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Raw inflate: the browser's own where it has one (every browser since 2023), else a fallback. */
async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  let stream: DecompressionStream | undefined;
  try {
    stream = new DecompressionStream('deflate-raw');
  } catch {
    // Unknown format or no DecompressionStream at all: older browsers.
  }
  if (stream) return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
  return inflateWithout(bytes);
}

/** The fallback inflater, loaded only where it is needed. Exported for tests. */
export async function inflateWithout(bytes: Uint8Array): Promise<Uint8Array> {
  const { tinyInflate } = await import('./fallback-decoders');
  // tiny-inflate needs room for the output up front: grow until the output fits with room left.
  for (let size = Math.max(4096, bytes.length * 8); size <= 1 << 26; size *= 4) {
    const out = tinyInflate(bytes, new Uint8Array(size));
    if (out.length < size) return out;
  }
  throw new Error('suspend_data inflates beyond any state Leerlijn writes');
}

async function decodeText(data: string): Promise<string | undefined> {
  if (data.startsWith(PREFIX) || data.startsWith(DENSE_PREFIX)) {
    const raw = data.slice(PREFIX.length);
    const bytes = await inflate(data.startsWith(PREFIX) ? fromBase64Url(raw) : fromDense(raw));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  }
  if (data.startsWith(LEGACY_PREFIX)) {
    const { decompressFromEncodedURIComponent } = await import('./fallback-decoders');
    return decompressFromEncodedURIComponent(data.slice(LEGACY_PREFIX.length)) ?? undefined;
  }
  return undefined;
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
export async function decodeEnvelope(data: string): Promise<Envelope | undefined> {
  let json: unknown;
  try {
    const text = await decodeText(data);
    if (!text) return undefined;
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(json) || json.v !== 1) return undefined;
  return readEnvelope(json);
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** An envelope from parsed JSON (suspend_data or the browser copy); unknown or malformed fields go. */
export function readEnvelope(json: Record<string, unknown>): Envelope {
  const envelope: Envelope = { v: 1, p: migrateProgress(json.p), s: (json.s ?? null) as JsonValue | null };
  if (typeof json.a === 'string' && json.a) envelope.a = json.a;
  if (isTime(json.w)) envelope.w = json.w;
  if (isRecord(json.t))
    envelope.t = Object.fromEntries(
      Object.entries(json.t).filter((entry): entry is [string, number] => isTime(entry[1])),
    );
  if (isRecord(json.h)) envelope.h = migrateProgress({ done: json.h }).done;
  if (Array.isArray(json.x)) envelope.x = json.x.filter((id): id is string => typeof id === 'string');
  return envelope;
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
  /** The exercises whose state was left out (named in the envelope's `x`: kept in this browser). */
  left: string[];
}

const entryIds = (state: JsonValue | null): string[] =>
  isRecord(state) && isRecord(state.e) ? Object.keys(state.e) : [];

/**
 * Encodes the envelope within `limit` characters (ASCII, so also bytes). When it does not fit, it
 * first writes the dense form, then gives up what loses nothing a participant wrote (when cleared exercises were cleared, then
 * every change time: merging falls back to the time the whole state was written), and only then
 * shrinks the exercise state step by step, naming what went in `x` so no launch elsewhere takes
 * the gap for a deletion. Progress is always kept; never a truncated string.
 * `encoded`: the whole envelope's encoding, when the caller has it already.
 */
export function fitEnvelope(
  envelope: Envelope,
  limit: number,
  shrink: Shrink,
  encoded = encodeEnvelope(envelope),
): Fitted {
  let data = encoded;
  if (data.length <= limit) return { data, dropped: false, left: [] };
  const present = new Set([...entryIds(envelope.s), ...Object.keys(envelope.p.done)]);
  const lossless: Envelope[] = [
    envelope,
    { ...envelope, t: Object.fromEntries(Object.entries(envelope.t ?? {}).filter(([id]) => present.has(id))) },
    { ...envelope, t: undefined },
  ];
  for (const smaller of lossless) {
    data = encodeEnvelope(smaller, true);
    if (data.length <= limit) return { data, dropped: false, left: [] };
  }
  const base = lossless[2]!;
  const all = entryIds(envelope.s);
  let state = envelope.s;
  let left: string[] = [];
  while (state !== null) {
    state = shrink(state) ?? null;
    const kept = new Set(entryIds(state));
    left = all.filter((id) => !kept.has(id));
    data = encodeEnvelope({ ...base, s: state, x: [...new Set([...(envelope.x ?? []), ...left])] }, true);
    if (data.length <= limit) return { data, dropped: true, left };
  }
  // Progress alone: the smallest decodable record. It is bounded by the course's exercise count.
  return { data, dropped: true, left };
}
