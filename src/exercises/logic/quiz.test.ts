import { describe, expect, it } from 'vitest';
import {
  checkQuestion,
  decodeAnswers,
  decodeQuizState,
  encodeQuizState,
  isCorrect,
  scoreQuiz,
  toggleOption,
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

  it('reads saved answers tolerantly', () => {
    expect(
      decodeAnswers(questions, { wetten: ['wmo', 'gone', 3], volgorde: ['gesprek', 'aanvraag'], weg: ['x'] }),
    ).toEqual({ wetten: ['wmo'] });
    expect(decodeAnswers(questions, 'nonsense')).toEqual({});
    expect(decodeAnswers(questions, { volgorde: 'gesprek' })).toEqual({});
  });
});

describe('Kennischeck state: pending choices are saved too', () => {
  it('keeps options chosen but not yet checked, next to the checked answers', () => {
    const chosen = toggleOption(questions[0]!, toggleOption(questions[0]!, [], 'wmo', true), 'awbz', true);
    expect(chosen).toEqual(['wmo', 'awbz']);
    const state = { answers: { volgorde: ['gesprek'] }, pending: { wetten: chosen } };
    const saved = encodeQuizState(state);
    expect(saved).toEqual({ a: { volgorde: ['gesprek'] }, p: { wetten: ['wmo', 'awbz'] } });
    expect(decodeQuizState(questions, JSON.parse(JSON.stringify(saved)) as Record<string, unknown>)).toEqual(state);
  });

  it('reads states saved before pending choices were kept ({ a } only)', () => {
    expect(decodeQuizState(questions, { a: { wetten: ['wmo', 'wlz'] } })).toEqual({
      answers: { wetten: ['wmo', 'wlz'] },
      pending: {},
    });
    expect(decodeQuizState(questions, undefined)).toEqual({ answers: {}, pending: {} });
  });

  it('moves a pending choice to the answers when checked, and ignores a check without a choice', () => {
    const state = { answers: {}, pending: { volgorde: ['aanvraag'] } };
    expect(checkQuestion(state, 'volgorde')).toEqual({ answers: { volgorde: ['aanvraag'] }, pending: {} });
    expect(checkQuestion(state, 'wetten')).toBe(state);
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
