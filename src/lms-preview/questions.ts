/**
 * The words behind each interaction id, read from the course files at build time: the question a
 * participant answered and, for a Kennischeck, its options in the order shown and which are right.
 * The LMS records only ids and letters; the preview shows what they stand for.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { interactionId } from '../exercises/shared/events';
import { isJsxElement, stringAttribute } from '../lib/mdx/sections';
import { authorComponents, isAuthorComponent } from '../schemas/components';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export interface QuestionText {
  /** The question (or part) in the participant's words. */
  text: string;
  /** A Kennischeck question's options, in the order shown. */
  options?: { id: string; text: string; correct: boolean }[];
}

/** The element's own text, without what nested components (options, replies) say. */
function ownText(node: JsxElement): string {
  const texts: string[] = [];
  const walk = (n: RootContent) => {
    if (isJsxElement(n)) return;
    if (n.type === 'text' || n.type === 'inlineCode') texts.push(n.value);
    if ('children' in n) for (const child of n.children as RootContent[]) walk(child);
  };
  for (const child of node.children as RootContent[]) walk(child);
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The components inside `node`, also those MDX put inside a paragraph, without entering them. */
function components(node: JsxElement | RootContent): JsxElement[] {
  if (!('children' in node)) return [];
  return (node.children as RootContent[]).flatMap((child) => (isJsxElement(child) ? [child] : components(child)));
}

const hasAttribute = (node: JsxElement, name: string) =>
  node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name);

function isExercise(node: RootContent | Root): node is JsxElement {
  return (
    isJsxElement(node) && !!node.name && isAuthorComponent(node.name) && 'exerciseType' in authorComponents[node.name]
  );
}

function parts(exercise: JsxElement, node: JsxElement, into: Record<string, QuestionText>) {
  const id = stringAttribute(exercise, 'id') ?? '';
  for (const child of components(node)) {
    const part = stringAttribute(child, 'id');
    if (part && child.name !== 'Optie' && child.name !== 'Reactie') {
      const options = components(child)
        .filter((o) => o.name === 'Optie')
        .map((o) => ({
          id: stringAttribute(o, 'id') ?? '',
          text: toString(o).trim(),
          correct: hasAttribute(o, 'correct'),
        }));
      into[interactionId(id, part)] = {
        text: ownText(child) || stringAttribute(child, 'title') || part,
        ...(options.length > 0 ? { options } : {}),
      };
    }
    parts(exercise, child, into);
  }
}

/** Every interaction id of the course files' exercises, with its words. */
export function questionTexts(trees: Root[]): Record<string, QuestionText> {
  const found: Record<string, QuestionText> = {};
  const visit = (node: Root | RootContent) => {
    if (isExercise(node)) {
      const id = stringAttribute(node, 'id') ?? '';
      const title = stringAttribute(node, 'title') ?? ownText(node);
      // A Schaalvraag's own text is its question; its score is recorded as `<id>-score`.
      if (node.name === 'Schaalvraag') found[interactionId(id, 'score')] = { text: ownText(node) || title };
      parts(node, node, found);
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  for (const tree of trees) visit(tree);
  return found;
}
