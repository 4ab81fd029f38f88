import { describe, expect, it } from 'vitest';
import {
  checkQuestion,
  decodeAnswers,
  earlierAnswers,
  staleAnswers,
  decodeQuizState,
  encodeQuizState,
  isCorrect,
  scoreQuiz,
  showAnswer,
  toggleOption,
  attemptsLeft,
  DEFAULT_ATTEMPTS,
  type QuizQuestion,
} from './quiz';

const questions: QuizQuestion[] = [
  {
    id: 'wetten',
    multiple: true,
    options: [
      { id: 'wmo', correct: true },
      { id: 'wlz', correct: true },
      { id: 'awbz', correct: false },
    ],
  },
  {
    id: 'volgorde',
    multiple: false,
    options: [
      { id: 'gesprek', correct: true },
      { id: 'aanvraag', correct: false },
    ],
  },
];

describe('Kennischeck scoring', () => {
  it('counts a multiple-choice question right only with exactly the correct options', () => {
    expect(isCorrect(questions[0]!, ['wlz', 'wmo'])).toBe(true);
    expect(isCorrect(questions[0]!, ['wmo'])).toBe(false);
    expect(isCorrect(questions[0]!, ['wmo', 'wlz', 'awbz'])).toBe(false);
  });

  it('is not completed until every question is checked', () => {
    expect(scoreQuiz(questions, { wetten: ['wmo', 'wlz'] })).toEqual({
      completed: false,
      raw: 1,
      max: 2,
      passed: false,
    });
  });

  it('passes at the pass mark and defaults it to all questions', () => {
    const answers = { wetten: ['wmo', 'wlz'], volgorde: ['aanvraag'] };
    expect(scoreQuiz(questions, answers, 1)).toEqual({ completed: true, raw: 1, max: 2, passed: true });
    expect(scoreQuiz(questions, answers)).toEqual({ completed: true, raw: 1, max: 2, passed: false });
    expect(scoreQuiz(questions, { wetten: ['wmo', 'wlz'], volgorde: ['gesprek'] })).toMatchObject({
      raw: 2,
      passed: true,
    });
  });

  // Was: an answer kept its known options ({ wetten: ['wmo'] }). Counting what is left of an answer
  // whose option was renamed let a course update pass a Kennischeck nobody finished (issue 16, case 7).
  it('reads saved answers tolerantly, and an answer naming an option that is gone is no answer', () => {
    expect(
      decodeAnswers(questions, { wetten: ['wmo', 'gone', 3], volgorde: ['gesprek', 'aanvraag'], weg: ['x'] }),
    ).toEqual({});
    expect(decodeAnswers(questions, { wetten: ['wmo', 'wlz'], volgorde: ['gesprek'] })).toEqual({
      wetten: ['wmo', 'wlz'],
      volgorde: ['gesprek'],
    });
    expect(decodeAnswers(questions, 'nonsense')).toEqual({});
    expect(decodeAnswers(questions, { volgorde: 'gesprek' })).toEqual({});
  });

  it('case 7: keeps answers to renamed options and questions aside, never counted, never deleted', () => {
    const saved = { a: { wetten: ['wmo', 'oud'], volgorde: ['gesprek'], hernoemd: ['x'] }, o: { eerder: ['y'] } };
    expect(staleAnswers(questions, saved)).toEqual({ wetten: ['wmo', 'oud'], hernoemd: ['x'] });
    expect(earlierAnswers(questions, saved)).toEqual({ eerder: ['y'], wetten: ['wmo', 'oud'], hernoemd: ['x'] });
    expect(decodeQuizState(questions, saved).answers).toEqual({ volgorde: ['gesprek'] });
    expect(scoreQuiz(questions, decodeQuizState(questions, saved).answers).completed).toBe(false);
    expect(staleAnswers(questions, { a: { volgorde: ['gesprek'] } })).toEqual({});
  });
});

describe('Kennischeck state: pending choices are saved too', () => {
  it('keeps options chosen but not yet checked, next to the checked answers', () => {
    const chosen = toggleOption(questions[0]!, toggleOption(questions[0]!, [], 'wmo', true), 'awbz', true);
    expect(chosen).toEqual(['wmo', 'awbz']);
    const state = { answers: { volgorde: ['gesprek'] }, pending: { wetten: chosen } };
    const saved = encodeQuizState(state);
    expect(saved).toEqual({ a: { volgorde: ['gesprek'] }, p: { wetten: ['wmo', 'awbz'] } });
    expect(decodeQuizState(questions, JSON.parse(JSON.stringify(saved)) as Record<string, unknown>)).toMatchObject(
      state,
    );
  });

  it('reads states saved before pending choices were kept ({ a } only)', () => {
    expect(decodeQuizState(questions, { a: { wetten: ['wmo', 'wlz'] } })).toEqual({
      answers: { wetten: ['wmo', 'wlz'] },
      pending: {},
      tries: {},
      wrong: {},
    });
    expect(decodeQuizState(questions, undefined)).toEqual({ answers: {}, pending: {}, tries: {}, wrong: {} });
  });

  it('moves a pending choice to the answers when checked, and ignores a check without a choice', () => {
    const state = { answers: {}, pending: { volgorde: ['aanvraag'] } };
    expect(checkQuestion(state, questions[1]!, 1)).toEqual({
      answers: { volgorde: ['aanvraag'] },
      pending: {},
      tries: {},
      wrong: {},
    });
    expect(checkQuestion(state, questions[0]!)).toBe(state);
  });

  it('lets a checked answer win over a pending choice, and saves nothing when nothing is chosen', () => {
    expect(decodeQuizState(questions, { a: { volgorde: ['gesprek'] }, p: { volgorde: ['aanvraag'] } }).pending).toEqual(
      {},
    );
    expect(encodeQuizState({ answers: {}, pending: { wetten: [] } })).toBeUndefined();
  });

  it('replaces a radio choice and adds or removes checkbox choices', () => {
    expect(toggleOption(questions[1]!, ['gesprek'], 'aanvraag', true)).toEqual(['aanvraag']);
    expect(toggleOption(questions[0]!, ['wmo', 'wlz'], 'wmo', false)).toEqual(['wlz']);
  });

  it('stays compact: a pending choice costs only its ids', () => {
    expect(JSON.stringify(encodeQuizState({ answers: {}, pending: { volgorde: ['gesprek'] } }))).toBe(
      '{"p":{"volgorde":["gesprek"]}}',
    );
  });
});

