/**
 * The overview (O) of the audience deck and the presenter view: a thumbnail of every slide, grouped
 * by agenda block with the block's minutes, as in Slidev's overview. Thumbnails are copies of the
 * slides themselves in the light DOM, so the slide styles apply; each is a link to its `#N`, so a
 * click, or Enter on a focused thumbnail, jumps there through the deck's deep-link handling.
 */
import { fill, type DeckStrings } from '../lib/deck/deck-strings';
import type { PlannedBlock } from '../lib/deck/pace';

export interface OverviewOptions {
  slides: readonly HTMLElement[];
  agenda: readonly PlannedBlock[];
  current: number;
  strings: DeckStrings;
  /** Show every step and answer (the presenter); the audience sees each slide as it starts. */
  revealAll: boolean;
}

/** A static copy of a slide for a thumbnail: no ids (they would repeat), no slot, nothing focusable. */
function thumbnail(slide: HTMLElement, revealAll: boolean): HTMLElement {
  const copy = slide.cloneNode(true) as HTMLElement;
  for (const el of [copy, ...copy.querySelectorAll<HTMLElement>('*')]) {
    el.removeAttribute('id');
    el.removeAttribute('aria-labelledby');
  }
  copy.removeAttribute('slot');
  copy.removeAttribute('data-current');
  copy.querySelectorAll('[data-ll-step]').forEach((step) => step.toggleAttribute('data-revealed', revealAll));
  copy.querySelectorAll('[data-ll-resume]').forEach((el) => el.remove());
  const frame = document.createElement('div');
  frame.className = 'll-overview__thumb';
  frame.setAttribute('aria-hidden', 'true');
  frame.inert = true;
  frame.append(copy);
  return frame;
}

/** The overview's content, to slot into the element's overlay as `slot="overview"`. */
export function buildOverview({ slides, agenda, current, strings, revealAll }: OverviewOptions): HTMLElement {
  const root = document.createElement('div');
  root.className = 'll-overview';
  root.slot = 'overview';
  let list: HTMLOListElement | undefined;
  let block: string | undefined | null = null;
  slides.forEach((slide, index) => {
    if (!list || slide.dataset.block !== block) {
      block = slide.dataset.block;
      const planned = agenda.find((b) => b.id === block);
      const group = document.createElement('section');
      group.className = 'll-overview__block';
      const heading = document.createElement('h3');
      heading.textContent = planned
        ? fill(strings, 'deck.overview.block', { title: planned.title, minutes: planned.minutes })
        : fill(strings, 'deck.overview.title');
      list = document.createElement('ol');
      group.append(heading, list);
      root.append(group);
    }
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#${index + 1}`;
    link.className = 'll-overview__slide';
    if (index === current) link.setAttribute('aria-current', 'true');
    const label = document.createElement('span');
    label.className = 'll-overview__label';
    label.textContent = `${index + 1}. ${slide.dataset.title ?? ''}`;
    link.append(thumbnail(slide, revealAll), label);
    item.append(link);
    list.append(item);
  });
  return root;
}
