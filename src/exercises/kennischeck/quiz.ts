/** Scoring of a Kennischeck: pure, so the element and the tracker agree on every point. */

export interface QuizOption {
  id: string;
  correct: boolean;
}

export interface QuizQuestion {
  id: string;
  multiple: boolean;
  options: QuizOption[];
}

/** Saved answers: the option ids chosen, per checked question. */
export type QuizAnswers = Record<string, string[]>;

/** True when exactly the correct options are chosen. */
export function isCorrect(question: QuizQuestion, chosen: readonly string[]): boolean {
  const correct = question.options.filter((o) => o.correct).map((o) => o.id);
  return correct.length === chosen.length && correct.every((id) => chosen.includes(id));
}

export interface QuizResult {
  /** Every question has been checked. */
  completed: boolean;
  raw: number;
  max: number;
  passed: boolean;
}

/**
 * The score: one point per question answered exactly right. `passMark` is the number of points
 * needed (default: all questions).
 */
export function scoreQuiz(
  questions: readonly QuizQuestion[],
  answers: QuizAnswers,
  passMark = questions.length,
): QuizResult {
  const raw = questions.filter((q) => answers[q.id] && isCorrect(q, answers[q.id]!)).length;
  const completed = questions.every((q) => answers[q.id] !== undefined);
  return { completed, raw, max: questions.length, passed: completed && raw >= passMark };
}

/** Saved answers read tolerantly: only known questions and options survive. */
export function decodeAnswers(questions: readonly QuizQuestion[], value: unknown): QuizAnswers {
  const answers: QuizAnswers = {};
  if (typeof value !== 'object' || value === null) return answers;
  for (const question of questions) {
    const chosen = (value as Record<string, unknown>)[question.id];
    if (!Array.isArray(chosen)) continue;
    const ids = chosen.filter(
      (id): id is string => typeof id === 'string' && question.options.some((o) => o.id === id),
    );
    // An answer naming an option the question no longer has is no answer: the question opens again.
    if (ids.length !== chosen.length) continue;
    if (ids.length && (question.multiple || ids.length === 1)) answers[question.id] = [...new Set(ids)];
  }
  return answers;
}

/** The choices in `value` (question id → option ids), as far as they are lists of strings. */
function choices(value: unknown): Record<string, string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (entry): entry is [string, string[]] =>
        Array.isArray(entry[1]) && entry[1].length > 0 && entry[1].every((id) => typeof id === 'string'),
    ),
  );
}

/**
 * Final answers that name a question or an option the Kennischeck no longer has (a course update
 * renamed or removed it). They never count; they are kept aside (`o`), never deleted.
 */
export function staleAnswers(questions: readonly QuizQuestion[], saved: { a?: unknown } | undefined) {
  return Object.fromEntries(
    Object.entries(choices(saved?.a)).filter(([id, chosen]) => {
      const question = questions.find((q) => q.id === id);
      return !question || chosen.some((option) => !question.options.some((o) => o.id === option));
    }),
  );
}

/** Answers kept aside from earlier versions of the course, and any newly stale ones. */
export function earlierAnswers(
  questions: readonly QuizQuestion[],
  saved: { a?: unknown; o?: unknown } | undefined,
): Record<string, string[]> {
  return { ...choices(saved?.o), ...staleAnswers(questions, saved) };
}

/**
 * A Kennischeck's state. `answers` are the final answers, one per finished question: chosen right,
 * or the last wrong choice once the attempts are used or the participant asked to see the answer.
 * `pending` holds the options chosen but not yet checked, so a selection survives a reload;
 * `tries` counts the wrong checks of a question still open and `wrong` keeps its last wrong choice,
 * whose feedback the participant is reading. Saved as `{ a?, p?, t?, w? }`; states saved before
 * retries existed (`{ a }` or `{ a, p }`) read the same, their answers final as they were then.
 */
export interface QuizState {
  answers: QuizAnswers;
  pending: QuizAnswers;
  tries?: Record<string, number>;
  wrong?: QuizAnswers;
}

/** Checks a question may have before its answer is shown, unless the author sets `attempts`: one more try after a wrong check. */
export const DEFAULT_ATTEMPTS = 2;