describe('Kennischeck retries and the shown answer', () => {
  const [wetten, volgorde] = questions as [QuizQuestion, QuizQuestion];
  const wrongOnce = checkQuestion({ answers: {}, pending: { volgorde: ['aanvraag'] } }, volgorde);

  it('keeps a wrong choice open with its feedback and one more try by default', () => {
    expect(wrongOnce).toEqual({
      answers: {},
      pending: { volgorde: ['aanvraag'] },
      tries: { volgorde: 1 },
      wrong: { volgorde: ['aanvraag'] },
    });
    expect(attemptsLeft(wrongOnce, 'volgorde')).toBe(DEFAULT_ATTEMPTS - 1);
    expect(scoreQuiz(questions, wrongOnce.answers).completed).toBe(false);
    // Checking the same wrong choice again uses no attempt.
    expect(checkQuestion(wrongOnce, volgorde)).toBe(wrongOnce);
  });

  it('counts a question right when the participant then chooses right', () => {
    const retried = checkQuestion({ ...wrongOnce, pending: { volgorde: ['gesprek'] } }, volgorde);
    expect(retried.answers).toEqual({ volgorde: ['gesprek'] });
    expect(retried.tries).toEqual({});
    expect(scoreQuiz([volgorde], retried.answers)).toMatchObject({ completed: true, raw: 1, passed: true });
  });

  it('ends a question with the wrong choice once the attempts are used', () => {
    const three = {
      ...wetten,
      id: 'drie',
      multiple: false,
      options: [...volgorde.options, { id: 'x', correct: false }],
    };
    const first = checkQuestion({ answers: {}, pending: { drie: ['aanvraag'] } }, three, 2);
    const second = checkQuestion({ ...first, pending: { drie: ['x'] } }, three, 2);
    expect(second.answers).toEqual({ drie: ['x'] });
    expect(scoreQuiz([three], second.answers).raw).toBe(0);
    // One attempt: the first check is final, as Kennischecks were before retries.
    expect(checkQuestion({ answers: {}, pending: { drie: ['x'] } }, three, 1).answers).toEqual({ drie: ['x'] });
  });

  it('gives no point for a shown answer, whatever is selected when it is shown', () => {
    const switched = { ...wrongOnce, pending: { volgorde: ['gesprek'] } };
    const shown = showAnswer(switched, 'volgorde');
    expect(shown.answers).toEqual({ volgorde: ['aanvraag'] });
    expect(shown.pending).toEqual({});
    expect(scoreQuiz([volgorde], shown.answers)).toMatchObject({ completed: true, raw: 0, passed: false });
    // Only after a wrong check.
    const fresh = { answers: {}, pending: { volgorde: ['gesprek'] } };
    expect(showAnswer(fresh, 'volgorde')).toBe(fresh);
  });

  it('saves and reads tries and the last wrong choice, and drops them for finished questions', () => {
    const saved = encodeQuizState(wrongOnce);
    expect(saved).toEqual({ p: { volgorde: ['aanvraag'] }, t: { volgorde: 1 }, w: { volgorde: ['aanvraag'] } });
    expect(decodeQuizState(questions, JSON.parse(JSON.stringify(saved)) as Record<string, unknown>)).toEqual(wrongOnce);
    expect(
      decodeQuizState(questions, { a: { volgorde: ['gesprek'] }, t: { volgorde: 1 }, w: { volgorde: ['aanvraag'] } }),
    ).toEqual({ answers: { volgorde: ['gesprek'] }, pending: {}, tries: {}, wrong: {} });
    // Tolerant: a count without a choice, or a nonsense count, is dropped.
    expect(decodeQuizState(questions, { t: { volgorde: 'x' }, w: { volgorde: ['aanvraag'] } }).wrong).toEqual({});
    expect(decodeQuizState(questions, { t: { volgorde: 1 } }).tries).toEqual({});
  });

  it('reads answers saved before retries existed as final, with the same score', () => {
    const old = { a: { wetten: ['wmo', 'wlz'], volgorde: ['aanvraag'] } };
    const state = decodeQuizState(questions, old);
    expect(state.answers).toEqual(old.a);
    expect(scoreQuiz(questions, state.answers)).toEqual({ completed: true, raw: 1, max: 2, passed: false });
    expect(encodeQuizState(state)).toEqual(old);
  });
});
