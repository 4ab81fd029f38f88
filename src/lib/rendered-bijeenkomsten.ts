import { render } from 'astro:content';
import type { Bijeenkomst } from './course-data';

/**
 * Build time: every bijeenkomst of a course with its MDX rendered, for the pages that print a whole
 * course on one page (the trainer guide and the participants' map).
 */
export function renderBijeenkomsten(bijeenkomsten: readonly Bijeenkomst[]) {
  return Promise.all(bijeenkomsten.map(async (b) => ({ ...b, Content: (await render(b.entry)).Content })));
}
