/**
 * The page-weight budgets: gzipped JavaScript a page really loads. One source of truth for the
 * page-weight report (`npm run weight`, over dist/) and the browser tests that measure the same
 * pages in Chromium.
 */

/** Where the page runs: inside an LMS (in the SCORM launch page's frame) or on the website. */
export type LoadMode = 'lms' | 'standalone';

/** What kind of page a built HTML file is (see `pageKind` in lib/page-weight). */
export type PageKind =
  'page' | 'exercises' | 'gallery' | 'deck' | 'presenter' | 'launch' | 'lms-preview' | 'guide' | 'print';

export interface Budget {
  kind: PageKind;
  mode: LoadMode;
  /** Gzipped bytes of JavaScript, at most. */
  maxJs: number;
  /** What the budget is about, for reports. */
  label: string;
}

const KB = 1024;

/**
 * Pages without exercises were held to 12 KB (LMS) and 30 KB (standalone). The attempt-aware tracker
 * with its browser copy, the progress display and the study bar now bring the course overview to
 * 17.0 KB and 34.9 KB. These limits allow that and no more; lighter lesson pages (no full LMS library
 * for in-browser progress, only the strings a page needs) are to bring them back down.
 */
export const BUDGETS: readonly Budget[] = [
  { kind: 'page', mode: 'lms', maxJs: 18 * KB, label: 'page without exercises, inside an LMS' },
  { kind: 'page', mode: 'standalone', maxJs: 36 * KB, label: 'page without exercises, standalone' },
  { kind: 'gallery', mode: 'standalone', maxJs: 70 * KB, label: 'exercise gallery' },
  { kind: 'deck', mode: 'standalone', maxJs: 40 * KB, label: 'audience deck' },
  // Paper: nothing to track, nothing to run. No package carries them, so they have no LMS mode.
  { kind: 'guide', mode: 'standalone', maxJs: 0, label: 'trainer guide: no JavaScript' },
  { kind: 'print', mode: 'standalone', maxJs: 0, label: 'print page (materials, workbook): no JavaScript' },
];

/** The budget for a kind of page in a mode, if there is one. */
export function budgetFor(kind: PageKind, mode: LoadMode): Budget | undefined {
  return BUDGETS.find((b) => b.kind === kind && b.mode === mode);
}

/**
 * Chunks (by the name before the hash) that are loaded only without an LMS: the tracker imports the
 * in-browser stand-in LMS (tracking/standalone.ts) when it finds no real one (src/tracking/run.ts).
 */
export const STANDALONE_ONLY_CHUNKS: readonly string[] = ['standalone'];

/**
 * Chunks loaded only for what current browsers and data never need (see tracking/fallback-decoders.ts):
 * left out of what a page loads, in both modes.
 */
export const FALLBACK_ONLY_CHUNKS: readonly string[] = ['fallback-decoders'];

/**
 * Chunks only pages with exercises load: what connects the exercise store to the tracker
 * (tracking/page.ts imports it when the page has an exercise on it).
 */
export const EXERCISE_ONLY_CHUNKS: readonly string[] = ['progress-storage'];
