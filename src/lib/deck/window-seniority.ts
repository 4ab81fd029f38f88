/**
 * Which of two deck windows holds the state worth keeping when they meet. A window that opens says
 * hello with its seniority; every window that was open before it answers with its state, and the
 * newcomer adopts that. So whichever window came first (presenter or audience) keeps the deck where
 * it is, and a reloaded window rejoins instead of resetting the others to slide 1.
 */

/** When a window joined, with a random tie-breaker for two windows opened in the same millisecond. */
export interface Seniority {
  /** `Date.now()` when the window's deck started. */
  since: number;
  /** Random, only to order windows with the same `since`. */
  id: string;
}

/** A new seniority for a window opening now. */
export function newSeniority(now: number, random: () => number = Math.random): Seniority {
  return { since: now, id: random().toString(36).slice(2, 10) };
}

/** Whether window `mine` was there before `theirs`, and so answers its hello. Exactly one of two distinct windows is older. */
export function isOlder(mine: Seniority, theirs: Seniority): boolean {
  if (mine.since !== theirs.since) return mine.since < theirs.since;
  return mine.id < theirs.id;
}

/** Whether a value received from another window is a seniority. */
export function isSeniority(value: unknown): value is Seniority {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.since === 'number' && Number.isFinite(v.since) && typeof v.id === 'string';
}
