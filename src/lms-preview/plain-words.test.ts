import { describe, expect, it } from 'vitest';
import { chosenOptions, exitWords, resultWords, sessionParts, statusWords, typeWords } from './plain-words';

describe('raw SCORM values in plain words', () => {
  it('has words for every status, exit, type and result a Leerlijn package records', () => {
    expect(['not attempted', 'incomplete', 'completed', 'passed', 'failed', ''].map(statusWords)).toEqual([
      'lmsv.notAttempted',
      'lmsv.incomplete',
      'lmsv.completed',
      'lmsv.passed',
      'lmsv.failed',
      'lmsv.unknown',
    ]);
    expect(exitWords('suspend')).toBe('lmsv.exitSuspend');
    expect(exitWords('')).toBe('lmsv.exitNone');
    expect(['choice', 'fill-in', 'long-fill-in', 'likert', 'performance', 'other'].map(typeWords)).not.toContain(
      undefined,
    );
    expect(resultWords('wrong')).toBe('lmsv.wrong');
    expect(resultWords('incorrect')).toBe('lmsv.wrong');
    expect(resultWords('')).toBe('lmsv.noResult');
    expect(resultWords('0.5')).toBeUndefined();
  });

  it('reads session time of both versions', () => {
    expect(sessionParts('00:01:02.5')).toEqual({ h: 0, m: 1, s: 3 });
    expect(sessionParts('PT1H2M3.45S')).toEqual({ h: 1, m: 2, s: 3 });
    expect(sessionParts('PT0S')).toEqual({ h: 0, m: 0, s: 0 });
    expect(sessionParts('')).toBeUndefined();
  });

  it('maps 1.2 letters and 2004 tokens back onto the options shown', () => {
    const options = [{ id: 'arm' }, { id: 'rijk-zijn' }, { id: 'meedoen' }];
    expect(chosenOptions('1.2', 'a,c', options)).toEqual([{ id: 'arm' }, { id: 'meedoen' }]);
    expect(chosenOptions('2004', 'rijk_zijn', options)).toEqual([{ id: 'rijk-zijn' }]);
    expect(chosenOptions('1.2', '', options)).toEqual([]);
  });
});
