/**
 * Mistakes in an exercise's markup that an element finds at run time: in a page edited by hand
 * (an LMS page, the gallery) or content from elsewhere, where the build's course checker never
 * looked. Each has a stable code and a one-line fix; the README's authoring guide lists them.
 * Kept short on purpose: this table ships with every exercise page.
 */
export const AUTHOR_ERRORS = {
  'missing-id': ['LL-E001', 'give the exercise an id, such as id="wmo-basis"'],
  'invalid-id': ['LL-E002', 'use only lower-case letters, digits and single hyphens in the id'],
  'duplicate-id': ['LL-E003', 'give every exercise on the page its own id'],
  'no-parts': ['LL-E004', 'add its parts: <Vraag>, <Beurt> and <Einde>, <Stap> or <Domein>'],
  'missing-part-id': ['LL-E005', 'give every question, option, turn, ending, step and domain an id'],
  'duplicate-part-id': ['LL-E006', 'give every part of one exercise its own id'],
  'too-few-options': ['LL-E007', 'give the question at least two <Optie> elements'],
  'no-correct-option': ['LL-E008', 'mark the right answer with <Optie correct>'],
  'several-correct': ['LL-E009', 'add "multiple" to the <Vraag>, or mark one option correct'],
  'bad-pass-mark': ['LL-E010', 'make passMark a whole number, at most the number of questions'],
  'missing-target': ['LL-E011', 'let next name an existing <Beurt> or <Einde> of this Rollenspel'],
  'turn-without-replies': ['LL-E012', 'add <Reactie> elements to the <Beurt>, or make it an <Einde>'],
  'no-way-out': ['LL-E013', 'make sure every path can reach an <Einde>'],
  unreachable: ['LL-E014', 'let a <Reactie> lead to it, or remove it'],
  'empty-part': ['LL-E015', 'write the text of every option, open question, reply and domain'],
  'starts-with-ending': ['LL-E016', 'put a <Beurt> first: the conversation starts there'],
} as const satisfies Record<string, readonly [string, string]>;

export type AuthorErrorName = keyof typeof AUTHOR_ERRORS;

/** One mistake: which, and where in the exercise (a part's id) when that helps to find it. */
export interface AuthorProblem {
  error: AuthorErrorName;
  at?: string;
}

/** The code and name, as shown in place and in the console: `LL-E001 missing-id`. */
export const authorErrorCode = (problem: AuthorProblem): string =>
  `${AUTHOR_ERRORS[problem.error][0]} ${problem.error}`;

/** The one-line fix. */
export const authorErrorHint = (problem: AuthorProblem): string => AUTHOR_ERRORS[problem.error][1];

/**
 * The console line for a problem: code, the element, where, and the fix, e.g.
 * `LL-E011 missing-target: <ll-rollenspel id="jansen"> at "begin": let next name …`.
 */
export function describeAuthorProblem(tag: string, id: string, problem: AuthorProblem): string {
  const element = id ? `<${tag} id="${id}">` : `<${tag}>`;
  const at = problem.at !== undefined ? ` at "${problem.at}"` : '';
  return `${authorErrorCode(problem)}: ${element}${at}: ${authorErrorHint(problem)}`;
}

/** Logs each problem once as a console warning (for whoever builds or checks the page). */
export function warnAuthorProblems(host: Element, problems: readonly AuthorProblem[]): void {
  for (const problem of problems) console.warn(describeAuthorProblem(host.localName, host.id, problem), host);
}
