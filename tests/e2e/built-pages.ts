import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every HTML page in the build, as a URL relative to the served prefix (`zelfregie/`, `''` for the catalogue). */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      // The LMS preview's unpacked SCORM packages are copies of the site, tested by the packaging tests.
      if (entry.isDirectory() && path.relative(dist, full) !== path.join('lms', 'packages')) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = path.relative(dist, full).split(path.sep).join('/');
        pages.push(rel.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(dist);
  return pages.sort();
}