/** A saved state read tolerantly; a final answer wins over a pending or wrong choice for the same question. */
export function decodeQuizState(
  questions: readonly QuizQuestion[],
  saved: { a?: unknown; p?: unknown; t?: unknown; w?: unknown } | undefined,
): QuizState {
  const answers = decodeAnswers(questions, saved?.a);
  const pending = decodeAnswers(questions, saved?.p);
  const wrong = decodeAnswers(questions, saved?.w);
  const tries: Record<string, number> = {};
  const savedTries = typeof saved?.t === 'object' && saved.t !== null ? (saved.t as Record<string, unknown>) : {};
  for (const question of questions) {
    const n = savedTries[question.id];
    if (wrong[question.id] && typeof n === 'number' && Number.isInteger(n) && n > 0) tries[question.id] = n;
    else delete wrong[question.id];
  }
  for (const id of Object.keys(answers)) {
    delete pending[id];
    delete tries[id];
    delete wrong[id];
  }
  return { answers, pending, tries, wrong };
}

type SavedQuiz = { a?: QuizAnswers; p?: QuizAnswers; t?: Record<string, number>; w?: QuizAnswers };

/** The state to save, without empty parts; undefined when nothing was chosen at all. */
export function encodeQuizState({ answers, pending, tries = {}, wrong = {} }: QuizState): SavedQuiz | undefined {
  const open = Object.fromEntries(Object.entries(pending).filter(([id, ids]) => ids.length && !answers[id]));
  const tried = Object.keys(tries).filter((id) => !answers[id] && tries[id]! > 0 && wrong[id]?.length);
  const state: SavedQuiz = {
    ...(Object.keys(answers).length ? { a: answers } : {}),
    ...(Object.keys(open).length ? { p: open } : {}),
    ...(tried.length
      ? {
          t: Object.fromEntries(tried.map((id) => [id, tries[id]!])),
          w: Object.fromEntries(tried.map((id) => [id, wrong[id]!])),
        }
      : {}),
  };
  return Object.keys(state).length ? state : undefined;
}

/** The options chosen after turning `option` on or off: a radio replaces, a checkbox adds or removes. */
export function toggleOption(
  question: QuizQuestion,
  current: readonly string[],
  option: string,
  on: boolean,
): string[] {
  if (!question.multiple) return on ? [option] : [];
  const rest = current.filter((id) => id !== option);
  return on ? [...rest, option] : rest;
}

export const sameChoice = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * Checks the pending choice of one question. Right: it becomes the final answer. Wrong: the
 * participant reads feedback on it and may try again, the choice staying selected; once `attempts`
 * wrong checks are used it becomes the final answer (and the right one is shown). Unchanged when
 * nothing is chosen, or when the choice is the one just found wrong.
 */
export function checkQuestion(state: QuizState, question: QuizQuestion, attempts = DEFAULT_ATTEMPTS): QuizState {
  const id = question.id;
  const chosen = state.pending[id];
  if (!chosen?.length || state.answers[id] || sameChoice(chosen, state.wrong?.[id])) return state;
  const tries = { ...state.tries };
  const wrong = { ...state.wrong };
  const pending = { ...state.pending };
  const used = (tries[id] ?? 0) + 1;
  if (isCorrect(question, chosen) || used >= attempts) {
    delete pending[id];
    delete tries[id];
    delete wrong[id];
    return { answers: { ...state.answers, [id]: chosen }, pending, tries, wrong };
  }
  return { answers: state.answers, pending, tries: { ...tries, [id]: used }, wrong: { ...wrong, [id]: chosen } };
}

/**
 * "Toon het antwoord": the question ends with the last choice found wrong as its answer, so a shown
 * answer never earns a point (whatever is selected at that moment). Only after a wrong check.
 */
export function showAnswer(state: QuizState, questionId: string): QuizState {
  const last = state.wrong?.[questionId];
  if (!last?.length || state.answers[questionId]) return state;
  const next = copyState(state);
  delete next.pending[questionId];
  delete next.tries[questionId];
  delete next.wrong[questionId];
  return { ...next, answers: { ...state.answers, [questionId]: last } };
}

function copyState(state: QuizState): Required<QuizState> {
  return {
    answers: { ...state.answers },
    pending: { ...state.pending },
    tries: { ...state.tries },
    wrong: { ...state.wrong },
  };
}

/** How many checks a question still has before its answer is shown. */
export function attemptsLeft(state: QuizState, questionId: string, attempts = DEFAULT_ATTEMPTS): number {
  return Math.max(0, attempts - (state.tries?.[questionId] ?? 0));
}
