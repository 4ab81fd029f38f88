/**
 * The package rules real LMSs enforce (see the LMS notes), checked on a zip's entries. Returns
 * every problem found, so a test shows them all at once.
 */
import { strFromU8, unzipSync } from 'fflate';
import { IDENTIFIER } from './manifest';
import { cssUrls, htmlUrls, type HtmlUrl } from '../lib/built-html';
import { isLocal, resolveLink } from './links';

const ENTRY_NAME = /^[A-Za-z0-9._/-]+$/;
const FORBIDDEN = /(?:^|\/)(?:__MACOSX\/|\.DS_Store$)|\.(?:php|htaccess|sh|dat|br|zip)$/i;
/** A URL with a scheme, protocol-relative or root-absolute: none of them works from inside a zip. */
const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/)/i;
/** Web addresses and root-absolute paths in `url()`; `data:` images are fine. */
const ABSOLUTE_IN_CSS = /^(?:https?:|\/)/i;
/**
 * Script text is no HTML to parse: this finds a URL attribute written inside a template literal
 * (`<a href="https://…">` in a Lit template) and absolute `url()`s in styles it injects.
 */
const ABSOLUTE_IN_JS =
  /(?:\s(?:href|src|action|srcset)=["']\s*(?:[a-z][a-z0-9+.-]*:|\/\/|\/)(?!#)|url\(\s*["']?(?:https?:|\/\/|\/))/i;

/** Whether a packaged file refers to anything outside the zip by an absolute or external URL. */
function refersOutside(name: string, text: string, urls: HtmlUrl[]): boolean {
  if (name.endsWith('.html'))
    return urls.some(({ url, attribute }) =>
      (attribute === 'style' || attribute === '' ? ABSOLUTE_IN_CSS : ABSOLUTE).test(url),
    );
  if (name.endsWith('.css')) return cssUrls(text).some((url) => ABSOLUTE_IN_CSS.test(url.trim()));
  return ABSOLUTE_IN_JS.test(text);
}

export function checkPackage(zip: Uint8Array): string[] {
  const problems: string[] = [];
  const entries = unzipSync(zip);
  const names = Object.keys(entries);
  const files = new Set(names.filter((n) => !n.endsWith('/')));
  if (!files.has('imsmanifest.xml')) problems.push('imsmanifest.xml is not at the zip root');
  for (const name of names) {
    if (!ENTRY_NAME.test(name)) problems.push(`entry name "${name}" has characters outside [A-Za-z0-9._/-]`);
    if (FORBIDDEN.test(name)) problems.push(`entry "${name}" is a file type LMSs refuse`);
  }
  const manifestBytes = entries['imsmanifest.xml'];
  if (!manifestBytes) return problems;
  if (manifestBytes[0] === 0xef && manifestBytes[1] === 0xbb)
    problems.push('imsmanifest.xml starts with a byte-order mark');
  const manifest = strFromU8(manifestBytes);
  if ((manifest.match(/<organization\s/g) ?? []).length !== 1)
    problems.push('the manifest must have exactly one <organization>');
  if (manifest.includes('xml:base')) problems.push('the manifest uses xml:base');
  for (const [, id] of manifest.matchAll(/\sidentifier(?:ref)?="([^"]*)"/g))
    if (!IDENTIFIER.test(id ?? '')) problems.push(`identifier "${id}" does not match ${IDENTIFIER.source}`);
  for (const [, href] of manifest.matchAll(/\shref="([^"]*)"/g))
    if (!files.has(href ?? '')) problems.push(`manifest href "${href}" is not in the zip (case counts)`);
  for (const [, location] of manifest.matchAll(/schemaLocation="([^"]*)"/g)) {
    const parts = (location ?? '').trim().split(/\s+/);
    for (let i = 1; i < parts.length; i += 2)
      if (!files.has(parts[i] ?? '')) problems.push(`schema "${parts[i]}" named by the manifest is not in the zip`);
  }
  for (const name of files) {
    if (!/\.(?:html|css|js)$/.test(name)) continue;
    const text = strFromU8(entries[name] as Uint8Array);
    // Each page is parsed once, for both checks.
    const urls = name.endsWith('.html') ? htmlUrls(text) : [];
    if (refersOutside(name, text, urls)) problems.push(`${name} refers to an absolute or external URL`);
    for (const { url } of urls) {
      if (!url || !isLocal(url)) continue;
      if (/(?:^|\/)(?:\.\.?)?$/.test(url.split(/[?#]/)[0] ?? ''))
        problems.push(`${name} links to a folder ("${url}"), which LMS file servers do not serve`);
      const target = resolveLink(name, url);
      if (!files.has(target)) problems.push(`${name} links to "${url}", which is not in the zip`);
    }
  }
  return problems;
}
