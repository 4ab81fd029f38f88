import {
  childrenNamed,
  duplicateIds,
  type AuthorElement,
  type StructureProblem,
} from '../exercises/logic/author-element';
import { checkDialogue, type DialogueNode } from '../exercises/logic/dialogue';

/**
 * Structural checks of the exercise components: what a single element's props cannot say, such as
 * "a question needs options" or "a reply must lead to a turn that exists". Run by the course checker.
 */

const needs = (element: AuthorElement, child: string, min: number, what: string): StructureProblem[] =>
  childrenNamed(element, child).length >= min
    ? []
    : [{ message: `<${element.name}> needs at least ${min === 1 ? 'one' : min} <${child}> (${what})` }];

/** Parts with a fixed parent: the checker's `within` rule reports them in the wrong place, so `only` skips them. */
const PARTS = new Set(['Vraag', 'Optie', 'Beurt', 'Reactie', 'Einde', 'Domein', 'Stap']);

const only = (element: AuthorElement, allowed: readonly string[]): StructureProblem[] =>
  element.children
    .filter((c) => !allowed.includes(c.name) && !PARTS.has(c.name))
    .map((c) => ({
      at: c,
      message: `<${c.name}> cannot be inside <${element.name}>; expected ${allowed.length ? allowed.map((a) => `<${a}>`).join(' or ') : 'no other components'}`,
    }));

export function checkKennischeck(element: AuthorElement): StructureProblem[] {
  const questions = childrenNamed(element, 'Vraag');
  const problems = [
    ...only(element, ['Vraag']),
    ...needs(element, 'Vraag', 1, 'a question with options'),
    ...duplicateIds(questions, 'question'),
  ];
  const passMark = element.props.passMark;
  if (typeof passMark === 'number' && passMark > questions.length)
    problems.push({
      field: 'passMark',
      message: `passMark is ${passMark}, but there ${questions.length === 1 ? 'is 1 question' : `are ${questions.length} questions`}; expected at most ${questions.length}`,
    });
  for (const question of questions) {
    const options = childrenNamed(question, 'Optie');
    problems.push(...only(question, ['Optie']), ...duplicateIds(options, 'option'));
    if (options.length < 2)
      problems.push({ at: question, message: '<Vraag> in a <Kennischeck> needs at least two <Optie> elements' });
    const correct = options.filter((o) => o.props.correct === true).length;
    if (options.length >= 2 && correct === 0)
      problems.push({ at: question, message: '<Vraag> has no correct option; mark one with <Optie correct>' });
    if (correct > 1 && question.props.multiple !== true)
      problems.push({
        at: question,
        message: `<Vraag> has ${correct} correct options; add "multiple" to the <Vraag> for a multiple-choice question`,
      });
    for (const option of options)
      if (!option.text.trim())
        problems.push({ at: option, message: '<Optie> needs its answer text between <Optie> and </Optie>' });
  }
  return problems;
}

/** A question with text only: a prompt of a Reflectie. */
function checkOpenQuestions(element: AuthorElement): StructureProblem[] {
  const questions = childrenNamed(element, 'Vraag');
  const problems = [
    ...only(element, ['Vraag']),
    ...needs(element, 'Vraag', 1, 'an open question'),
    ...duplicateIds(questions, 'question'),
  ];
  for (const question of questions) {
    if (childrenNamed(question, 'Optie').length)
      problems.push({
        at: question,
        message: `<Vraag> in a <${element.name}> is an open question and takes no <Optie>`,
      });
    if (question.props.multiple !== undefined)
      problems.push({
        at: question,
        field: 'multiple',
        message: `"multiple" only applies to a <Vraag> in a <Kennischeck>`,
      });
    if (!question.text.trim())
      problems.push({ at: question, message: '<Vraag> needs its question text between <Vraag> and </Vraag>' });
  }
  return problems;
}

export const checkReflectie = checkOpenQuestions;

export function checkRollenspel(element: AuthorElement): StructureProblem[] {
  const nodes = element.children.filter((c) => c.name === 'Beurt' || c.name === 'Einde');
  const problems = [...only(element, ['Beurt', 'Einde']), ...duplicateIds(nodes, 'turn or ending')];
  if (childrenNamed(element, 'Beurt')[0] !== element.children[0])
    problems.push({ message: '<Rollenspel> starts with its first <Beurt>; put a <Beurt> first' });
  const byId = new Map(nodes.map((n) => [String(n.props.id), n]));
  const graph: DialogueNode[] = nodes.map((n) => ({
    id: String(n.props.id),
    replies: n.name === 'Beurt' ? childrenNamed(n, 'Reactie').map((r) => ({ next: String(r.props.next) })) : [],
  }));
  for (const turn of childrenNamed(element, 'Beurt')) {
    problems.push(...only(turn, ['Reactie']));
    if (!childrenNamed(turn, 'Reactie').length)
      problems.push({ at: turn, message: '<Beurt> needs at least one <Reactie> to choose; use <Einde> for an ending' });
    for (const reply of childrenNamed(turn, 'Reactie'))
      if (!reply.text.trim())
        problems.push({
          at: reply,
          message: '<Reactie> needs the words of the reply between <Reactie> and </Reactie>',
        });
  }
  for (const ending of childrenNamed(element, 'Einde')) problems.push(...only(ending, []));
  const ids = nodes.map((n) => String(n.props.id)).join(', ');
  for (const problem of checkDialogue(graph)) {
    if (problem.kind === 'no-ending') problems.push({ message: '<Rollenspel> needs at least one <Einde>' });
    else if (problem.kind === 'missing-target') {
      const reply = childrenNamed(byId.get(problem.node)!, 'Reactie')[problem.reply];
      problems.push({
        at: reply,
        field: 'next',
        message: `<Reactie next="${problem.target}"> leads to a turn that does not exist; expected one of ${ids}`,
      });
    } else if (problem.kind === 'unreachable')
      problems.push({
        at: byId.get(problem.node),
        message: `"${problem.node}" cannot be reached: no <Reactie> leads to it`,
      });
    else if (problem.kind === 'dead-end')
      problems.push({
        at: byId.get(problem.node),
        message: `from "${problem.node}" no <Einde> can be reached; the participant would go round in circles`,
      });
  }
  return problems;
}

export function checkStappenplan(element: AuthorElement): StructureProblem[] {
  const steps = childrenNamed(element, 'Stap');
  const problems = [
    ...only(element, ['Stap']),
    ...needs(element, 'Stap', 2, 'one per step of the plan'),
    ...duplicateIds(steps, 'step'),
  ];
  for (const step of steps) if (step.children.length) problems.push(...only(step, []));
  return problems;
}

export function checkZelfredzaamheidscan(element: AuthorElement): StructureProblem[] {
  const domains = childrenNamed(element, 'Domein');
  const problems = [
    ...only(element, ['Domein']),
    ...needs(element, 'Domein', 1, 'one per life domain to score'),
    ...duplicateIds(domains, 'domain'),
  ];
  for (const domain of domains)
    if (!domain.text.trim())
      problems.push({
        at: domain,
        message: '<Domein> needs its name between <Domein> and </Domein>, such as "Geldzaken"',
      });
  return problems;
}

/** Elements that hold only Markdown, no other components. */
export const checkLeaf = (element: AuthorElement): StructureProblem[] => only(element, []);

/** A printed sheet: text and callouts only (nothing interactive on paper), a role for a role card. */
export function checkWerkblad(element: AuthorElement): StructureProblem[] {
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
