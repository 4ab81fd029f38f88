/**
 * Picks marked elements out of rendered HTML. The deck, the presenter view and the guide render a
 * bijeenkomst's MDX with their own components and then keep only the parts they need (slides,
 * notes); nested elements of the same tag are counted, so a slide may contain sections of its own.
 */

export interface Extracted {
  /** The outer HTML of every top-level element that carries the marker, in order. */
  elements: string[];
  /** Everything else, with the extracted elements cut out. */
  rest: string;
}

/**
 * `extractElements(html, 'section', 'data-ll-deck-slide')` returns each
 * `<section data-ll-deck-slide …>…</section>` and the HTML around them.
 */
export function extractElements(html: string, tag: string, marker: string): Extracted {
  // Quoted attribute values may contain ">", so they are matched as wholes.
  const pattern = new RegExp(`<(/?)${tag}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi');
  const hasMarker = new RegExp(`\\s${marker}(?:[\\s=/]|$)`);
  const elements: string[] = [];
  let rest = '';
  let cursor = 0;
  let start = -1;
  let depth = 0;
  for (const match of html.matchAll(pattern)) {
    const closing = match[1] === '/';
    const index = match.index;
    if (start === -1) {
      if (!closing && hasMarker.test(match[2] ?? '')) {
        rest += html.slice(cursor, index);
        start = index;
        depth = 1;
      }
      continue;
    }
    depth += closing ? -1 : 1;
    if (depth === 0) {
      cursor = index + match[0].length;
      elements.push(html.slice(start, cursor));
      start = -1;
    }
  }
  if (start !== -1) throw new Error(`extractElements: <${tag} ${marker}> is not closed`);
  rest += html.slice(cursor);
  return { elements, rest };
}

/** The content of an element's outer HTML: everything between its opening and its closing tag. */
export function innerHtml(outer: string): string {
  const open = /^\s*<[a-z][\w-]*\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(outer);
  const close = /<\/[a-z][\w-]*\s*>\s*$/i.exec(outer);
  if (!open || !close) return outer;
  return outer.slice(open[0].length, close.index);
}
