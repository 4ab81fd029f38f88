import { describe, expect, it } from 'vitest';
import { checkDialogueMarkup, checkExerciseId, checkParts, checkQuiz, type MarkupNode } from './author-checks';
import type { QuizQuestion } from './quiz';

const question = (id: string, correct: boolean[], multiple = false): QuizQuestion => ({
  id,
  multiple,
  options: correct.map((c, i) => ({ id: `o${i}`, correct: c })),
});

describe('checkExerciseId', () => {
  it('accepts an id state can be saved under, used once', () => {
    expect(checkExerciseId('wmo-basis', 1)).toEqual([]);
  });
  it('finds a missing, unsavable or doubled id', () => {
    expect(checkExerciseId('', 0)).toEqual([{ error: 'missing-id' }]);
    expect(checkExerciseId('Wmo Basis', 1)).toEqual([{ error: 'invalid-id', at: 'Wmo Basis' }]);
    expect(checkExerciseId('wmo', 2)).toEqual([{ error: 'duplicate-id', at: 'wmo' }]);
  });
});

describe('checkParts', () => {
  it('needs at least one part, each with its own id', () => {
    expect(checkParts(['a', 'b'])).toEqual([]);
    expect(checkParts([])).toEqual([{ error: 'no-parts' }]);
    expect(checkParts(['a', '', 'a'])).toEqual([
      { error: 'missing-part-id', at: '#2' },
      { error: 'duplicate-part-id', at: 'a' },
    ]);
  });
});

describe('checkQuiz', () => {
  it('accepts single and multiple choice questions with a reachable pass mark', () => {
    expect(checkQuiz([question('a', [true, false]), question('b', [true, true, false], true)], 2)).toEqual([]);
  });
  it('finds a quiz without questions and questions without (enough) options', () => {
    expect(checkQuiz([])).toEqual([{ error: 'no-parts' }]);
    expect(checkQuiz([question('a', []), question('b', [true])])).toEqual([
      { error: 'too-few-options', at: 'a' },
      { error: 'too-few-options', at: 'b' },
    ]);
  });
  it('finds questions with no correct option, or several without "multiple"', () => {
    expect(checkQuiz([question('a', [false, false]), question('b', [true, true])])).toEqual([
      { error: 'no-correct-option', at: 'a' },
      { error: 'several-correct', at: 'b' },
    ]);
  });
  it('finds doubled option ids and a pass mark that cannot be reached', () => {
    const doubled: QuizQuestion = {
      id: 'a',
      multiple: false,
      options: [
        { id: 'x', correct: true },
        { id: 'x', correct: false },
      ],
    };
    expect(checkQuiz([doubled])).toEqual([{ error: 'duplicate-part-id', at: 'x' }]);
    expect(checkQuiz([question('a', [true, false])], 2)).toEqual([{ error: 'bad-pass-mark', at: '2' }]);
    expect(checkQuiz([question('a', [true, false])], Number.NaN)).toEqual([{ error: 'bad-pass-mark', at: 'NaN' }]);
  });
});

describe('checkDialogueMarkup', () => {
  const turn = (id: string, ...next: string[]): MarkupNode => ({
    id,
    ending: false,
    replies: next.map((n) => ({ next: n })),
  });
  const ending = (id: string): MarkupNode => ({ id, ending: true, replies: [] });

  it('accepts a dialogue where every reply leads somewhere and every path ends', () => {
    expect(checkDialogueMarkup([turn('begin', 'goed', 'fout'), ending('goed'), ending('fout')])).toEqual([]);
  });
  it('finds a reply pointing to a missing node', () => {
    expect(checkDialogueMarkup([turn('begin', 'goed', 'weg'), ending('goed')])).toEqual([
      { error: 'missing-target', at: 'begin → weg' },
    ]);
  });
  it('finds a turn without replies, an unreachable node and a loop without a way out', () => {
    expect(checkDialogueMarkup([turn('begin', 'leeg'), turn('leeg'), ending('los')])).toEqual([
      { error: 'turn-without-replies', at: 'leeg' },
      { error: 'unreachable', at: 'los' },
    ]);
    expect(checkDialogueMarkup([turn('a', 'b'), turn('b', 'a')])).toEqual([{ error: 'no-way-out' }]);
    expect(checkDialogueMarkup([turn('a', 'b', 'einde'), turn('b', 'b'), ending('einde')])).toEqual([
      { error: 'no-way-out', at: 'b' },
    ]);
  });
  it('finds a dialogue without turns', () => {
    expect(checkDialogueMarkup([])).toEqual([{ error: 'no-parts' }]);
  });
});
