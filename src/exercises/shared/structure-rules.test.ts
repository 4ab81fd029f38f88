import { describe, expect, it } from 'vitest';
import { AUTHOR_ERRORS } from './author-errors';
import {
  authorProblem,
  buildMessage,
  checkExerciseId,
  checkStructure,
  structureProblems,
  type DialogueNodePart,
  type ExerciseModel,
  type Finding,
  type QuizQuestionPart,
  type RuleName,
} from './structure-rules';

const question = (id: string, correct: boolean[], multiple = false): QuizQuestionPart<string> => ({
  id,
  multiple,
  options: correct.map((c, i) => ({ id: `o${i}`, correct: c, ref: `${id}.o${i}` })),
  ref: id,
});
const quiz = (questions: QuizQuestionPart<string>[], passMark?: number): ExerciseModel<string> => ({
  kind: 'kennischeck',
  questions,
  ...(passMark !== undefined ? { passMark } : {}),
});
const parts = (kind: 'reflectie' | 'stappenplan' | 'zelfredzaamheidscan', ids: string[]): ExerciseModel<string> => ({
  kind,
  parts: ids.map((id) => ({ id, ref: id })),
});
const turn = (id: string, ...next: string[]): DialogueNodePart<string> => ({
  id,
  ending: false,
  replies: next.map((n) => ({ id: '', next: n, ref: `${id}→${n}` })),
  ref: id,
});
const ending = (id: string): DialogueNodePart<string> => ({ id, ending: true, replies: [], ref: id });
const dialogue = (...nodes: DialogueNodePart<string>[]): ExerciseModel<string> => ({ kind: 'rollenspel', nodes });

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

describe('parts', () => {
  it('needs enough parts, each with its own id', () => {
    expect(structureProblems(parts('reflectie', ['a', 'b']))).toEqual([]);
    expect(structureProblems(parts('zelfredzaamheidscan', []))).toEqual([{ error: 'no-parts' }]);
    expect(structureProblems(parts('reflectie', ['a', '', 'a']))).toEqual([
      { error: 'missing-part-id', at: '#2' },
      { error: 'duplicate-part-id', at: 'a' },
    ]);
  });
  it('needs two steps in a Stappenplan, as the build always did', () => {
    expect(structureProblems(parts('stappenplan', ['a', 'b']))).toEqual([]);
    expect(structureProblems(parts('stappenplan', ['a']))).toEqual([{ error: 'no-parts' }]);
  });
  it('needs the text of parts whose reader gives it', () => {
    const model: ExerciseModel<string> = {
      kind: 'zelfredzaamheidscan',
      parts: [
        { id: 'geld', text: 'Geldzaken', ref: 'geld' },
        { id: 'werk', text: '  ', ref: 'werk' },
      ],
    };
    expect(structureProblems(model)).toEqual([{ error: 'empty-part', at: 'werk' }]);
  });
});

describe('Kennischeck', () => {
  it('accepts single and multiple choice questions with a reachable pass mark', () => {
    expect(
      structureProblems(quiz([question('a', [true, false]), question('b', [true, true, false], true)], 2)),
    ).toEqual([]);
  });
  it('finds a quiz without questions and questions without (enough) options', () => {
    expect(structureProblems(quiz([]))).toEqual([{ error: 'no-parts' }]);
    expect(structureProblems(quiz([question('a', []), question('b', [true])]))).toEqual([
      { error: 'too-few-options', at: 'a' },
      { error: 'too-few-options', at: 'b' },
    ]);
  });
  it('finds questions with no correct option, or several without "multiple"', () => {
    expect(structureProblems(quiz([question('a', [false, false]), question('b', [true, true])]))).toEqual([
      { error: 'no-correct-option', at: 'a' },
      { error: 'several-correct', at: 'b' },
    ]);
  });
  it('finds doubled option ids and a pass mark that cannot be reached', () => {
    const doubled = question('a', [true, false]);
    doubled.options[1]!.id = 'o0';
    expect(structureProblems(quiz([doubled]))).toEqual([{ error: 'duplicate-part-id', at: 'o0' }]);
    expect(structureProblems(quiz([question('a', [true, false])], 2))).toEqual([{ error: 'bad-pass-mark', at: '2' }]);
    expect(structureProblems(quiz([question('a', [true, false])], Number.NaN))).toEqual([
      { error: 'bad-pass-mark', at: 'NaN' },
    ]);
    expect(structureProblems(quiz([question('a', [true, false])], 0))).toEqual([]);
  });
});

