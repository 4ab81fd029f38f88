import { describe, expect, it } from 'vitest';
import { decodeScale, followUps } from './scale';

describe('Schaalvraag', () => {
  it('asks what makes it this value and not one lower, and what one point higher takes', () => {
    expect(followUps(4).map((f) => [f.id, f.key, f.values])).toEqual([
      ['waarom', 'schaalvraag.why', { value: 4, lower: 3, higher: 5 }],
      ['hoger', 'schaalvraag.higher', { value: 4, lower: 3, higher: 5 }],
    ]);
  });
  it('asks a coping question at 0 and what keeps it at 10', () => {
    expect(followUps(0)[0]!.key).toBe('schaalvraag.whyZero');
    expect(followUps(10)[1]!.key).toBe('schaalvraag.stay');
  });
  it('reads only whole values 0–10', () => {
    expect([0, 10, 4, -1, 11, 2.5, '4'].map(decodeScale)).toEqual([
      0,
      10,
      4,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
