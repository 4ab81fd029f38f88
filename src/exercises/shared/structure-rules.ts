/**
 * The structure rules of the exercises, written once: ids, parts, options, pass marks, the
 * dialogue graph, steps and domains. Pure, over a small model that two readers build: the course
 * checker from MDX (lib/course-check/exercise-structure.ts) and each element from the light DOM
 * the build rendered. Two reporters put a finding into words: `buildMessage` for the build (a
 * message located at the part's line) and `authorProblem` for the element (an `LL-E` code,
 * author-errors.ts). `R` is how a reader points at a part: an MDX element, or nothing in the browser.
 */
import type { AuthorProblem } from './author-errors';
import { isExerciseId } from '../../state/progress-snapshot';
import { checkDialogue } from '../rollenspel/dialogue';

/**
 * The exercise's own id: present, savable, and used by no other exercise on the page. The build
 * says the same with the schema's id pattern and the course checker's cross-file duplicate check.
 */
export function checkExerciseId(id: string, exercisesWithThisId: number): AuthorProblem[] {
  if (!id) return [{ error: 'missing-id' }];
  const problems: AuthorProblem[] = [];
  if (!isExerciseId(id)) problems.push({ error: 'invalid-id', at: id });
  if (exercisesWithThisId > 1) problems.push({ error: 'duplicate-id', at: id });
  return problems;
}

/** A part as a reader found it: its id ('' when it has none), its text where a rule needs it. */
export interface Part<R> {
  id: string;
  /** The part's own text; left out where no rule asks for it. */
  text?: string;
  ref: R;
}

export interface QuizQuestionPart<R> extends Part<R> {
  multiple: boolean;
  options: (Part<R> & { correct: boolean })[];
}

export interface DialogueNodePart<R> extends Part<R> {
  /** An <Einde>: no replies by design (a turn without replies is a mistake). */
  ending: boolean;
  replies: (Part<R> & { next: string })[];
}

/** An exercise's structure, as both readers see it. */
export type ExerciseModel<R> =
  | { kind: 'kennischeck'; passMark?: number; questions: QuizQuestionPart<R>[] }
  | { kind: 'rollenspel'; nodes: DialogueNodePart<R>[] }
  | { kind: 'reflectie' | 'stappenplan' | 'zelfredzaamheidscan'; parts: Part<R>[] };

export type ExerciseKind = ExerciseModel<unknown>['kind'];

/** The kinds of part, with the component an author writes for each. */
export const PART_COMPONENTS = {
  question: 'Vraag',
  option: 'Optie',
  'turn or ending': 'Beurt',
  reply: 'Reactie',
  step: 'Stap',
  domain: 'Domein',
} as const;
export type PartKind = keyof typeof PART_COMPONENTS;

/** What each exercise is made of, and how many it needs at least. */
export const EXERCISE_PARTS = {
  kennischeck: { part: 'question', min: 1, purpose: 'a question with options' },
  reflectie: { part: 'question', min: 1, purpose: 'an open question' },
  rollenspel: { part: 'turn or ending', min: 1, purpose: 'the turn the conversation starts with' },
  stappenplan: { part: 'step', min: 2, purpose: 'one per step of the plan' },
  zelfredzaamheidscan: { part: 'domain', min: 1, purpose: 'one per life domain to score' },
} as const satisfies Record<ExerciseKind, { part: PartKind; min: number; purpose: string }>;

/** One broken rule, with what the reporters need to say where and why. */
export type Finding<R> =
  | { rule: 'too-few-parts'; kind: ExerciseKind; count: number }
  | { rule: 'missing-part-id'; part: PartKind; index: number; ref: R }
  | { rule: 'duplicate-part-id'; part: PartKind; id: string; ref: R }
  | { rule: 'empty-part'; part: PartKind; id: string; ref: R }
  | { rule: 'too-few-options'; id: string; ref: R }
  | { rule: 'no-correct-option'; id: string; ref: R }
  | { rule: 'several-correct'; id: string; correct: number; ref: R }
  | { rule: 'bad-pass-mark'; passMark: number; questions: number }
  | { rule: 'starts-with-ending'; id: string; ref: R }
  | { rule: 'turn-without-replies'; id: string; ref: R }
  | { rule: 'missing-target'; node: string; target: string; ids: string[]; ref: R }
  | { rule: 'unreachable'; id: string; ref: R }
  | { rule: 'dead-end'; id: string; ref: R }
  | { rule: 'no-ending' };

export type RuleName = Finding<unknown>['rule'];

