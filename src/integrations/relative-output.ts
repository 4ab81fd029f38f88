import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editHtml, rewriteCssUrls } from '../lib/built-html';
import { relativeUrl } from '../lib/urls';

/** A root-absolute URL: one slash, then not a second (protocol-relative URLs are external). */
const ROOT_ABSOLUTE = /^\/(?!\/)/;

const relativeTo = (sitePath: string) => (url: string) => (ROOT_ABSOLUTE.test(url) ? relativeUrl(sitePath, url) : url);

/**
 * Rewrites the root-absolute URLs Astro writes (`/_astro/page.css`) into URLs relative to the page.
 * The site's own links are written relative already; this catches the bundler's and authors' links.
 * Also drops the inline style of responsive images (below).
 *
 * @param sitePath the page's own path, such as `/zelfregie/bijeenkomst-1/`.
 */
export function relativizeHtml(html: string, sitePath: string): string {
  const relative = relativeTo(sitePath);
  return editHtml(html, { rewrite: ({ url }) => relative(url), dropAttribute: isAstroImageStyle }).html;
}

/**
 * The inline style Astro puts on a responsive image (`--fit`/`--pos`, read only by the image
 * styles Leerlijn does not use): the CSP refuses inline styles, so it would only raise an error.
 */
const isAstroImageStyle = (element: { tag: string; attrs: ReadonlyMap<string, string> }, name: string, value: string) =>
  name === 'style' &&
  element.tag === 'img' &&
  element.attrs.has('data-astro-image') &&
  /^(?:\s*--(?:fit|pos):[^;]*;)*\s*$/.test(value);

/** The same for a stylesheet at `sitePath` (fonts and images in `url()`). */
export function relativizeCss(css: string, sitePath: string): string {
  return rewriteCssUrls(css, relativeTo(sitePath));
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else yield full;
  }
}

/** The site path a built file is served at. `index.html` pages are served as their folder. */
export function sitePathOf(file: string, outDir: string): string {
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Astro integration: makes every URL in the built HTML and CSS relative. */
export function relativeOutput(): AstroIntegration {
  return {
    name: 'leerlijn:relative-output',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let count = 0;
        for await (const file of filesUnder(outDir)) {
          const rewrite = file.endsWith('.html') ? relativizeHtml : file.endsWith('.css') ? relativizeCss : undefined;
          if (!rewrite) continue;
          const before = await readFile(file, 'utf8');
          const after = rewrite(before, sitePathOf(file, outDir));
          if (after !== before) {
            await writeFile(file, after);
            count++;
          }
        }
        logger.info(`made URLs relative in ${count} files`);
      },
    },
  };
}
