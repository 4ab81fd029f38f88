/**
 * When the group starts again after a pauze: shown on the slides of a pauze block in both windows
 * ("We gaan verder om 14:35"), from the break times in the shared deck state.
 */
import { fill, type DeckStrings } from '../lib/deck/deck-strings';
import type { PlannedBlock } from '../lib/deck/pace';

/** "14:35": a moment as the wall clock in the page's language. */
export function formatClock(ms: number): string {
  return new Date(ms).toLocaleTimeString(document.documentElement.lang || 'nl', { hour: '2-digit', minute: '2-digit' });
}

/** The pauze block of each slide (undefined for slides in other blocks). */
export function breaksPerSlide(
  slides: readonly HTMLElement[],
  agenda: readonly PlannedBlock[],
): ({ id: string; minutes: number } | undefined)[] {
  return slides.map((slide) => {
    const block = agenda.find((b) => b.id === slide.dataset.block);
    return block?.kind === 'pauze' ? { id: block.id, minutes: block.minutes } : undefined;
  });
}

/** Writes (or removes) the return time on every slide of a pauze block. */
export function showBreakTimes(
  slides: readonly HTMLElement[],
  agenda: readonly PlannedBlock[],
  breaks: Readonly<Record<string, number>>,
  strings: DeckStrings,
): void {
  const pauses = breaksPerSlide(slides, agenda);
  slides.forEach((slide, index) => {
    const pause = pauses[index];
    const at = pause ? breaks[pause.id] : undefined;
    let line = slide.querySelector<HTMLElement>('[data-ll-resume]');
    if (at === undefined) {
      line?.remove();
      return;
    }
    if (!line) {
      line = document.createElement('p');
      line.className = 'll-deck-resume';
      line.dataset.llResume = '';
      (slide.querySelector('.ll-deck-slide__body') ?? slide).append(line);
    }
    const text = fill(strings, 'deck.resume', { time: formatClock(at) });
    if (line.textContent !== text) line.textContent = text;
  });
}
