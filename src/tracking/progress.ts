/**
 * From the progress record to what the LMS shows: progress per bijeenkomst, completion, score and
 * success. Pure, so every rule is unit-tested.
 */
import type { Progress } from './suspend-codec';

/** What the tracker tracks in one launch: the bijeenkomsten in scope and their exercises. */
export interface TrackingScope {
  course: string;
  /** Mastery score, 0–100, for passed/failed. */
  mastery: number;
  bijeenkomsten: { slug: string; exercises: string[] }[];
}

/** One bijeenkomst's progress: 0..1, and whether all its required parts are done. */
export interface BijeenkomstProgress {
  slug: string;
  measure: number;
  completed: boolean;
}

export interface Outcome {
  bijeenkomsten: BijeenkomstProgress[];
  completed: boolean;
  /** 0–100, rounded to two decimals; undefined while nothing scored is done. */
  score: number | undefined;
  /** Known only once the course is complete and something was scored. */
  passed: boolean | undefined;
}

/**
 * Progress per bijeenkomst is the share of its exercises completed; a bijeenkomst without
 * exercises is done once its page was opened. The score counts every scored exercise done.
 */
export function outcome(scope: TrackingScope, progress: Progress): Outcome {
  const bijeenkomsten = scope.bijeenkomsten.map(({ slug, exercises }): BijeenkomstProgress => {
    if (exercises.length === 0) {
      const seen = progress.seen.includes(slug);
      return { slug, measure: seen ? 1 : 0, completed: seen };
    }
    const done = exercises.filter((id) => progress.done[id]?.[0] === 1).length;
    return { slug, measure: done / exercises.length, completed: done === exercises.length };
  });
  const completed = bijeenkomsten.length > 0 && bijeenkomsten.every((b) => b.completed);
  const inScope = new Set(scope.bijeenkomsten.flatMap((b) => b.exercises));
  // Ids the outline no longer lists (the course changed) are ignored; an outline without any
  // exercises counts every scored exercise reported.
  const scored = Object.entries(progress.done).filter(
    ([id, [, , max]]) => max > 0 && (inScope.size === 0 || inScope.has(id)),
  );
  const raw = scored.reduce((sum, [, [, r]]) => sum + r, 0);
  const max = scored.reduce((sum, [, [, , m]]) => sum + m, 0);
  const score = max > 0 ? Math.round((raw / max) * 10_000) / 100 : undefined;
  const passed = completed && score !== undefined ? score >= scope.mastery : undefined;
  return { bijeenkomsten, completed, score, passed };
}
