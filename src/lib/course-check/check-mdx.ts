import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { AuthorElement } from './author-element';
import { STRUCTURE_CHECKS } from './exercise-structure';
import {
  authorComponentNames,
  authorComponents,
  isAuthorComponent,
  type AuthorComponentSpec,
} from '../../schemas/components';
import { parseCourseMdx, type CourseMdxParser } from '../mdx/parse';
import { isJsxElement } from '../mdx/sections';
import type { CourseProblem } from './problem';
import { fieldName } from './problem';

/** HTML that would break the Content-Security-Policy or load from elsewhere. */
const FORBIDDEN_HTML = new Set(['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form']);

// Parts such as <Optie> only make sense inside their exercise, so messages name the top-level components.
const componentList = authorComponentNames
  .filter((name) => !(authorComponents[name] as AuthorComponentSpec).within)
  .join(', ');

type Attribute = MdxJsxAttribute | MdxJsxExpressionAttribute;

/** `{/* a comment *\/}` is the one expression course files may hold: it renders nothing. */
const onlyComments = (code: string): boolean =>
  code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '')
    .trim() === '';

/** `{naam}` as it stood in the file, shortened for a message. */
const shown = (code: string): string => {
  const flat = code.replace(/\s+/g, ' ').trim();
  return `{${flat.length > 40 ? `${flat.slice(0, 37)}…` : flat}}`;
};

/** An unclosed or broken `{` fails the parser; say how to write a brace as text. */
const braceHint = (reason: string): string =>
  /brace|expression|acorn/i.test(reason)
    ? '; a curly brace in text starts code in MDX: write \\{ and \\} to show braces'
    : '';

/**
 * MDX reads text in curly braces as JavaScript. In a course file that is nearly always a placeholder
 * such as `{naam}`, which compiles and then fails while the page renders, far from the file.
 */
function expressionProblem(code: string): string {
  const escaped = `\\${shown(code).slice(0, -1)}\\}`;
  return `${shown(code)} is read as code (an MDX expression), which course files cannot use; to show the curly braces as text, write ${escaped}`;
}

/** Attribute values as the component will see them, where the build can know them. */
function attributeValues(attributes: Attribute[]): { values: Record<string, unknown>; spread: boolean } {
  const values: Record<string, unknown> = {};
  let spread = false;
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      spread = true;
      continue;
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) values[name] = true;
    else if (typeof value === 'string') values[name] = value;
    else {
      // `count={3}` or `options={["a", "b"]}`: literal JSON is checked; anything cleverer is left to the component.
      try {
        values[name] = JSON.parse(value.value);
      } catch {
        values[name] = undefined;
      }
    }
  }
  return { values, spread };
}

type JsxNode = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const isAuthorElement = (node: RootContent): node is JsxNode =>
  isJsxElement(node) && !!node.name && isAuthorComponent(node.name);

/** Plain text of a node, leaving out nested author components (they are children, not text). */
function ownText(node: RootContent): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if (!('children' in node)) return '';
  return (node.children as RootContent[]).map((child) => (isAuthorElement(child) ? '' : ownText(child))).join('');
}

/** The element and the nearest author components inside it, as structural checks see them. */
function toAuthorElement(node: JsxNode): AuthorElement {
  const children: AuthorElement[] = [];
  const collect = (parent: RootContent) => {
    if (!('children' in parent)) return;
    for (const child of parent.children as RootContent[]) {
      if (isAuthorElement(child)) children.push(toAuthorElement(child));
      else collect(child);
    }
  };
  collect(node);
  return {
    name: node.name ?? '',
    props: attributeValues(node.attributes).values,
    text: ownText(node),
    children,
    ...(node.position ? { line: node.position.start.line, column: node.position.start.column } : {}),
  };
}

/** Parses a course file's MDX and checks every element against the author component table. */
/** Marks, in the set of what an element is inside, a slide the self-study page leaves out. */
const HIDDEN = 'hidden-slide';

/**
 * Where a part may go given `<Klas>`, `<Zelfstudie>` and `<Slide study="hidden">` (issue 14): an
 * exercise must reach participants, a slide must reach the deck, and the two places do not nest.
 */
function placeProblems(name: string, spec: AuthorComponentSpec, inside: Set<string>): string[] {
  const problems: string[] = [];
  if (spec.role === 'place') {
    const other = name === 'Klas' ? 'Zelfstudie' : 'Klas';
    if (inside.has(name) || inside.has(other))
      problems.push(`<${name}> cannot be inside <${inside.has(name) ? name : other}>; close it first`);
    if (inside.has('notes')) problems.push(`<${name}> cannot be inside <Notes>: notes are for the trainer already`);
  }
  if (spec.exerciseType && inside.has('Klas'))
    problems.push(`<${name}> cannot be inside <Klas>: participants studying alone would never see the exercise`);
  if (spec.exerciseType && inside.has(HIDDEN))
    problems.push(
      `<${name}> cannot be on a slide with study="hidden": participants would never see the exercise; use study="summary"`,
    );
  if (spec.role === 'slide' && inside.has('Zelfstudie'))
    problems.push('<Slide> cannot be inside <Zelfstudie>: a slide is shown in the room; use <Klas> or no wrapper');
  return problems;
}

