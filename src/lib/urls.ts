/**
 * Site paths and the relative links between them. Every link the site writes is relative, so the
 * same build works at a domain root, under a sub-folder and inside an LMS package.
 */

/** Site paths of the pages, always with a trailing slash (directory-style output). */
export const routes = {
  catalogue: () => '/',
  course: (course: string) => `/${course}/`,
  bijeenkomst: (course: string, bijeenkomst: string) => `/${course}/${bijeenkomst}/`,
  outline: (course: string) => `/${course}/outline.json`,
  glossary: () => '/begrippen/',
  slides: (course: string, bijeenkomst: string) => `/${course}/${bijeenkomst}/slides/`,
  presenter: (course: string, bijeenkomst: string) => `/${course}/${bijeenkomst}/slides/presenter/`,
  guide: (course: string) => `/${course}/gids/`,
  /** A bijeenkomst's printed sheets, each on its own A4 page (printed to `<course>-<bijeenkomst>-materiaal.pdf`). */
  materials: (course: string, bijeenkomst: string) => `/${course}/${bijeenkomst}/materiaal/`,
  /** The participants' trainingsmap, printable on A4 (printed to `<course>-deelnemersmap.pdf`). */
  participantsMap: (course: string) => `/${course}/deelnemersmap/`,
  /** A PDF written by `npm run export`. */
  pdf: (file: string) => `/pdf/${file}`,
  theme: () => '/theme.css',
  /** The site's icon in the accent colour (src/pages/favicon.svg.ts). */
  favicon: () => '/favicon.svg',
  /** The course pages' small blocking script that keeps the "Verder waar u was" line free (src/pages/return-visit.js.ts). */
  returnVisit: () => '/return-visit.js',
  /** The SCORM launch page of a course (the package's entry point). */
  launch: (course: string) => `/${course}/scorm/`,
  /** The administrators' page: every SCORM package, which to choose per LMS, how to upload. */
  packages: () => '/pakketten/',
  /** The LMS preview of the SCORM packages. */
  lmsPreview: () => '/lms/',
  /** The exercise gallery: every exercise element with its MDX, for authors. */
  gallery: () => '/oefeningen/',
};

function directoryOf(sitePath: string): string[] {
  const parts = sitePath.split('/').filter(Boolean);
  // A path without a trailing slash names a file; its folder is what links resolve against.
  if (!sitePath.endsWith('/')) parts.pop();
  return parts;
}

/**
 * The relative URL from the page at `from` to the site path `to`.
 * `relativeUrl('/zelfregie/bijeenkomst-1/', '/zelfregie/bijeenkomst-2/')` is `'../bijeenkomst-2/'`.
 */
export function relativeUrl(from: string, to: string): string {
  const [toPath, suffix = ''] = splitSuffix(to);
  const fromDir = directoryOf(from);
  const toParts = toPath.split('/').filter(Boolean);
  let common = 0;
  while (common < fromDir.length && common < toParts.length && fromDir[common] === toParts[common]) common++;
  // Keep the target's last segment when it is a file, even if it equals a folder name of `from`.
  if (!toPath.endsWith('/') && common === toParts.length) common--;
  const up = '../'.repeat(fromDir.length - common);
  const down = toParts.slice(common).join('/');
  const tail = down && toPath.endsWith('/') ? `${down}/` : down;
  return (up + tail || './') + suffix;
}

function splitSuffix(url: string): [string, string] {
  const index = url.search(/[?#]/);
  return index === -1 ? [url, ''] : [url.slice(0, index), url.slice(index)];
}
