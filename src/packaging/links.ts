/**
 * Link rewriting for the packaged copy of the site. LMS file servers serve no folder indexes, so
 * `href="x/"` becomes `href="x/index.html"`; pages outside the package (the catalogue of all
 * courses) are replaced by the course's own overview.
 */
import path from 'node:path/posix';

const ATTRIBUTE = /(\s(?:href|src))=(["'])([^"']*)\2/g;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** A URL inside the site (not a fragment, not external, not data:). */
export function isLocal(url: string): boolean {
  return url !== '' && !url.startsWith('#') && !EXTERNAL.test(url);
}

function split(url: string): [string, string] {
  const index = url.search(/[?#]/);
  return index === -1 ? [url, ''] : [url.slice(0, index), url.slice(index)];
}

/** The package path a relative URL in `fromFile` points at (folders as their `index.html`). */
export function resolveLink(fromFile: string, url: string): string {
  const [target] = split(url);
  const joined = path.normalize(path.join(path.dirname(fromFile), target || path.basename(fromFile)));
  return target === '' || target.endsWith('/') || target === '.' || target === '..'
    ? path.join(joined, 'index.html')
    : joined;
}

/**
 * Rewrites the links of one packaged HTML file.
 * @param file its path in the package (`zelfregie/bijeenkomst-1/index.html`)
 * @param inPackage whether a package path is part of the package
 * @param fallback the package path links leaving the package go to instead
 */
export function rewriteLinks(html: string, file: string, inPackage: (p: string) => boolean, fallback: string): string {
  return html.replace(ATTRIBUTE, (whole, name: string, quote: string, url: string) => {
    if (!isLocal(url)) return whole;
    const [target, suffix] = split(url);
    let resolved = resolveLink(file, url);
    let keep = suffix;
    if (!inPackage(resolved) && resolved.endsWith('.html')) {
      resolved = fallback;
      keep = '';
    }
    if (!inPackage(resolved)) return whole;
    const explicit =
      target === '' || target.endsWith('/') || target === '.' || target === '..' || resolved === fallback;
    if (!explicit) return whole;
    return `${name}=${quote}${path.relative(path.dirname(file), resolved)}${keep}${quote}`;
  });
}

/** Every local URL a file refers to: HTML attributes, CSS `url()`, and JS module imports. */
export function referencedUrls(file: string, text: string): string[] {
  const urls: string[] = [];
  if (file.endsWith('.html')) for (const [, , , url] of text.matchAll(ATTRIBUTE)) urls.push(url ?? '');
  if (file.endsWith('.css')) for (const [, , url] of text.matchAll(/url\((["']?)([^)"']*)\1\)/g)) urls.push(url ?? '');
  if (file.endsWith('.js'))
    for (const [, url] of text.matchAll(/["'`](\.\.?\/[^"'`]+?\.(?:js|css))["'`]/g)) urls.push(url ?? '');
  return urls.filter(isLocal);
}
