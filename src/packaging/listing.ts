/**
 * `dist/scorm/packages.json`: what `npm run package` made, for the administrators' page. Written
 * by the packager, read in the browser; the page shows what is really there.
 */
export interface PackageListing {
  /** The zip's file name in `scorm/`. */
  file: string;
  /** Size of the zip in bytes. */
  bytes: number;
  version: '1.2' | '2004';
  course: string;
  courseTitle: string;
  /** Set for a per-bijeenkomst package; `null` for the whole course. */
  bijeenkomst: { slug: string; number: number; title: string } | null;
  /** 0–100. */
  mastery: number;
  /** The objective ids the LMS records: one per bijeenkomst in the package. */
  objectives: string[];
}

/** The path of the list, relative to the site root. */
export const LISTING_PATH = 'scorm/packages.json';
