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