/** Ids present and used once among parts of one kind. */
function partIds<R>(parts: readonly Part<R>[], part: PartKind): Finding<R>[] {
  const findings: Finding<R>[] = [];
  const seen = new Set<string>();
  parts.forEach((p, index) => {
    if (!p.id) findings.push({ rule: 'missing-part-id', part, index, ref: p.ref });
    else if (seen.has(p.id)) findings.push({ rule: 'duplicate-part-id', part, id: p.id, ref: p.ref });
    seen.add(p.id);
  });
  return findings;
}

/** Parts whose text the reader found empty. */
const emptyParts = <R>(parts: readonly Part<R>[], part: PartKind): Finding<R>[] =>
  parts
    .filter((p) => p.text !== undefined && !p.text.trim())
    .map((p) => ({ rule: 'empty-part', part, id: p.id, ref: p.ref }));

/** The exercise's parts: enough of them, each with its own id. */
function enoughParts<R>(kind: ExerciseKind, parts: readonly Part<R>[]): Finding<R>[] {
  const { part, min } = EXERCISE_PARTS[kind];
  return [
    ...(parts.length < min ? [{ rule: 'too-few-parts' as const, kind, count: parts.length }] : []),
    ...partIds(parts, part),
  ];
}

function checkQuiz<R>(model: Extract<ExerciseModel<R>, { kind: 'kennischeck' }>): Finding<R>[] {
  const { questions, passMark } = model;
  const findings = enoughParts('kennischeck', questions);
  if (passMark !== undefined && !(Number.isInteger(passMark) && passMark >= 0 && passMark <= questions.length))
    findings.push({ rule: 'bad-pass-mark', passMark, questions: questions.length });
  for (const question of questions) {
    const { options, id, ref } = question;
    findings.push(...partIds(options, 'option'));
    const correct = options.filter((o) => o.correct).length;
    if (options.length < 2) findings.push({ rule: 'too-few-options', id, ref });
    else if (!correct) findings.push({ rule: 'no-correct-option', id, ref });
    else if (correct > 1 && !question.multiple) findings.push({ rule: 'several-correct', id, correct, ref });
    findings.push(...emptyParts(options, 'option'));
  }
  return findings;
}

