import { describe, expect, it } from 'vitest';
import { decodeAnswers, isCorrect, scoreQuiz, type QuizQuestion } from './quiz';

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
