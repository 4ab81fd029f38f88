/**
 * The saved form of everything a participant did in a course's exercises. Pure and tolerant:
 * reading never throws, and unknown or malformed parts are dropped rather than trusted.
 */

/** The snapshot format version; bump it and add a migration when the shape changes. */
export const PROGRESS_VERSION = 1;

/** A JSON value as stored per exercise. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** One exercise's saved state: a small JSON object with short keys, defined by its element. */
export type ExerciseState = { [key: string]: Json };

/** The stored snapshot: `{ v: 1, e: { [exerciseId]: state } }`. */
export interface ProgressSnapshot {
  v: typeof PROGRESS_VERSION;
  e: Record<string, ExerciseState>;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for an id state can be saved under (others are dropped): lower-case letters, digits, single hyphens. */
export const isExerciseId = (id: string): boolean => ID.test(id);

function isJson(value: unknown, depth = 0): value is Json {
  if (depth > 8) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((v) => isJson(v, depth + 1));
  if (typeof value === 'object') return Object.values(value).every((v) => isJson(v, depth + 1));
  return false;
}

/** True for a plain object of JSON values. */
export function isExerciseState(value: unknown): value is ExerciseState {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && isJson(value);
}

/** The snapshot for a set of exercise states; entries that are not plain JSON objects are left out. */
export function toSnapshot(states: Readonly<Record<string, ExerciseState | undefined>>): ProgressSnapshot {
  const e: Record<string, ExerciseState> = {};
  for (const [id, state] of Object.entries(states)) if (ID.test(id) && isExerciseState(state)) e[id] = state;
  return { v: PROGRESS_VERSION, e };
}

/** The snapshot as a compact JSON string (what localStorage or SCORM suspend_data holds). */
export function serializeProgress(states: Readonly<Record<string, ExerciseState | undefined>>): string {
  return JSON.stringify(toSnapshot(states));
}

/**
 * Reads a snapshot from a string or an already parsed value. Returns the states by exercise id;
 * malformed input gives `{}`, malformed entries and ids are skipped. Never throws.
 * `knownIds`, when given, drops state of exercises that no longer exist.
 */
export function deserializeProgress(input: unknown, knownIds?: ReadonlySet<string>): Record<string, ExerciseState> {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return {};
    }
  }
  if (typeof data !== 'object' || data === null) return {};
  const { v, e } = data as { v?: unknown; e?: unknown };
  if (v !== PROGRESS_VERSION || typeof e !== 'object' || e === null || Array.isArray(e)) return {};
  const states: Record<string, ExerciseState> = {};
  for (const [id, state] of Object.entries(e as Record<string, unknown>)) {
    if (!ID.test(id) || (knownIds && !knownIds.has(id))) continue;
    if (isExerciseState(state)) states[id] = state;
  }
  return states;
}
