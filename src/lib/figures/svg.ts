import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/**
 * SVG figures are inlined into the page, not linked as images: only inline SVG takes the page's
 * CSS, so a diagram's colours follow the site's theme (`--ll-accent`, `--ll-text`, …) through the
 * `ll-fig-*` classes in Figuur.astro. Inlined, it also runs under the page's Content-Security-Policy,
 * hence these rules: no scripts, no styles of its own (classes instead), no links to other files.
 */

function parse(source: string): Root {
  return fromHtml(source.replace(/^\s*<\?xml[^>]*>/, ''), { fragment: true, space: 'html' });
}

const elements = (root: Root): Element[] =>
  root.children.filter((n: RootContent): n is Element => n.type === 'element');

function walk(node: Element, visit: (element: Element) => void): void {
  visit(node);
  for (const child of node.children) if (child.type === 'element') walk(child, visit);
}

/** What stops an SVG file from being inlined as a figure; empty when it can be. */
export function svgProblems(source: string): string[] {
  const top = elements(parse(source));
  const svg = top[0];
  if (top.length !== 1 || svg?.tagName !== 'svg') return ['expected one <svg> element'];
  const problems = new Set<string>();
  if (typeof svg.properties.viewBox !== 'string')
    problems.add('the <svg> needs a viewBox, such as viewBox="0 0 320 240", so it scales to the screen');
  walk(svg, (el) => {
    if (['script', 'style', 'foreignObject', 'iframe', 'image'].includes(el.tagName))
      problems.add(`<${el.tagName}> is not allowed in a figure; draw with shapes and text, colour with classes`);
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name)) problems.add(`event attributes such as ${name} are not allowed`);
      if (name === 'style')
        problems.add('style attributes are not allowed (the page forbids inline styles); use the ll-fig-* classes');
      if ((name === 'href' || name === 'xLinkHref') && !String(value).startsWith('#'))
        problems.add('links to other files are not allowed; a figure holds everything it draws');
    }
  });
  return [...problems];
}

/** The SVG ready to inline: one accessible image named by `alt`, sized by CSS, without tooltips. */
export function inlineSvg(source: string, alt: string): string {
  const svg = elements(parse(source))[0];
  if (!svg) return '';
  const properties = { ...svg.properties };
  delete properties.width;
  delete properties.height;
  const own = Array.isArray(properties.className) ? properties.className.map(String) : [];
  svg.properties = {
    ...properties,
    className: ['ll-figure__svg', ...own],
    role: 'img',
    ariaLabel: alt,
    focusable: 'false',
  };
  svg.children = svg.children.filter((n) => !(n.type === 'element' && n.tagName === 'title'));
  // One line: the file's line breaks between shapes would become whitespace in the page.
  const squeeze = (el: Element) => {
    el.children = el.children.filter((n) => !(n.type === 'text' && !n.value.trim()));
    for (const child of el.children) if (child.type === 'element') squeeze(child);
  };
  squeeze(svg);
  return toHtml(svg, { space: 'svg' });
}
