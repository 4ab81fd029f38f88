/**
 * One `<Slide>` of the MDX as one or more slides of the deck. A Kennischeck with several questions
 * on one slide would not be readable from the back of the room, so each of its questions becomes a
 * slide of its own (with the exercise's label and "vraag 2 van 6"). An exercise that shares its slide
 * with other content gets a slide of its own after that content. The trainer notes go with every part, so they stay in view while the group
 * answers. Everything that counts slides (numbers, `#N`, the overview, print) sees the parts.
 */
import { extractElements, innerHtml } from './extract-html';

/** Marks a room exercise (RoomExercise.astro): with other content on its slide it gets a slide of its own. */
export const splitMarker = 'data-ll-room-split';
/** Marks the label of a room exercise. */
export const labelMarker = 'data-ll-room-label';
/** Marks one question of a Kennischeck in the room (RoomVraag.astro). */
export const questionMarker = 'data-ll-room-question';

export interface SlidePart {
  /** The body of the slide, without its heading. */
  body: string;
  /** The trainer notes (`<div data-ll-notes>`), or '' in the audience deck. */
  notes: string;
  /** 1-based question number and count for a question slide; undefined for the slide itself. */
  question?: { n: number; of: number };
}

/** Whether rendered HTML shows anything: text, an image, a table or a figure. */
function hasContent(html: string): boolean {
  if (/<(img|svg|table|figure|video|iframe)\b/i.test(html)) return true;
  return html.replace(/<[^>]*>/g, '').trim() !== '';
}

/**
 * The parts of a slide, given its rendered body. `questionLabel` writes the label line (HTML) of a question
 * slide from the exercise's own label, e.g. "Kennischeck: Wmo · vraag 2 van 6".
 */
export function splitSlide(html: string, questionLabel: (label: string, n: number, of: number) => string): SlidePart[] {
  const { elements: noteParts, rest: body } = extractElements(html, 'div', 'data-ll-notes');
  const notes = noteParts.join('');
  const { elements: exercises, rest: intro } = extractElements(body, 'div', splitMarker);
  const questionsOf = (exercise: string) => extractElements(exercise, 'div', questionMarker);
  const alone = exercises.length === 1 && questionsOf(exercises[0] ?? '').elements.length <= 1;
  if (exercises.length === 0 || (alone && !hasContent(intro))) return [{ body, notes }];

  // What the slide says around its exercises comes first; then each exercise on a slide of its own,
  // a Kennischeck with several questions one question a slide.
  const parts: SlidePart[] = hasContent(intro) ? [{ body: intro, notes }] : [];
  for (const exercise of exercises) {
    const { elements: questions, rest: frame } = questionsOf(exercise);
    if (questions.length <= 1) {
      parts.push({ body: exercise, notes });
      continue;
    }
    const open = /^<div\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(frame)?.[0] ?? '<div>';
    // The label's inner HTML is already escaped text; the line around it comes from the interface strings.
    const labelHtml = innerHtml(extractElements(frame, 'p', labelMarker).elements[0] ?? '').trim();
    questions.forEach((question, index) => {
      const line = questionLabel(labelHtml, index + 1, questions.length);
      parts.push({
        body: `${open}<p class="ll-room__label" ${labelMarker}>${line}</p>${question}</div>`,
        notes,
        question: { n: index + 1, of: questions.length },
      });
    });
  }
  return parts;
}