export function checkMdxBody(
  source: string,
  file: string,
  parse: CourseMdxParser = parseCourseMdx,
): { tree?: Root; problems: CourseProblem[] } {
  let tree: Root;
  try {
    tree = parse(source);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    return {
      problems: [
        {
          file,
          ...(e.line ? { line: e.line } : {}),
          ...(e.column ? { column: e.column } : {}),
          message: `this is not valid MDX: ${e.reason ?? e.message ?? String(error)}${braceHint(e.reason ?? e.message ?? '')}`,
        },
      ],
    };
  }

  const problems: CourseProblem[] = [];
  const visit = (node: RootContent, inside: Set<string>, parent?: string): void => {
    const at = { file, line: node.position?.start.line, column: node.position?.start.column };
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !onlyComments(node.value)) {
      problems.push({ ...at, message: expressionProblem(node.value) });
      return;
    }
    if (node.type === 'mdxjsEsm') {
      problems.push({
        ...at,
        message: `course files cannot import or export; the components ${componentList} are always available`,
      });
      return;
    }
    if (isJsxElement(node)) {
      const name = node.name;
      if (!name) {
        problems.push({ ...at, message: 'fragments (<>…</>) are not needed in course files; remove them' });
      } else if (/^[a-z]/.test(name) && !name.includes('.')) {
        if (FORBIDDEN_HTML.has(name))
          problems.push({
            ...at,
            message: `<${name}> is not allowed in course files; use Markdown or the components ${componentList}`,
          });
      } else if (!isAuthorComponent(name)) {
        problems.push({ ...at, message: `unknown component <${name}>; course files can use ${componentList}` });
      } else {
        const spec = authorComponents[name];
        const { values, spread } = attributeValues(node.attributes);
        if (spread)
          problems.push({ ...at, message: `<${name}> cannot take {...spread} attributes; write each attribute out` });
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'object' || attribute.value === null)
            continue;
          if (values[attribute.name] === undefined)
            problems.push({
              ...at,
              field: attribute.name,
              message: `<${name}> ${attribute.name}=${shown(attribute.value.value)} is code, which course files cannot use; write a plain value such as ${attribute.name}="tekst" or ${attribute.name}={3}`,
            });
        }
        const result = spec.props.safeParse(values);
        if (!result.success) {
          for (const issue of result.error.issues) {
            const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
            const message = keys.length
              ? `<${name}> has no attribute ${keys.map((k) => `"${k}"`).join(', ')}`
              : `<${name}> ${issue.message}`;
            problems.push({ ...at, ...(issue.path.length ? { field: fieldName(issue.path) } : {}), message });
          }
        }
        const within = (spec as AuthorComponentSpec).within;
        if (within && !(parent && within.includes(parent))) {
          problems.push({
            ...at,
            message: `<${name}> belongs inside ${within.map((w) => `<${w}>`).join(' or ')}${parent ? `, not inside <${parent}>` : ''}`,
          });
        }
        const check = STRUCTURE_CHECKS[name];
        if (check && result.success) {
          const element = toAuthorElement(node);
          for (const problem of check(element)) {
            const where = problem.at ?? element;
            problems.push({
              file,
              line: where.line,
              column: where.column,
              ...(problem.field ? { field: problem.field } : {}),
              message: problem.message,
            });
          }
        }
        if (spec.role === 'slide' && inside.has('slide'))
          problems.push({
            ...at,
            message: '<Slide> cannot be inside another <Slide>; close the first one before the next',
          });
        if (spec.role === 'notes' && inside.has('notes'))
          problems.push({ ...at, message: '<Notes> cannot be inside another <Notes>' });
        if (spec.role === 'step' && (!inside.has('slide') || inside.has('notes') || inside.has('step'))) {
          problems.push({
            ...at,
            message:
              '<Step> belongs directly in a <Slide>, outside <Notes> and other steps; it marks what the deck reveals on the next key press',
          });
        }
        if (spec.role === 'sheet' && inside.size > 0)
          problems.push({
            ...at,
            message:
              '<Werkblad> belongs on its own in the page, outside slides, notes and exercises; it prints on its own page',
          });
        problems.push(...placeProblems(name, spec, inside).map((message) => ({ ...at, message })));
        inside = new Set([
          ...inside,
          spec.role,
          name,
          ...(name === 'Slide' && values.study === 'hidden' ? [HIDDEN] : []),
        ]);
        parent = name;
      }
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child, inside, parent);
  };
  for (const node of tree.children) visit(node, new Set());
  return {
    tree,
    problems: problems.map(({ line, column, ...rest }) => ({
      ...rest,
      ...(line ? { line } : {}),
      ...(column ? { column } : {}),
    })),
  };
}
