import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { authorComponents, isAuthorComponent } from '../../schemas/components';
import { deckParts, type DeckPart } from './slide-parts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** An entry of a page's table of contents: a `##` heading or a slide. */
export interface Section {
  id: string;
  title: string;
  kind: 'heading' | 'slide';
  /** Inside `<Klas>`: for the room only, never on the self-study page. */
  room?: true;
  /** Inside `<Zelfstudie>`: for the self-study page only. */
  studyOnly?: true;
}

/** A `<Slide>` of the MDX, with the slides it makes in the deck. */
export interface SlideInfo {
  /** 1-based position in the deck of its first slide. */
  n: number;
  /** The slides of the deck it makes: more than one when a Kennischeck gives a slide per question. */
  parts: DeckPart[];
  id: string;
  title: string;
  /** The agenda block id the author tied it to, carried over from the previous slide. */
  block: string | undefined;
  hasNotes: boolean;
  /** Line in the course file, for error messages. */
  line: number | undefined;
}

export interface ExerciseInfo {
  id: string;
  type: string;
  line: number | undefined;
}

/** A printed sheet (`<Werkblad>`), for the guide's materials list and the materials PDF. */
export interface SheetInfo {
  id: string;
  title: string;
  for: string;
  role: string | undefined;
  copies: string;
  line: number | undefined;
}

export interface SectionMap {
  sections: Section[];
  slides: SlideInfo[];
  exercises: ExerciseInfo[];
  sheets: SheetInfo[];
}

export function isJsxElement(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The value of a plain string attribute, such as `title="Welkom"`. */
export function stringAttribute(element: JsxElement, name: string): string | undefined {
  const attribute = element.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

function setAttribute(element: JsxElement, name: string, value: string): void {
  element.attributes = element.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  element.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

function exerciseIds(node: Root | RootContent): string[] {
  const own =
    isJsxElement(node) &&
    node.name &&
    isAuthorComponent(node.name) &&
    ('exerciseType' in authorComponents[node.name] || authorComponents[node.name].role === 'sheet')
      ? [stringAttribute(node, 'id') ?? '']
      : [];
  const nested = 'children' in node ? (node.children as RootContent[]).flatMap(exerciseIds) : [];
  return [...own, ...nested].filter(Boolean);
}

function containsNotes(node: RootContent): boolean {
  if (isJsxElement(node) && node.name === 'Notes') return true;
  return 'children' in node && (node.children as RootContent[]).some(containsNotes);
}

/**
 * Gives every heading and slide of a course file a unique anchor id, in document order, and
 * numbers the slides. The MDX build (through the remark plugin) and the outline both call this,
 * so a table-of-contents link always matches the id on the page.
 *
 * Mutates the tree: headings get `data.hProperties.id`, slides get `id`, `n` and `block` attributes.
 */
export function annotateSections(tree: Root): SectionMap {
  const slugger = new GithubSlugger();
  // Exercise ids are the authors' own and stay stable (saved answers refer to them); a heading or
  // slide with the same title takes the next free anchor instead of a second element with that id.
  for (const id of exerciseIds(tree)) slugger.slug(id);
  const map: SectionMap = { sections: [], slides: [], exercises: [], sheets: [] };
  let block: string | undefined;
  // Slides are numbered as the deck shows them, after splitting (slide-parts.ts).
  let deckCount = 0;

  const visit = (node: RootContent, place: Pick<Section, 'room' | 'studyOnly'>): void => {
    if (node.type === 'heading') {
      const heading: Heading = node;
      const title = toString(heading);
      const id = slugger.slug(title);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
      if (heading.depth === 2) map.sections.push({ id, title, kind: 'heading', ...place });
    } else if (isJsxElement(node) && node.name && isAuthorComponent(node.name)) {
      const spec = authorComponents[node.name];
      if (spec.role === 'slide') {
        const title = stringAttribute(node, 'title') ?? '';
        const id = slugger.slug(title || `dia-${map.slides.length + 1}`);
        block = stringAttribute(node, 'block') ?? block;
        const parts = deckParts(node, title);
        const n = deckCount + 1;
        deckCount += parts.length;
        setAttribute(node, 'id', id);
        setAttribute(node, 'n', parts.length > 1 ? `${n}–${deckCount}` : String(n));
        if (block) setAttribute(node, 'block', block);
        map.sections.push({ id, title, kind: 'slide', ...place });
        map.slides.push({
          n,
          parts,
          id,
          title,
          block,
          hasNotes: node.children.some(containsNotes),
          line: node.position?.start.line,
        });
      } else if (spec.role === 'step' && node.type === 'mdxJsxTextElement') {
        // A step inside a paragraph or list item must render inline; the renderers read this flag.
        setAttribute(node, 'inline', 'true');
      } else if (spec.role === 'sheet') {
        map.sheets.push({
          id: stringAttribute(node, 'id') ?? '',
          title: stringAttribute(node, 'title') ?? '',
          for: stringAttribute(node, 'for') ?? '',
          role: stringAttribute(node, 'role'),
          copies: stringAttribute(node, 'copies') ?? '',
          line: node.position?.start.line,
        });
      } else if ('exerciseType' in spec) {
        const id = stringAttribute(node, 'id');
        if (id) map.exercises.push({ id, type: String(spec.exerciseType), line: node.position?.start.line });
      }
    }
    const inner =
      isJsxElement(node) && node.name === 'Klas'
        ? { room: true as const }
        : isJsxElement(node) && node.name === 'Zelfstudie'
          ? { studyOnly: true as const }
          : place;
    if ('children' in node) (node.children as RootContent[]).forEach((child) => visit(child, inner));
  };
  tree.children.forEach((child) => visit(child, {}));
  return map;
}
