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
    if (ids.length && (question.multiple || ids.length === 1)) answers[question.id] = [...new Set(ids)];
  }
  return answers;
}

/**
 * A Kennischeck's state: the checked answers and the options chosen but not yet checked, so a
 * selection survives a reload. Saved as `{ a?: answers, p?: pending }`; states saved before
 * pending selections were kept (`{ a }` only) read the same.
 */
export interface QuizState {
  answers: QuizAnswers;
  pending: QuizAnswers;
}

/** A saved state read tolerantly; a checked answer wins over a pending choice for the same question. */
export function decodeQuizState(
  questions: readonly QuizQuestion[],
  saved: { a?: unknown; p?: unknown } | undefined,
): QuizState {
  const answers = decodeAnswers(questions, saved?.a);
  const pending = decodeAnswers(questions, saved?.p);
  for (const id of Object.keys(answers)) delete pending[id];
  return { answers, pending };
}

/** The state to save, without empty parts; undefined when nothing was chosen at all. */
export function encodeQuizState({ answers, pending }: QuizState): { a?: QuizAnswers; p?: QuizAnswers } | undefined {
  const open = Object.fromEntries(Object.entries(pending).filter(([id, ids]) => ids.length && !answers[id]));
  const state = {
    ...(Object.keys(answers).length ? { a: answers } : {}),
    ...(Object.keys(open).length ? { p: open } : {}),
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

/** Checks the pending choice of one question: it moves to the answers. Unchanged when nothing is chosen. */
export function checkQuestion(state: QuizState, questionId: string): QuizState {
  const chosen = state.pending[questionId];
  if (!chosen?.length) return state;
  const pending = { ...state.pending };
  delete pending[questionId];
  return { answers: { ...state.answers, [questionId]: chosen }, pending };
}
