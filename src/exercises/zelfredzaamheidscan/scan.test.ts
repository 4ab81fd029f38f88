import { describe, expect, it } from 'vitest';
import { decodeScan, earlierScores, networkHelps, scanComplete } from './scan';

describe('Zelfredzaamheidscan', () => {
  const domains = ['huishouden', 'geldzaken'];
  it('reads levels 1–5 of known domains only', () => {
    expect(decodeScan(domains, { z: { huishouden: 2, geldzaken: 6, weg: 3 }, s: { huishouden: 4 } })).toEqual({
      z: { huishouden: 2 },
      s: { huishouden: 4 },
    });
    expect(decodeScan(domains, undefined)).toEqual({ z: {}, s: {} });
  });
  it('is complete with both scores everywhere, and names where the network helps', () => {
    const scores = decodeScan(domains, { z: { huishouden: 2, geldzaken: 4 }, s: { huishouden: 4, geldzaken: 4 } });
    expect(scanComplete(domains, scores)).toBe(true);
    expect(networkHelps(domains, scores)).toEqual(['huishouden']);
    expect(scanComplete(domains, decodeScan(domains, { z: { huishouden: 2 } }))).toBe(false);
  });
  it('keeps the scores of domains a course update removed aside, never counted', () => {
    const saved = { z: { huishouden: 2, werk: 3, oud: 9 }, s: { werk: 5 } };
    expect(earlierScores(domains, saved)).toEqual({ z: { werk: 3 }, s: { werk: 5 } });
    expect(earlierScores(domains, undefined)).toEqual({ z: {}, s: {} });
    expect(scanComplete(domains, decodeScan(domains, saved))).toBe(false);
  });
});
