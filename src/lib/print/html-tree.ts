/**
 * Build-time reading of rendered course HTML. The trainer guide, the materials pages and the
 * participants' map render an exercise's author content once (with the self-study components,
 * whose data attributes say which option is right and where a reply leads) and then lay it out
 * for paper. Runs only in the build; nothing here reaches the browser.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export type { Element };

export const parseFragment = (html: string): Root => fromHtml(html, { fragment: true });

const isElement = (node: Root | RootContent | ElementContent): node is Element => node.type === 'element';

/** The element's `data-*` attribute (`data-next` is `dataNext` in hast), or undefined. */
export function data(element: Element, name: string): string | undefined {
  const key = `data${name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`;
  const value = element.properties[key];
  if (value === undefined || value === null || value === false) return undefined;
  return value === true ? '' : String(value);
}

/** Every element below `node` for which `match` holds, in document order; not looking inside a match. */
export function findAll(node: Root | Element, match: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (parent: Root | Element) => {
    for (const child of parent.children) {
      if (!isElement(child)) continue;
      if (match(child)) found.push(child);
      else walk(child);
    }
  };
  walk(node);
  return found;
}

export const hasData = (name: string) => (element: Element) => data(element, name) !== undefined;

/** The HTML of the element's children, leaving out the child elements `skip` matches. */
export function innerHtml(element: Element | Root, skip: (element: Element) => boolean = () => false): string {
  const children = element.children.filter((child) => !(isElement(child) && skip(child)));
  return toHtml({ type: 'root', children }).trim();
}

export const outerHtml = (element: Element): string => toHtml(element);
