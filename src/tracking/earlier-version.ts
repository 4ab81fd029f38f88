/**
 * Work from an earlier version of the course: the state of exercises the updated course no longer
 * has (store-via-tracker.ts keeps it aside, never deletes it). A page with exercises shows what the
 * participant wrote in them in an "Uit een eerdere versie" box, so nothing they wrote disappears
 * from view. Runs in the browser; the text goes in as text, never as HTML.
 */
import type { Json } from '../state/progress-snapshot';
import { translate } from '../exercises/shared/translate';

/** An option, question or other id: not something a participant wrote. */
const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** What the participant wrote in kept-aside state: every text leaf that is not an id, in order. */
export function writtenTexts(aside: Readonly<Record<string, Json>>): string[] {
  const texts: string[] = [];
  const walk = (value: Json | undefined) => {
    if (typeof value === 'string') {
      const text = value.trim();
      if (text && /\p{L}/u.test(text) && !ID.test(text)) texts.push(text);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  Object.values(aside).forEach(walk);
  return texts;
}

const BOX_ID = 'll-earlier-version';

/** Shows `texts` at the end of the page's main content (once; again with new texts). */
export function showEarlierVersion(texts: readonly string[], doc: Document = document): void {
  doc.getElementById(BOX_ID)?.remove();
  const main = doc.querySelector('main');
  if (!main || texts.length === 0) return;
  const box = doc.createElement('section');
  box.id = BOX_ID;
  box.className = 'll-earlier-version';
  box.setAttribute('aria-labelledby', `${BOX_ID}-title`);
  const title = doc.createElement('h2');
  title.id = `${BOX_ID}-title`;
  title.textContent = translate(doc.documentElement, 'exercise.earlierTitle');
  const note = doc.createElement('p');
  note.textContent = translate(doc.documentElement, 'exercise.earlierRemoved');
  box.append(title, note);
  for (const text of texts) {
    const p = doc.createElement('p');
    p.className = 'll-earlier-version__text';
    p.textContent = text;
    box.append(p);
  }
  main.append(box);
}
