/**
 * Links in the packaged copy of the site. LMS file servers serve no folder indexes, so
 * `href="x/"` becomes `href="x/index.html"`; a link to a page the package does not carry (the
 * catalogue, another course, a trainer page) is dropped and its words stay.
 */
import path from 'node:path/posix';
import { cssUrls, editHtml, htmlUrls } from '../lib/built-html';

/** Marks an element that leads out of a course: removed, with what it holds, in a package. */
export const OUTSIDE_ATTRIBUTE = 'data-ll-outside';

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** A URL inside the site (not a fragment, not external, not data:). */
export function isLocal(url: string): boolean {
  return url !== '' && !url.startsWith('#') && !EXTERNAL.test(url);
}

function split(url: string): [string, string] {
  const index = url.search(/[?#]/);
  return index === -1 ? [url, ''] : [url.slice(0, index), url.slice(index)];
}

const isFolder = (target: string) => target === '' || target.endsWith('/') || target === '.' || target === '..';

/** The package path a relative URL in `fromFile` points at (folders as their `index.html`). */
export function resolveLink(fromFile: string, url: string): string {
  const [target] = split(url);
  const joined = path.normalize(path.join(path.dirname(fromFile), target || path.basename(fromFile)));
  return isFolder(target) ? path.join(joined, 'index.html') : joined;
}

/**
 * Rewrites one packaged HTML file: outside parts removed, folder links made explicit, links to
 * pages the package leaves out dropped.
 * @param file its path in the package (`zelfregie/bijeenkomst-1/index.html`)
 * @param carries whether the package carries a page (an `.html` path)
 */
export function rewriteLinks(html: string, file: string, carries: (page: string) => boolean): string {
  return editHtml(html, {
    remove: ({ attrs }) => attrs.has(OUTSIDE_ATTRIBUTE),
    rewrite: ({ url }) => {
      if (!isLocal(url)) return url;
      const [target, suffix] = split(url);
      const resolved = resolveLink(file, url);
      if (resolved.endsWith('.html') && !carries(resolved)) return null;
      return isFolder(target)
        ? `${path.relative(path.dirname(file), resolved) || path.basename(resolved)}${suffix}`
        : url;
    },
  }).html;
}

/** Every local URL a file refers to: HTML attributes (`srcset` too), CSS `url()`, and JS module imports. */
export function referencedUrls(file: string, text: string): string[] {
  const urls: string[] = [];
  if (file.endsWith('.html')) for (const { url } of htmlUrls(text)) urls.push(url);
  if (file.endsWith('.css')) urls.push(...cssUrls(text));
  if (file.endsWith('.js'))
    for (const [, url] of text.matchAll(/["'`](\.\.?\/[^"'`]+?\.(?:js|css))["'`]/g)) urls.push(url ?? '');
  return urls.filter(isLocal);
}