describe('Rollenspel', () => {
  it('accepts a dialogue where every reply leads somewhere and every path ends', () => {
    expect(structureProblems(dialogue(turn('begin', 'goed', 'fout'), ending('goed'), ending('fout')))).toEqual([]);
  });
  it('finds a reply pointing to a missing node', () => {
    expect(structureProblems(dialogue(turn('begin', 'goed', 'weg'), ending('goed')))).toEqual([
      { error: 'missing-target', at: 'begin → weg' },
    ]);
  });
  it('finds a turn without replies, an unreachable node and a loop without a way out', () => {
    expect(structureProblems(dialogue(turn('begin', 'leeg'), turn('leeg'), ending('los')))).toEqual([
      { error: 'turn-without-replies', at: 'leeg' },
      { error: 'unreachable', at: 'los' },
    ]);
    expect(structureProblems(dialogue(turn('a', 'b'), turn('b', 'a')))).toEqual([{ error: 'no-way-out' }]);
    expect(structureProblems(dialogue(turn('a', 'b', 'einde'), turn('b', 'b'), ending('einde')))).toEqual([
      { error: 'no-way-out', at: 'b' },
    ]);
  });
  it('finds a dialogue without turns, or one that starts with its ending', () => {
    expect(structureProblems(dialogue())).toEqual([{ error: 'no-parts' }]);
    expect(structureProblems(dialogue(ending('klaar'), turn('begin', 'klaar')))).toEqual([
      { error: 'starts-with-ending', at: 'klaar' },
      { error: 'unreachable', at: 'begin' },
    ]);
  });
});

/** One broken exercise per rule: the finding it gives, and what both reporters make of it. */
const EXAMPLES: Record<RuleName, { model: ExerciseModel<string>; build: string; code: string }> = {
  'too-few-parts': {
    model: parts('stappenplan', ['a']),
    build: '<Stappenplan> needs at least 2 <Stap> (one per step of the plan)',
    code: 'LL-E004',
  },
  'missing-part-id': {
    model: parts('zelfredzaamheidscan', ['geld', '']),
    build: '(the schema of the part reports it)',
    code: 'LL-E005',
  },
  'duplicate-part-id': {
    model: parts('reflectie', ['a', 'a']),
    build: 'a: id: the question id "a" is used twice here; every question needs its own id',
    code: 'LL-E006',
  },
  'empty-part': {
    model: quiz([
      {
        ...question('v', [true, false]),
        options: [...question('v', [true]).options, { id: 'b', correct: false, text: ' ', ref: 'v.b' }],
      },
    ]),
    build: 'v.b: <Optie> needs its answer text between <Optie> and </Optie>',
    code: 'LL-E015',
  },
  'too-few-options': {
    model: quiz([question('v', [true])]),
    build: 'v: <Vraag> in a <Kennischeck> needs at least two <Optie> elements',
    code: 'LL-E007',
  },
  'no-correct-option': {
    model: quiz([question('v', [false, false])]),
    build: 'v: <Vraag> has no correct option; mark one with <Optie correct>',
    code: 'LL-E008',
  },
  'several-correct': {
    model: quiz([question('v', [true, true])]),
    build: 'v: <Vraag> has 2 correct options; add "multiple" to the <Vraag> for a multiple-choice question',
    code: 'LL-E009',
  },
  'bad-pass-mark': {
    model: quiz([question('v', [true, false])], 3),
    build: 'passMark: passMark is 3, but there is 1 question; expected at most 1',
    code: 'LL-E010',
  },
  'starts-with-ending': {
    model: dialogue(ending('klaar')),
    build: '<Rollenspel> starts with its first <Beurt>; put a <Beurt> first',
    code: 'LL-E016',
  },
  'turn-without-replies': {
    model: dialogue(turn('begin', 'stil'), turn('stil', 'klaar'), turn('klaar')),
    build: 'klaar: <Beurt> needs at least one <Reactie> to choose; use <Einde> for an ending',
    code: 'LL-E012',
  },
  'missing-target': {
    model: dialogue(turn('begin', 'weg'), ending('klaar')),
    build: 'begin→weg: next: <Reactie next="weg"> leads to a turn that does not exist; expected one of begin, klaar',
    code: 'LL-E011',
  },
  unreachable: {
    model: dialogue(turn('begin', 'klaar'), ending('klaar'), ending('los')),
    build: 'los: "los" cannot be reached: no <Reactie> leads to it',
    code: 'LL-E014',
  },
  'dead-end': {
    model: dialogue(turn('begin', 'rond', 'klaar'), turn('rond', 'rond'), ending('klaar')),
    build: 'rond: from "rond" no <Einde> can be reached; the participant would go round in circles',
    code: 'LL-E013',
  },
  'no-ending': {
    model: dialogue(turn('a', 'b'), turn('b', 'a')),
    build: '<Rollenspel> needs at least one <Einde>',
    code: 'LL-E013',
  },
};

/** The build's reporter as "where: field: message" (where is the part's ref; none for the exercise). */
function asBuild(finding: Finding<string>): string {
  const reported = buildMessage(finding);
  if (!reported) return '(the schema of the part reports it)';
  return [reported.at, reported.field, reported.message].filter(Boolean).join(': ');
}

describe('each rule, through both reporters', () => {
  for (const [rule, { model, build, code }] of Object.entries(EXAMPLES) as [RuleName, (typeof EXAMPLES)[RuleName]][])
    it(rule, () => {
      const findings = checkStructure(model).filter((f) => f.rule === rule);
      expect(findings).toHaveLength(1);
      expect(asBuild(findings[0]!)).toBe(build);
      expect(AUTHOR_ERRORS[authorProblem(findings[0]!).error][0]).toBe(code);
    });
});
