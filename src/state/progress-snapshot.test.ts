import { describe, expect, it } from 'vitest';
import { deserializeProgress, serializeProgress, toSnapshot } from './progress-snapshot';

const states = {
  'wmo-check': { a: { wetten: ['wmo', 'wlz'], volgorde: ['gesprek'] } },
  'eigen-rol': { t: { overnemen: 'Ik belde zelf de thuiszorg <script>.' }, d: 1 },
  'mevrouw-jansen': { p: [1, 0] },
  schaal: { s: 4, a: { waarom: 'Omdat…' } },
  netwerk: { p: [{ n: 'Buurvrouw Ans', r: 1 }] },
};

describe('serializeProgress / deserializeProgress', () => {
  it('round-trips every kind of exercise state', () => {
    const text = serializeProgress(states);
    expect(JSON.parse(text)).toEqual({ v: 1, e: states });
    expect(deserializeProgress(text)).toEqual(states);
  });

  it('also reads an already parsed snapshot', () => {
    expect(deserializeProgress(toSnapshot(states))).toEqual(states);
  });

  it('leaves out removed and malformed entries when saving', () => {
    expect(toSnapshot({ a: undefined, b: { x: 1 }, 'Not An Id': { x: 1 } })).toEqual({ v: 1, e: { b: { x: 1 } } });
  });

  it.each([
    ['not JSON', '{v:1'],
    ['null', 'null'],
    ['a number', 42],
    ['another version', JSON.stringify({ v: 2, e: states })],
    ['no entries', JSON.stringify({ v: 1 })],
    ['entries as a list', JSON.stringify({ v: 1, e: [1, 2] })],
  ])('gives nothing for %s, without throwing', (_, input) => {
    expect(deserializeProgress(input)).toEqual({});
  });

  it('skips malformed entries and bad ids but keeps the rest', () => {
    const input = {
      v: 1,
      e: { good: { s: 3 }, list: [1], text: 'x', nul: null, 'Bad Id': { s: 1 }, infinite: { s: Infinity } },
    };
    expect(deserializeProgress(input)).toEqual({ good: { s: 3 } });
  });

  it('drops ids of exercises that no longer exist when told which exist', () => {
    expect(deserializeProgress(serializeProgress(states), new Set(['schaal']))).toEqual({ schaal: states.schaal });
  });

  it('stays small: five filled-in exercises well under SCORM 1.2 suspend_data (4096)', () => {
    expect(serializeProgress(states).length).toBeLessThan(400);
  });
});
