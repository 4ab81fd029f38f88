import { describe, expect, it } from 'vitest';
import { recorded, relaunchModel } from './data-model';

describe('LMS preview data model', () => {
  it('reads status, score, location, suspend_data size, interactions and objectives (1.2)', () => {
    const cmi = {
      suspend_data: 'L1:abc',
      student_data: { mastery_score: '70' },
      core: {
        lesson_status: 'passed',
        lesson_location: 'bijeenkomst-2/',
        exit: 'suspend',
        session_time: '00:01:02',
        score: { raw: '80', min: '0', max: '100' },
      },
      objectives: {
        1: { id: 'bijeenkomst-2', status: 'incomplete', score: { raw: '50' } },
        0: { id: 'bijeenkomst-1', status: 'completed', score: { raw: '100' } },
      },
      interactions: { 0: { id: 'q1', type: 'choice', student_response: 'a', result: 'correct' } },
    };
    expect(recorded('1.2', cmi)).toEqual({
      completion: 'passed',
      success: 'passed',
      score: '80 (0–100)',
      scoreRaw: '80',
      mastery: 70,
      location: 'bijeenkomst-2/',
      exit: 'suspend',
      sessionTime: '00:01:02',
      suspendLength: 6,
      suspendLimit: 4096,
      interactions: [{ id: 'q1', type: 'choice', response: 'a', result: 'correct' }],
      objectives: [
        { id: 'bijeenkomst-1', status: 'completed', progress: '100' },
        { id: 'bijeenkomst-2', status: 'incomplete', progress: '50' },
      ],
    });
  });

  it('reads the 2004 score with the scaled passing score as the mastery score', () => {
    const cmi = {
      completion_status: 'completed',
      success_status: 'passed',
      scaled_passing_score: '0.7',
      score: { raw: '80', scaled: '0.8' },
    };
    expect(recorded('2004', cmi)).toMatchObject({ score: '80 (0–100), scaled 0.8', scoreRaw: '80', mastery: 70 });
    expect(recorded('2004', { completion_status: 'incomplete' })).toMatchObject({
      score: '',
      scoreRaw: '',
      mastery: undefined,
    });
  });

  it('hands back location and suspend_data in 2004 only after exit suspend, as Moodle does', () => {
    const learner = { id: 'x', name: 'X' };
    expect(relaunchModel('2004', { exit: 'suspend', location: 'b/', suspend_data: 'd' }, learner, 70)).toMatchObject({
      entry: 'resume',
      location: 'b/',
      suspend_data: 'd',
      scaled_passing_score: '0.7',
    });
    expect(relaunchModel('2004', { exit: '', location: 'b/', suspend_data: 'd' }, learner, 70)).toMatchObject({
      entry: '',
      location: '',
      suspend_data: '',
    });
    expect(relaunchModel('1.2', { core: { exit: 'suspend' } }, learner, 70)).toMatchObject({
      core: { entry: 'resume' },
      student_data: { mastery_score: '70' },
    });
    expect(relaunchModel('1.2', { core: { exit: 'suspend' } }, learner, 70, 'review')).toMatchObject({
      core: { lesson_mode: 'review', credit: 'no-credit' },
    });
    expect(relaunchModel('2004', { exit: 'suspend' }, learner, 70, 'review')).toMatchObject({
      mode: 'review',
      credit: 'no-credit',
    });
  });
});
