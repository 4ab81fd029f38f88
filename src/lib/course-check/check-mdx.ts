import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { AuthorElement } from '../../exercises/logic/author-element';
import {
  authorComponentNames,
  authorComponents,
  isAuthorComponent,
  type AuthorComponentSpec,
} from '../../schemas/components';
import { parseCourseMdx } from '../mdx/parse';
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
export function checkMdxBody(source: string, file: string): { tree?: Root; problems: CourseProblem[] } {
  let tree: Root;
  try {
    tree = parseCourseMdx(source);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    return {
      problems: [
        {
          file,
          ...(e.line ? { line: e.line } : {}),
          ...(e.column ? { column: e.column } : {}),
          message: `this is not valid MDX: ${e.reason ?? e.message ?? String(error)}`,
        },
      ],
    };
  }

  const problems: CourseProblem[] = [];
  const visit = (node: RootContent, inside: Set<string>, parent?: string): void => {
    const at = { file, line: node.position?.start.line, column: node.position?.start.column };
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
        const check = (spec as AuthorComponentSpec).check;
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
        inside = new Set([...inside, spec.role]);
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
