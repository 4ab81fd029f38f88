/**
 * The page-weight budgets: gzipped JavaScript a page really loads. One source of truth for the
 * page-weight report (`npm run weight`, over dist/) and the browser tests that measure the same
 * pages in Chromium.
 */

/** Where the page runs: inside an LMS (in the SCORM launch page's frame) or on the website. */
export type LoadMode = 'lms' | 'standalone';

/** What kind of page a built HTML file is (see `pageKind` in lib/page-weight). */
export type PageKind = 'page' | 'exercises' | 'gallery' | 'deck' | 'presenter' | 'launch' | 'lms-preview' | 'guide';

export interface Budget {
  kind: PageKind;
  mode: LoadMode;
  /** Gzipped bytes of JavaScript, at most. */
  maxJs: number;
  /** What the budget is about, for reports. */
  label: string;
}

const KB = 1024;

export const BUDGETS: readonly Budget[] = [
  { kind: 'page', mode: 'lms', maxJs: 12 * KB, label: 'page without exercises, inside an LMS' },
  { kind: 'page', mode: 'standalone', maxJs: 30 * KB, label: 'page without exercises, standalone' },
  { kind: 'gallery', mode: 'standalone', maxJs: 70 * KB, label: 'exercise gallery' },
  { kind: 'deck', mode: 'standalone', maxJs: 40 * KB, label: 'audience deck' },
];

/** The budget for a kind of page in a mode, if there is one. */
export function budgetFor(kind: PageKind, mode: LoadMode): Budget | undefined {
  return BUDGETS.find((b) => b.kind === kind && b.mode === mode);
}

/**
 * Chunks (by the name before the hash) that are loaded only without an LMS: the tracker imports the
 * in-browser stand-in LMS (scorm-again) when it finds no real one (src/tracking/run.ts).
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