function checkRoleplay<R>(nodes: readonly DialogueNodePart<R>[]): Finding<R>[] {
  const findings = enoughParts('rollenspel', nodes);
  const first = nodes[0];
  if (first?.ending) findings.push({ rule: 'starts-with-ending', id: first.id, ref: first.ref });
  for (const node of nodes) {
    if (!node.ending && !node.replies.length)
      findings.push({ rule: 'turn-without-replies', id: node.id, ref: node.ref });
    findings.push(...emptyParts(node.replies, 'reply'));
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ids = nodes.map((n) => n.id);
  for (const problem of checkDialogue(nodes)) {
    if (problem.kind === 'no-ending') findings.push({ rule: 'no-ending' });
    else if (problem.kind === 'missing-target') {
      const { node, target } = problem;
      findings.push({ rule: 'missing-target', node, target, ids, ref: byId.get(node)!.replies[problem.reply]!.ref });
    } else if (problem.kind === 'unreachable')
      findings.push({ rule: 'unreachable', id: problem.node, ref: byId.get(problem.node)!.ref });
    else if (problem.kind === 'dead-end')
      findings.push({ rule: 'dead-end', id: problem.node, ref: byId.get(problem.node)!.ref });
  }
  return findings;
}

/** Every broken rule of one exercise, in the order an author would fix them. */
export function checkStructure<R>(model: ExerciseModel<R>): Finding<R>[] {
  if (model.kind === 'kennischeck') return checkQuiz(model);
  if (model.kind === 'rollenspel') return checkRoleplay(model.nodes);
  const { part } = EXERCISE_PARTS[model.kind];
  return [...enoughParts(model.kind, model.parts), ...emptyParts(model.parts, part)];
}

/** The component an author writes for an exercise kind: `kennischeck` → `Kennischeck`. */
const component = (kind: ExerciseKind) => kind[0]!.toUpperCase() + kind.slice(1);

/** How the build words an empty part: what belongs between its tags. */
const EMPTY_TEXT: Record<PartKind, string> = {
  question: 'its question text',
  option: 'its answer text',
  'turn or ending': 'its text',
  reply: 'the words of the reply',
  step: 'its text',
  domain: 'its name',
};

const plural = (n: number, one: string, many: string) => (n === 1 ? `is 1 ${one}` : `are ${n} ${many}`);

/** The build's reporter: a message, and the part it is located at (the exercise when absent). */
export function buildMessage<R>(finding: Finding<R>): { message: string; field?: string; at?: R } | undefined {
  switch (finding.rule) {
    case 'too-few-parts': {
      const { part, min, purpose } = EXERCISE_PARTS[finding.kind];
      const count = min === 1 ? 'one' : String(min);
      return {
        message: `<${component(finding.kind)}> needs at least ${count} <${PART_COMPONENTS[part]}> (${purpose})`,
      };
    }
    case 'missing-part-id':
      // The schema of the part already reports a missing id, located at the part.
      return undefined;
    case 'duplicate-part-id':
      return {
        at: finding.ref,
        field: 'id',
        message: `the ${finding.part} id "${finding.id}" is used twice here; every ${finding.part} needs its own id`,
      };
    case 'empty-part': {
      const name = PART_COMPONENTS[finding.part];
      const example = finding.part === 'domain' ? ', such as "Geldzaken"' : '';
      return {
        at: finding.ref,
        message: `<${name}> needs ${EMPTY_TEXT[finding.part]} between <${name}> and </${name}>${example}`,
      };
    }
    case 'too-few-options':
      return { at: finding.ref, message: '<Vraag> in a <Kennischeck> needs at least two <Optie> elements' };
    case 'no-correct-option':
      return { at: finding.ref, message: '<Vraag> has no correct option; mark one with <Optie correct>' };
    case 'several-correct':
      return {
        at: finding.ref,
        message: `<Vraag> has ${finding.correct} correct options; add "multiple" to the <Vraag> for a multiple-choice question`,
      };
    case 'bad-pass-mark': {
      const { passMark, questions } = finding;
      const expected = Number.isInteger(passMark) && passMark >= 0 ? 'at most' : 'a whole number from 0 to';
      return {
        field: 'passMark',
        message: `passMark is ${passMark}, but there ${plural(questions, 'question', 'questions')}; expected ${expected} ${questions}`,
      };
    }
    case 'starts-with-ending':
      return { message: '<Rollenspel> starts with its first <Beurt>; put a <Beurt> first' };
    case 'turn-without-replies':
      return { at: finding.ref, message: '<Beurt> needs at least one <Reactie> to choose; use <Einde> for an ending' };
    case 'missing-target':
      return {
        at: finding.ref,
        field: 'next',
        message: `<Reactie next="${finding.target}"> leads to a turn that does not exist; expected one of ${finding.ids.join(', ')}`,
      };
    case 'unreachable':
      return { at: finding.ref, message: `"${finding.id}" cannot be reached: no <Reactie> leads to it` };
    case 'dead-end':
      return {
        at: finding.ref,
        message: `from "${finding.id}" no <Einde> can be reached; the participant would go round in circles`,
      };
    case 'no-ending':
      return { message: '<Rollenspel> needs at least one <Einde>' };
  }
}

/** The element's reporter: the `LL-E` problem, located by the part's id where that helps. */
export function authorProblem(finding: Finding<unknown>): AuthorProblem {
  switch (finding.rule) {
    case 'too-few-parts':
      return { error: 'no-parts' };
    case 'missing-part-id':
      return { error: 'missing-part-id', at: `#${finding.index + 1}` };
    case 'duplicate-part-id':
      return { error: 'duplicate-part-id', at: finding.id };
    case 'empty-part':
      return { error: 'empty-part', ...(finding.id ? { at: finding.id } : {}) };
    case 'too-few-options':
    case 'no-correct-option':
    case 'several-correct':
      return { error: finding.rule, ...(finding.id ? { at: finding.id } : {}) };
    case 'bad-pass-mark':
      return { error: 'bad-pass-mark', at: String(finding.passMark) };
    case 'starts-with-ending':
      return { error: 'starts-with-ending', at: finding.id };
    case 'turn-without-replies':
      return { error: 'turn-without-replies', at: finding.id };
    case 'missing-target':
      return { error: 'missing-target', at: `${finding.node} → ${finding.target}` };
    case 'unreachable':
      return { error: 'unreachable', at: finding.id };
    case 'dead-end':
      return { error: 'no-way-out', at: finding.id };
    case 'no-ending':
      return { error: 'no-way-out' };
  }
}

/** The element's problems with its structure, as `LL-E` codes. */
export const structureProblems = (model: ExerciseModel<unknown>): AuthorProblem[] =>
  checkStructure(model).map(authorProblem);
