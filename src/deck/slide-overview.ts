/**
 * The overview (O) of the audience deck and the presenter view: a thumbnail of every slide, grouped
 * by agenda block with the block's minutes, as in Slidev's overview. Thumbnails are copies of the
 * slides themselves in the light DOM, so the slide styles apply; each is a button, so a click, or
 * Enter on a focused thumbnail, jumps there.
 */
import type { ReactiveElement } from 'lit';
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
  const frame = document.createElement('span');
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
    // A button, not a link to #N: a page of same-page links reads as a list of broken skip links.
    const link = document.createElement('button');
    link.type = 'button';
    link.dataset.slide = String(index);
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

/**
 * Replaces the host's overview with a fresh one (the thumbnails show the slides as they are now), or
 * removes it when `options` is undefined. `pick` gets the 0-based slide a click or Enter chose.
 */
export function showOverview(
  host: ReactiveElement,
  options: OverviewOptions | undefined,
  pick: (slide: number) => void,
): void {
  host.querySelector(':scope > .ll-overview')?.remove();
  if (!options) return;
  const overview = buildOverview(options);
  overview.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('button[data-slide]');
    if (button) pick(Number(button.dataset.slide));
  });
  host.append(overview);
  // Focus once the overlay is rendered: a hidden element cannot take it.
  void host.updateComplete.then(() => overview.querySelector<HTMLElement>('[aria-current="true"]')?.focus());
}
