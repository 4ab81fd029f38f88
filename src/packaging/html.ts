/**
 * The packager's HTML work, done on a real parse (parse5, the WHATWG parser) instead of regexes:
 * it finds every URL a page refers to (also in `srcset`, `poster`, `<object data>`), removes the
 * parts of the site a package must not carry (elements marked `data-ll-outside`: the site menu,
 * the catalogue crumb, the trainer links) and rewrites links for LMS file servers. Edits are cut
 * into the original text at the parser's source offsets, so everything else stays byte for byte.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Marks an element that leads out of a course: removed, with what it holds, in a package. */
export const OUTSIDE_ATTRIBUTE = 'data-ll-outside';

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'action', 'data', 'formaction']);

export interface HtmlUrl {
  /** The element's tag name, `a`, `link`, `img`, … */
  tag: string;
  attribute: string;
  url: string;
  /** Where the URL sits in the source text. */
  start: number;
  end: number;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function children(node: Node): Node[] {
  const own = 'childNodes' in node ? node.childNodes : [];
  // A <template>'s content is a fragment of its own.
  const content = 'content' in node ? [node.content as Node] : [];
  return [...own, ...content];
}

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  for (const child of children(node)) yield* elements(child);
}

/** Each candidate URL of a `srcset` value with its offset inside the value. */
function srcsetCandidates(value: string): { url: string; offset: number }[] {
  const found: { url: string; offset: number }[] = [];
  for (const match of value.matchAll(/(?:^|,)\s*([^\s,][^\s]*)/g)) {
    const url = (match[1] ?? '').replace(/,+$/, '');
    found.push({ url, offset: (match.index ?? 0) + match[0].indexOf(url) });
  }
  return found;
}

/** The source offset where an attribute's value starts (after `=` and an opening quote). */
function valueStart(source: string, location: { startOffset: number; endOffset: number }, value: string): number {
  const text = source.slice(location.startOffset, location.endOffset);
  const equals = text.indexOf('=');
  if (equals < 0) return location.endOffset;
  let at = equals + 1;
  while (/\s/.test(text[at] ?? '')) at++;
  if (text[at] === '"' || text[at] === "'") at++;
  // Entities in the value would shift offsets: then the raw text is longer than the value.
  return text.slice(at).startsWith(value) ? location.startOffset + at : -1;
}

interface Parsed {
  source: string;
  urls: HtmlUrl[];
  outside: { start: number; end: number }[];
}

function analyse(source: string, honourOutside: boolean): Parsed {
  // Without scripting, <noscript> content is parsed as markup: its links count too.
  const document = parse(source, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const urls: HtmlUrl[] = [];
  const outside: { start: number; end: number }[] = [];
  for (const element of elements(document)) {
    const location = element.sourceCodeLocation;
    if (!location) continue;
    if (honourOutside && element.attrs.some((a) => a.name === OUTSIDE_ATTRIBUTE)) {
      outside.push({ start: location.startOffset, end: location.endOffset });
      continue;
    }
    for (const attr of element.attrs) {
      const at = location.attrs?.[attr.name];
      if (!at) continue;
      if (URL_ATTRIBUTES.has(attr.name) || attr.name === 'srcset') {
        const start = valueStart(source, at, attr.value);
        if (start < 0) continue;
        const parts = attr.name === 'srcset' ? srcsetCandidates(attr.value) : [{ url: attr.value.trim(), offset: 0 }];
        for (const part of parts) {
          if (!part.url) continue;
          const from = start + attr.value.indexOf(part.url, part.offset);
          urls.push({
            tag: element.tagName,
            attribute: attr.name,
            url: part.url,
            start: from,
            end: from + part.url.length,
          });
        }
      }
    }
  }
  // Elements inside a removed element are gone with it.
  const removed = (offset: number) => outside.some((o) => offset >= o.start && offset < o.end);
  return { source, urls: urls.filter((u) => !removed(u.start)), outside };
}

/** Every URL the page refers to, in source order (outside parts included: the site needs them). */
export function htmlUrls(source: string): HtmlUrl[] {
  return analyse(source, false).urls;
}

/**
 * The page as a package carries it: outside parts removed, and each remaining URL passed through
 * `rewrite` (return the URL unchanged to keep it, a new one to replace it, or `null` to drop the
 * link: an `<a>` then keeps its text as a `<span>`).
 */
export function packagePage(
  source: string,
  rewrite: (url: HtmlUrl) => string | null,
): { html: string; urls: HtmlUrl[] } {
  const parsed = analyse(source, true);
  const edits: { start: number; end: number; text: string }[] = parsed.outside.map((o) => ({ ...o, text: '' }));
  const kept: HtmlUrl[] = [];
  for (const url of parsed.urls) {
    const next = rewrite(url);
    if (next === null) {
      if (url.tag === 'a') edits.push(...unlink(source, url));
      continue;
    }
    kept.push({ ...url, url: next });
    if (next !== url.url) edits.push({ start: url.start, end: url.end, text: next });
  }
  edits.sort((a, b) => b.start - a.start);
  let html = source;
  for (const edit of edits) html = html.slice(0, edit.start) + edit.text + html.slice(edit.end);
  return { html, urls: kept };
}

/** Turns `<a … href="x">text</a>` into `<span>text</span>`: the words stay, the way out goes. */
function unlink(source: string, url: HtmlUrl): { start: number; end: number; text: string }[] {
  const open = source.lastIndexOf('<a', url.start);
  const openEnd = source.indexOf('>', url.end);
  const close = source.indexOf('</a>', openEnd);
  if (open < 0 || openEnd < 0 || close < 0) return [];
  return [
    { start: close, end: close + 4, text: '</span>' },
    { start: open, end: openEnd + 1, text: '<span>' },
  ];
}
