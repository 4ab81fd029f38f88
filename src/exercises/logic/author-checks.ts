/**
 * The checks an exercise element runs on its own markup before it shows anything: pure, over what
 * the element read from its light DOM. The build's course checker (src/schemas/exercise-checks.ts)
 * finds the same mistakes in MDX with file and line; these catch markup the build never saw.
 */
import type { AuthorProblem } from '../author-errors';
import { isExerciseId } from '../../state/progress-snapshot';
import { checkDialogue, type DialogueNode } from './dialogue';
import type { QuizQuestion } from './quiz';

/** The exercise's own id: present, savable, and used by no other exercise on the page. */
export function checkExerciseId(id: string, exercisesWithThisId: number): AuthorProblem[] {
  if (!id) return [{ error: 'missing-id' }];
  const problems: AuthorProblem[] = [];
  if (!isExerciseId(id)) problems.push({ error: 'invalid-id', at: id });
  if (exercisesWithThisId > 1) problems.push({ error: 'duplicate-id', at: id });
  return problems;
}

/** Part ids (questions, options, turns, steps, domains): each present and used once. */
export function checkPartIds(ids: readonly string[]): AuthorProblem[] {
  const problems: AuthorProblem[] = [];
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (!id) problems.push({ error: 'missing-part-id', at: `#${index + 1}` });
    else if (seen.has(id)) problems.push({ error: 'duplicate-part-id', at: id });
    seen.add(id);
  });
  return problems;
}

/** The parts of an exercise that needs at least one (questions, steps, domains). */
export const checkParts = (ids: readonly string[]): AuthorProblem[] =>
  ids.length ? checkPartIds(ids) : [{ error: 'no-parts' }];

/** A Kennischeck: questions with at least two options, the right number of them correct, a reachable pass mark. */
export function checkQuiz(questions: readonly QuizQuestion[], passMark?: number): AuthorProblem[] {
  const problems = checkParts(questions.map((q) => q.id));
  for (const question of questions) {
    const at = question.id || undefined;
    problems.push(...checkPartIds(question.options.map((o) => o.id)));
    const correct = question.options.filter((o) => o.correct).length;
    if (question.options.length < 2) problems.push({ error: 'too-few-options', at });
    else if (!correct) problems.push({ error: 'no-correct-option', at });
    else if (correct > 1 && !question.multiple) problems.push({ error: 'several-correct', at });
  }
  if (passMark !== undefined && !(Number.isInteger(passMark) && passMark >= 0 && passMark <= questions.length))
    problems.push({ error: 'bad-pass-mark', at: String(passMark) });
  return problems;
}

/** A dialogue node as read from markup: an ending has no replies by design, a turn must have some. */
export interface MarkupNode extends DialogueNode {
  ending: boolean;
}

/** A Rollenspel: every reply leads somewhere, every turn can be reached and every path can end. */
export function checkDialogueMarkup(nodes: readonly MarkupNode[]): AuthorProblem[] {
  const problems = checkParts(nodes.map((n) => n.id));
  for (const node of nodes)
    if (!node.ending && !node.replies.length) problems.push({ error: 'turn-without-replies', at: node.id });
  for (const problem of checkDialogue(nodes)) {
    if (problem.kind === 'missing-target')
      problems.push({ error: 'missing-target', at: `${problem.node} → ${problem.target}` });
    else if (problem.kind === 'unreachable') problems.push({ error: 'unreachable', at: problem.node });
    else if (problem.kind === 'dead-end') problems.push({ error: 'no-way-out', at: problem.node });
    else if (problem.kind === 'no-ending') problems.push({ error: 'no-way-out' });
  }
  return problems;
}
