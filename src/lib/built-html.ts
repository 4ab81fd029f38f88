/**
 * Build-time (Node) reading and editing of the URLs in built HTML, on a real parse rather than
 * regexes, so text that merely looks like an attribute, a `>` inside a quoted value or an entity
 * never fools it. htmlparser2 reports source offsets and reads a 60 KB page about eight times
 * faster than a full WHATWG tree builder, which counts here: this runs over every built page. One walk serves every step that looks at built pages:
 * making URLs relative after the build, the packager's link rewriting and package rules, and the
 * page-weight report. Edits are cut into the original text at the parser's source offsets, so
 * everything else stays byte for byte.
 */
import { Parser } from 'htmlparser2';

type Span = { start: number; end: number };

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'action', 'data', 'formaction']);
/** Attributes that hold a list of image candidates. */
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);

/** `url(…)` in CSS, quoted or not. A CSS parser would add nothing here: built CSS is minified. */
const CSS_URL = /url\((\s*)(["']?)([^)"']*)\2(\s*)\)/g;

export interface HtmlUrl {
  /** The element's tag name, `a`, `link`, `img`, `style`, … */
  tag: string;
  /** The attribute that holds it; `''` for a URL in a `<style>` element's text. */
  attribute: string;
  url: string;
  /** All attributes of the element, for callers that select by them (`type`, `rel`). */
  attrs: ReadonlyMap<string, string>;
}

/** The URLs in a piece of CSS, in order. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((m) => m[3] ?? '');
}

/** The CSS with each `url()` passed through `rewrite`; quotes and spacing stay as written. */
export function rewriteCssUrls(css: string, rewrite: (url: string) => string): string {
  return css.replace(
    CSS_URL,
    (_, before: string, quote: string, url: string, after: string) =>
      `url(${before}${quote}${rewrite(url)}${quote}${after})`,
  );
}

/** Rewrites each candidate URL of a `srcset` value, keeping its descriptor (`2x`, `640w`). */
function rewriteSrcset(value: string, rewrite: (url: string) => string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return url ? [rewrite(url), ...descriptor].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

/** Calls `visit` on each URL an attribute value holds and returns the value with their replacements. */
function mapAttribute(name: string, value: string, visit: (url: string) => string): string | undefined {
  if (URL_ATTRIBUTES.has(name)) {
    const url = value.trim();
    return url ? visit(url) : value;
  }
  if (SRCSET_ATTRIBUTES.has(name)) return rewriteSrcset(value, visit);
  if (name === 'style') return rewriteCssUrls(value, visit);
  return undefined;
}

/** Where an attribute's value sits in the source (inside its quotes), or undefined if it has none. */
function valueSpan(source: string, attribute: Span): Span | undefined {
  const text = source.slice(attribute.start, attribute.end);
  const equals = text.indexOf('=');
  if (equals < 0) return undefined;
  let start = equals + 1;
  while (/\s/.test(text[start] ?? '')) start++;
  let end = text.length;
  if (text[start] === '"' || text[start] === "'") {
    start++;
    end--;
  }
  return { start: attribute.start + start, end: attribute.start + end };
}

/** A value written back into the source between its original quotes (or as a double-quoted one). */
function escapeValue(value: string, quote: string): string {
  const escaped = value.replace(/&/g, '&amp;');
  return quote === "'" ? escaped.replace(/'/g, '&#39;') : escaped.replace(/"/g, '&quot;');
}

export interface HtmlEdit {
  /** Elements to take out with everything in them (their URLs are neither visited nor kept). */
  remove?: (element: { tag: string; attrs: ReadonlyMap<string, string> }) => boolean;
  /**
   * Each URL, in source order: return it unchanged to keep it, another to replace it, or `null` to
   * drop the link: an `<a>` then keeps its words as a `<span>`; other elements keep the URL.
   */
  rewrite?: (url: HtmlUrl) => string | null;
  /** Attributes to take out of a start tag (with the space before them). */
  dropAttribute?: (
    element: { tag: string; attrs: ReadonlyMap<string, string> },
    name: string,
    value: string,
  ) => boolean;
}

interface Edit extends Span {
  text: string;
}

interface Open {
  tag: string;
  /** The start tag's span. */
  tagSpan: Span;
  removed: boolean;
  unlinked: boolean;
}

/** The page with `edit` applied, and the URLs it refers to afterwards (dropped links left out). */
export function editHtml(source: string, edit: HtmlEdit = {}): { html: string; urls: HtmlUrl[] } {
  const rewrite = edit.rewrite ?? ((url: HtmlUrl) => url.url);
  const edits: Edit[] = [];
  const urls: HtmlUrl[] = [];
  const stack: Open[] = [];
  let removing = 0;
  let attributes: { name: string; value: string; span: Span }[] = [];

  /** Visits the URLs of one attribute; returns the source edit if any URL changed. */
  const visitAttribute = (
    element: Open,
    attrs: ReadonlyMap<string, string>,
    name: string,
    value: string,
    span: Span,
  ) => {
    let changed = false;
    const next = mapAttribute(name, value, (url) => {
      const found = { tag: element.tag, attribute: name, url, attrs };
      const result = rewrite(found);
      if (result === null) {
        element.unlinked ||= element.tag === 'a';
        return url;
      }
      urls.push({ ...found, url: result });
      changed ||= result !== url;
      return result;
    });
    const at = valueSpan(source, span);
    if (next === undefined || !changed || !at) return undefined;
    const quote = source[at.start - 1] ?? '';
    const text = quote === '"' || quote === "'" ? escapeValue(next, quote) : `"${escapeValue(next, '"')}"`;
    return { ...at, text };
  };

  const parser: Parser = new Parser(
    {
      onattribute(name, value) {
        attributes.push({ name, value, span: { start: parser.startIndex, end: parser.endIndex } });
      },
      onopentag(tag, record) {
        const attrs = new Map(Object.entries(record));
        const element: Open = {
          tag,
          tagSpan: { start: parser.startIndex, end: parser.endIndex + 1 },
          removed: removing === 0 && (edit.remove?.({ tag, attrs }) ?? false),
          unlinked: false,
        };
        const own = attributes;
        attributes = [];
        stack.push(element);
        if (element.removed) removing++;
        if (removing > 0) return;
        const attributeEdits = own.flatMap(({ name, value, span }) => {
          if (edit.dropAttribute?.({ tag, attrs }, name, value)) {
            let start = span.start;
            while (/\s/.test(source[start - 1] ?? '')) start--;
            return [{ start, end: span.end, text: '' }];
          }
          const found = visitAttribute(element, attrs, name, value, span);
          return found ? [found] : [];
        });
        if (element.unlinked) edits.push({ ...element.tagSpan, text: '<span>' });
        else edits.push(...attributeEdits);
      },
      onclosetag(tag, implied) {
        const element = stack.pop();
        if (!element) return;
        // An implied end (`<p>` closed by the next block) ends where the next markup begins.
        const end = implied ? Math.max(parser.startIndex, element.tagSpan.end) : parser.endIndex + 1;
        if (element.removed) {
          removing--;
          edits.push({ start: element.tagSpan.start, end, text: '' });
          return;
        }
        if (removing > 0) return;
        if (element.unlinked && !implied) edits.push({ start: parser.startIndex, end, text: '</span>' });
        if (tag === 'style' && !implied) {
          const cssSpan = { start: element.tagSpan.end, end: parser.startIndex };
          const css = source.slice(cssSpan.start, cssSpan.end);
          let changed = false;
          const next = rewriteCssUrls(css, (url) => {
            const result = rewrite({ tag, attribute: '', url, attrs: new Map() }) ?? url;
            urls.push({ tag, attribute: '', url: result, attrs: new Map() });
            changed ||= result !== url;
            return result;
          });
          if (changed) edits.push({ ...cssSpan, text: next });
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(source);

  edits.sort((a, b) => b.start - a.start);
  let html = source;
  for (const { start, end, text } of edits) html = html.slice(0, start) + text + html.slice(end);
  return { html, urls };
}

/** Every URL a page refers to, in source order. */
export function htmlUrls(source: string): HtmlUrl[] {
  return editHtml(source).urls;
}
