import { describe, expect, it } from 'vitest';
import { formatScaled, safeIdentifier } from './formats';
import { formatSessionTime, formatTimestamp, interactionValues } from './scorm-elements';

describe('value formats an LMS accepts', () => {
  it('writes session time as HH:MM:SS(.ss) for 1.2 and PT…S for 2004, PT0S for zero', () => {
    expect(formatSessionTime(0, '1.2')).toBe('00:00:00');
    expect(formatSessionTime(3_723_450, '1.2')).toBe('01:02:03.45');
    expect(formatSessionTime(0, '2004')).toBe('PT0S');
    expect(formatSessionTime(3_723_450, '2004')).toBe('PT1H2M3.45S');
    expect(formatSessionTime(60_000, '2004')).toBe('PT1M');
    expect(formatSessionTime(3_723_450, '1.2')).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  });

  it('writes timestamps without milliseconds or zone', () => {
    const date = new Date(2026, 10, 23, 9, 5, 7, 123);
    expect(formatTimestamp(date, '1.2')).toBe('09:05:07');
    expect(formatTimestamp(date, '2004')).toBe('2026-11-23T09:05:07');
  });

  it('writes scaled scores with a leading digit and at most 7 decimals', () => {
    expect(formatScaled(7 / 9)).toBe('0.7777778');
    expect(formatScaled(1)).toBe('1');
    expect(formatScaled(0)).toBe('0');
  });

  it('makes identifiers printable ASCII without spaces or urn: prefix', () => {
    expect(safeIdentifier('reflectie één')).toBe('reflectie_een');
    expect(safeIdentifier('urn:x')).toBe('id-urn:x');
  });

  it('maps choice answers onto each standard’s response pattern', () => {
    expect(interactionValues({ id: 'q1', type: 'choice', response: ['a', 'c'], correct: true }, '1.2')).toEqual({
      id: 'q1',
      type: 'choice',
      response: 'a,c',
      result: 'correct',
    });
    expect(interactionValues({ id: 'q1', type: 'choice', response: ['optie-a'], correct: false }, '1.2')).toEqual({
      id: 'q1',
      type: 'fill-in',
      response: 'optie-a',
      result: 'wrong',
    });
    // Knowing the options shown, 1.2 records each as the letter of its place.
    const choices = ['zorgen-voor', 'zorgen-dat', 'overnemen'];
    expect(
      interactionValues(
        { id: 'q1', type: 'choice', response: ['zorgen-dat', 'overnemen'], choices, correct: true },
        '1.2',
      ),
    ).toEqual({ id: 'q1', type: 'choice', response: 'b,c', result: 'correct' });
    expect(
      interactionValues({ id: 'q1', type: 'choice', response: ['zorgen-dat'], choices, correct: true }, '2004')
        .response,
    ).toBe('zorgen_dat');
    expect(
      interactionValues({ id: 'q1', type: 'choice', response: ['optie-a', 'optie-b'], correct: false }, '2004'),
    ).toEqual({
      id: 'q1',
      type: 'choice',
      response: 'optie_a[,]optie_b',
      result: 'incorrect',
    });
  });

  it('keeps long reflections within 1.2’s 255 characters, cut at a word', () => {
    const long = 'woord '.repeat(100);
    const values = interactionValues({ id: 'r1', type: 'long-fill-in', response: [long] }, '1.2');
    expect(values.type).toBe('fill-in');
    expect(values.response.length).toBeLessThanOrEqual(255);
    expect(values.response.endsWith('woord...')).toBe(true);
    expect(interactionValues({ id: 'r1', type: 'long-fill-in', response: [long] }, '2004').response).toBe(long.trim());
  });
});
