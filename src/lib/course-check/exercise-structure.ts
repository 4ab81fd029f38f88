/**
 * The structure of author components that a single element's props cannot express, checked by
 * the course checker over an element and what it contains. The exercises' rules are the ones the
 * elements run in the browser (exercises/shared/structure-rules.ts): here they are read from MDX and
 * reported with the part's line. What only MDX can get wrong (which component may stand inside
 * which, a printed sheet's props) is checked here alone.
 */
import { buildMessage, checkStructure, type ExerciseModel, type Part } from '../../exercises/shared/structure-rules';
import { authorComponentNames, authorComponents, type AuthorComponentName } from '../../schemas/components';
import { childrenNamed, type AuthorElement, type StructureProblem } from './author-element';

/** The components a part may only stand in; undefined for what is no part. */
const parentsOf = (name: AuthorComponentName): readonly string[] | undefined => {
  const spec = authorComponents[name];
  return 'within' in spec ? spec.within : undefined;
};
/** Parts with a fixed parent: the checker's `within` rule reports them in the wrong place, so `only` skips them. */
const PARTS = new Set<string>(authorComponentNames.filter((name) => parentsOf(name)));
/** The parts that stand inside a component, read from the schemas' `within`, so the table is written once. */
const partsOf = (name: string): string[] => authorComponentNames.filter((part) => parentsOf(part)?.includes(name));

const only = (element: AuthorElement, allowed: readonly string[]): StructureProblem[] =>
  element.children
    .filter((c) => !allowed.includes(c.name) && !PARTS.has(c.name))
    .map((c) => ({
      at: c,
      message: `<${c.name}> cannot be inside <${element.name}>; expected ${allowed.length ? allowed.map((a) => `<${a}>`).join(' or ') : 'no other components'}`,
    }));

/** A part read from MDX; ids the schema refused are read as missing. */
const part = (element: AuthorElement, text = false): Part<AuthorElement> => ({
  id: typeof element.props.id === 'string' ? element.props.id : '',
  ...(text ? { text: element.text } : {}),
  ref: element,
});

/** The exercise as the shared rules see it. */
function exerciseModel(element: AuthorElement): ExerciseModel<AuthorElement> | undefined {
  switch (element.name) {
    case 'Kennischeck': {
      const passMark = element.props.passMark;
      return {
        kind: 'kennischeck',
        ...(typeof passMark === 'number' ? { passMark } : {}),
        questions: childrenNamed(element, 'Vraag').map((q) => ({
          ...part(q),
          multiple: q.props.multiple === true,
          options: childrenNamed(q, 'Optie').map((o) => ({ ...part(o, true), correct: o.props.correct === true })),
        })),
      };
    }
    case 'Rollenspel':
      return {
        kind: 'rollenspel',
        nodes: element.children
          .filter((c) => c.name === 'Beurt' || c.name === 'Einde')
          .map((n) => ({
            ...part(n),
            ending: n.name === 'Einde',
            replies: childrenNamed(n, 'Reactie').map((r) => ({
              ...part(r, true),
              next: typeof r.props.next === 'string' ? r.props.next : '',
            })),
          })),
      };
    case 'Reflectie':
      return { kind: 'reflectie', parts: childrenNamed(element, 'Vraag').map((q) => part(q, true)) };
    case 'Stappenplan':
      return { kind: 'stappenplan', parts: childrenNamed(element, 'Stap').map((s) => part(s)) };
    case 'Zelfredzaamheidscan':
      return { kind: 'zelfredzaamheidscan', parts: childrenNamed(element, 'Domein').map((d) => part(d, true)) };
    default:
      return undefined;
  }
}

/** The shared rules' findings, as located messages. */
function exerciseProblems(element: AuthorElement): StructureProblem[] {
  const model = exerciseModel(element);
  if (!model) return [];
  return checkStructure(model).flatMap((finding) => buildMessage(finding) ?? []);
}

/** An exercise or one of its parts holds its own parts and Markdown, no other components. */
const nesting = (element: AuthorElement): StructureProblem[] => only(element, partsOf(element.name));

/** A question of a Reflectie is open: what only a Kennischeck question takes is a mistake here. */
function openQuestions(element: AuthorElement): StructureProblem[] {
  return childrenNamed(element, 'Vraag').flatMap((question) => [
    ...(childrenNamed(question, 'Optie').length
      ? [{ at: question, message: `<Vraag> in a <${element.name}> is an open question and takes no <Optie>` }]
      : []),
    ...(question.props.multiple !== undefined
      ? [{ at: question, field: 'multiple', message: `"multiple" only applies to a <Vraag> in a <Kennischeck>` }]
      : []),
  ]);
}

const exercise = (element: AuthorElement): StructureProblem[] => [
  ...nesting(element),
  ...(element.name === 'Reflectie' ? openQuestions(element) : []),
  ...exerciseProblems(element),
];

/** A printed sheet: text and callouts only (nothing interactive on paper), a role for a role card. */
function werkblad(element: AuthorElement): StructureProblem[] {
  const problems = only(element, ['Callout']);
  if (element.props.for === 'rol' && element.props.role === undefined)
    problems.push({
      field: 'role',
      message: '<Werkblad for="rol"> needs role="…" naming the role it is for, such as role="Mevrouw Jansen (cliënt)"',
    });
  if (element.props.for !== 'rol' && element.props.role !== undefined)
    problems.push({ field: 'role', message: '<Werkblad> takes role="…" only with for="rol"' });
  if (!element.text.trim() && element.children.length === 0)
    problems.push({ message: '<Werkblad> needs its text between <Werkblad> and </Werkblad>' });
  return problems;
}

/** The structural check of each component that has one. */
export const STRUCTURE_CHECKS: Readonly<Record<string, (element: AuthorElement) => StructureProblem[]>> = {
  ...Object.fromEntries(
    authorComponentNames.flatMap((name) =>
      authorComponents[name].role === 'exercise' ? [[name, exercise]] : PARTS.has(name) ? [[name, nesting]] : [],
    ),
  ),
  Werkblad: werkblad,
};
