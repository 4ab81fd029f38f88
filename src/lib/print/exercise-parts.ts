/**
 * The parts of a rendered exercise, read back from the self-study markup (`data-ll-*` attributes)
 * so the paper forms show exactly what participants see on the page. Build time only.
 */
import { data, findAll, hasData, innerHtml, parseFragment, type Element } from './html-tree';

const authorOnly = (element: Element) =>
  data(element, 'll-title') !== undefined ||
  (Array.isArray(element.properties.className) && element.properties.className.includes('ll-exercise__fallback'));

/** The author's text around the parts (an instruction above the questions), without title and fallback. */
const intro = (root: ReturnType<typeof parseFragment>, part: string) =>
  innerHtml(root, (element) => authorOnly(element) || data(element, part) !== undefined);

export interface QuizOption {
  id: string;
  html: string;
  correct: boolean;
  feedback: string | undefined;
}
export interface QuizQuestion {
  id: string;
  html: string;
  multiple: boolean;
  options: QuizOption[];
}

/** A Kennischeck's questions with their options in order (their letters A, B, C… on the slide). */
export function readQuiz(html: string): { intro: string; questions: QuizQuestion[] } {
  const root = parseFragment(html);
  const questions = findAll(root, hasData('ll-question')).map((q) => ({
    id: data(q, 'll-question') ?? '',
    html: innerHtml(q, hasData('ll-option')),
    multiple: data(q, 'multiple') !== undefined,
    options: findAll(q, hasData('ll-option')).map((o) => ({
      id: data(o, 'll-option') ?? '',
      html: innerHtml(o),
      correct: data(o, 'correct') !== undefined,
      feedback: data(o, 'feedback'),
    })),
  }));
  return { intro: intro(root, 'll-question'), questions };
}

/** A Reflectie's open questions. */
export function readQuestions(html: string): { intro: string; questions: { id: string; html: string }[] } {
  const root = parseFragment(html);
  const questions = findAll(root, hasData('ll-question')).map((q) => ({
    id: data(q, 'll-question') ?? '',
    html: innerHtml(q),
  }));
  return { intro: intro(root, 'll-question'), questions };
}

export interface DialogueReply {
  html: string;
  next: string;
  feedback: string | undefined;
}
export interface DialogueTurn {
  id: string;
  html: string;
  replies: DialogueReply[];
}
export interface DialogueEnding {
  id: string;
  title: string | undefined;
  html: string;
}

/** A Rollenspel's turns (the first is the start) and endings, in the author's order. */
export function readDialogue(html: string): { intro: string; turns: DialogueTurn[]; endings: DialogueEnding[] } {
  const root = parseFragment(html);
  const turns = findAll(root, hasData('ll-turn')).map((turn) => ({
    id: data(turn, 'll-turn') ?? '',
    html: innerHtml(turn, hasData('ll-reply')),
    replies: findAll(turn, hasData('ll-reply')).map((reply) => ({
      html: innerHtml(reply),
      next: data(reply, 'next') ?? '',
      feedback: data(reply, 'feedback'),
    })),
  }));
  const endings = findAll(root, hasData('ll-ending')).map((ending) => ({
    id: data(ending, 'll-ending') ?? '',
    title: data(ending, 'title'),
    html: innerHtml(ending),
  }));
  const isPart = (element: Element) => hasData('ll-turn')(element) || hasData('ll-ending')(element);
  return { intro: innerHtml(root, (element) => authorOnly(element) || isPart(element)), turns, endings };
}

/** Parts with a title attribute and text: a Stappenplan's steps (`ll-step`) or a scan's domains (`ll-domain`). */
export function readParts(html: string, part: 'll-step' | 'll-domain') {
  const root = parseFragment(html);
  const parts = findAll(root, hasData(part)).map((element) => ({
    id: data(element, part) ?? '',
    title: data(element, 'title'),
    html: innerHtml(element),
  }));
  return { intro: intro(root, part), parts };
}

/** An exercise whose whole text is its question or instruction (Schaalvraag, Netwerkcirkel). */
export function readText(html: string): string {
  return innerHtml(parseFragment(html), authorOnly);
}

/** Letters for options and replies, as the deck shows them: A, B, C… */
export const letter = (index: number): string => String.fromCharCode(65 + index);
