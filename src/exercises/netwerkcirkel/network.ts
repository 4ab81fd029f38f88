/** The netwerkcirkel: people around the client in rings, their saved form and their drawing positions. */

/** The rings from the centre outwards. */
export const RINGS = ['zelf', 'netwerk', 'vrijwilligers', 'professionals'] as const;
export type Ring = 0 | 1 | 2 | 3;

/** A person as saved: name and ring index. */
export interface NetworkPerson {
  n: string;
  r: Ring;
}

export const MAX_NAME = 60;
export const MAX_PEOPLE = 40;

const isRing = (r: unknown): r is Ring => r === 0 || r === 1 || r === 2 || r === 3;

/** Saved people read tolerantly: bad entries are skipped, names trimmed and cut. */
export function decodePeople(value: unknown): NetworkPerson[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (p): p is { n: string; r: Ring } =>
        typeof p === 'object' &&
        p !== null &&
        typeof (p as { n?: unknown }).n === 'string' &&
        isRing((p as { r?: unknown }).r),
    )
    .map((p) => ({ n: p.n.trim().slice(0, MAX_NAME), r: p.r }))
    .filter((p) => p.n !== '')
    .slice(0, MAX_PEOPLE);
}

/** The ring a new person goes into unless the participant picks another. */
export const DEFAULT_RING: Ring = 1;

/**
 * A netwerkcirkel's state: the people placed, whether the participant said it is done, and the
 * person being added (name typed, ring picked, not yet added), so an unfinished entry survives a
 * reload. Saved as `{ p?: [{ n, r }], d?: 1, e?: { n, r } }`; states without `e` read the same.
 */
export interface NetworkState {
  people: NetworkPerson[];
  done: boolean;
  /** The person being added; `n` is the text as typed (possibly empty or with spaces). */
  entry: NetworkPerson;
}

/** A saved state read tolerantly. */
export function decodeNetwork(saved: { p?: unknown; d?: unknown; e?: unknown } | undefined): NetworkState {
  const e = saved?.e as { n?: unknown; r?: unknown } | undefined;
  return {
    people: decodePeople(saved?.p),
    done: saved?.d === 1,
    entry: {
      n: typeof e?.n === 'string' ? e.n.slice(0, MAX_NAME) : '',
      r: isRing(e?.r) ? e.r : DEFAULT_RING,
    },
  };
}

/** The state to save, without empty parts; undefined when there is nothing. */
export function encodeNetwork({
  people,
  done,
  entry,
}: NetworkState): { p?: { n: string; r: Ring }[]; d?: 1; e?: { n: string; r: Ring } } | undefined {
  const keepEntry = entry.n.trim() !== '' || entry.r !== DEFAULT_RING;
  if (!people.length && !done && !keepEntry) return undefined;
  return {
    ...(people.length || done ? { p: people.map((p) => ({ n: p.n, r: p.r })) } : {}),
    ...(done ? { d: 1 as const } : {}),
    ...(keepEntry ? { e: { n: entry.n, r: entry.r } } : {}),
  };
}
