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
 * Measured on the three courses. A page without exercises: 18.5 KB standalone, 17.2 KB inside an
 * LMS (the tracker with its deflate and the launch page's code are 15.5 KB of every LMS page; the
 * 12 KB aim is not reached). A bijeenkomst page with exercises, since exercise code loads per
 * element near the viewport (exercises/shared/load-near-viewport.ts): before scrolling at most
 * 23.9 KB standalone and 22.7 KB inside an LMS, within the aims of 35 and 25 KB; with every exercise
 * of the page loaded (scrolled through, printed) 42.3 to 49.7 KB, reported, not budgeted. The other
 * limits are the measured sizes with a few hundred bytes to spare, no more.
 */
export const BUDGETS: readonly Budget[] = [
  { kind: 'page', mode: 'lms', maxJs: 18 * KB, label: 'page without exercises, inside an LMS' },
  { kind: 'page', mode: 'standalone', maxJs: 30 * KB, label: 'page without exercises, standalone' },
  // Before scrolling: exercise code loads per element near the viewport (exercises/shared/load-near-viewport.ts).
  { kind: 'exercises', mode: 'lms', maxJs: 25 * KB, label: 'bijeenkomst page with exercises, inside an LMS' },
  { kind: 'exercises', mode: 'standalone', maxJs: 35 * KB, label: 'bijeenkomst page with exercises, standalone' },
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

/*
 * What a page loads only in some cases, named by source module (a path from the project root), so
 * a renamed chunk changes nothing and a renamed module fails the report instead of silently counting
 * (the build writes which chunk holds which module: src/integrations/chunk-modules.ts).
 */

/**
 * Loaded only without an LMS: the tracker imports the in-browser stand-in LMS when it finds no real
 * one (src/tracking/run.ts).
 */
export const STANDALONE_ONLY_MODULES: readonly string[] = ['src/tracking/standalone.ts'];

/**
 * Loaded only for what current browsers and data never need (see tracking/fallback-decoders.ts):
 * left out of what a page loads, in both modes.
 */
export const FALLBACK_ONLY_MODULES: readonly string[] = ['src/tracking/fallback-decoders.ts'];

/**
 * Loaded only by pages with exercises: what connects the exercise store to the tracker
 * (tracking/page.ts imports it when the page has an exercise on it).
 */
export const EXERCISE_ONLY_MODULES: readonly string[] = ['src/tracking/store-via-tracker.ts'];

/**
 * An exercise element's own module (`src/exercises/reflectie/ll-reflectie.ts`, in the folder of its
 * type): loaded by exercises/shared/load-near-viewport.ts only when the page needs that element, so it
 * counts in a page's "JS, all loaded" and not in what loads before scrolling. Matched by source
 * module, so the chunk's file name does not matter.
 */
export const ELEMENT_MODULE = /^src\/exercises\/(?:[a-z-]+\/)?(ll-[a-z]+)(?:\/index)?\.ts$/;

/** The tag an element module defines (`ll-reflectie`), if the module is one. */
export function elementOfModule(module: string | undefined): string | undefined {
  return module?.match(ELEMENT_MODULE)?.[1];
}
