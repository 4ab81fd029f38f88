/**
 * How many slides of the deck one `<Slide>` of the MDX becomes, read from the MDX tree so the
 * outline, the guide and the study page can number slides as the deck does. It is the rule of
 * lib/deck/split-slide.ts (which splits the rendered HTML) stated on the source: a room exercise
 * that shares its slide with other content gets a slide of its own after that content, and a
 * Kennischeck with several questions gets one slide per question. A build test compares the two.
 */
import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { authorComponents, isAuthorComponent } from '../../schemas/components';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** One slide of the deck: its title there, and for a question slide which question it shows. */
export interface DeckPart {
  title: string;
  question?: { n: number; of: number };
}

/** Exercises whose room form shows nothing (RoomPersonal.astro): they never get a slide. */
const SHOWS_NOTHING_IN_THE_ROOM = new Set(['Voortgang', 'Voortgangsoverzicht']);

function isJsx(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Not a type guard: a JSX element that is not a room exercise is still a JSX element. */
function isRoomExercise(node: RootContent): boolean {
  if (!isJsx(node) || !node.name || !isAuthorComponent(node.name)) return false;
  return 'exerciseType' in authorComponents[node.name] && !SHOWS_NOTHING_IN_THE_ROOM.has(node.name);
}

function children(node: RootContent): RootContent[] {
  return 'children' in node ? node.children : [];
}

/** The room exercises in a slide, outermost first, in document order. */
function exercisesIn(nodes: RootContent[]): JsxElement[] {
  return nodes.flatMap((node) => (isJsx(node) && isRoomExercise(node) ? [node] : exercisesIn(children(node))));
}

/** Questions with options: the ones RoomVraag.astro shows as a question (a Reflectie's are not). */
function questionsIn(exercise: JsxElement): number {
  const count = (node: RootContent): number =>
    isJsx(node) && node.name === 'Vraag'
      ? children(node).some(function hasOption(child): boolean {
          return (isJsx(child) && child.name === 'Optie') || children(child).some(hasOption);
        })
        ? 1
        : 0
      : children(node).reduce((sum, child) => sum + count(child), 0);
  return exercise.children.reduce((sum, child) => sum + count(child as RootContent), 0);
}

/** Whether the slide shows anything besides its exercises and notes: text, an image, a table, a figure. */
function hasContent(nodes: RootContent[]): boolean {
  return nodes.some(function shows(node: RootContent): boolean {
    if (isJsx(node)) {
      if (node.name === 'Notes' || isRoomExercise(node)) return false;
      if (node.name === 'Figuur') return true;
    }
    // `{/* comments */}` and other expressions print nothing on the slide.
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return false;
    if (node.type === 'image' || node.type === 'table') return true;
    if ('children' in node) return children(node).some(shows);
    return toString(node).trim() !== '';
  });
}

/** The deck slides one `<Slide>` makes, in order. */
export function deckParts(slide: JsxElement, title: string): DeckPart[] {
  const body = slide.children as RootContent[];
  const exercises = exercisesIn(body);
  const alone = exercises.length === 1 && questionsIn(exercises[0]!) <= 1;
  const intro = hasContent(body);
  if (exercises.length === 0 || (alone && !intro)) return [{ title }];
  const parts: DeckPart[] = intro ? [{ title }] : [];
  for (const exercise of exercises) {
    const of = questionsIn(exercise);
    if (of <= 1) parts.push({ title });
    else for (let n = 1; n <= of; n++) parts.push({ title: `${title} (${n}/${of})`, question: { n, of } });
  }
  return parts;
}
