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

/** Drawing geometry: the centre and the outer radius of each ring, in SVG units. */
export const CIRCLE = { size: 400, centre: 200, radii: [55, 105, 150, 195] } as const;

/** The ring a point falls in (clamped to the outermost), for dropping a dragged person. */
export function ringAt(x: number, y: number): Ring {
  const distance = Math.hypot(x - CIRCLE.centre, y - CIRCLE.centre);
  const index = CIRCLE.radii.findIndex((r) => distance <= r);
  return (index === -1 ? 3 : index) as Ring;
}

/**
 * Where each person is drawn: spread evenly over the middle of their ring.
 * The centre ring puts people around the client's own label.
 */
export function layout(people: readonly NetworkPerson[]): { x: number; y: number }[] {
  const counts = [0, 0, 0, 0];
  const index = people.map((p) => counts[p.r]!++);
  return people.map((p, i) => {
    const inner = p.r === 0 ? 30 : CIRCLE.radii[p.r - 1]!;
    const radius = (inner + CIRCLE.radii[p.r]) / 2;
    // Half a step off the top keeps names clear of the ring labels; each ring turned a little
    // further keeps names in neighbouring rings from lining up.
    const angle = -Math.PI / 2 + (2 * Math.PI * (index[i]! + 0.5)) / Math.max(counts[p.r]!, 1) + p.r * 0.35;
    return {
      x: Math.round(CIRCLE.centre + radius * Math.cos(angle)),
      y: Math.round(CIRCLE.centre + radius * Math.sin(angle)),
    };
  });
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
