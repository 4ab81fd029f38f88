import { describe, expect, it } from 'vitest';
import { decodeNetwork, decodePeople, encodeNetwork } from './network';

describe('Netwerkcirkel', () => {
  it('reads saved people tolerantly', () => {
    expect(
      decodePeople([{ n: ' Ans ', r: 1 }, { n: '', r: 1 }, { n: 'X', r: 7 }, 'Piet', { n: 'Wijkteam', r: 3 }]),
    ).toEqual([
      { n: 'Ans', r: 1 },
      { n: 'Wijkteam', r: 3 },
    ]);
    expect(decodePeople({})).toEqual([]);
  });
  it('keeps the person being added (name as typed, ring) next to the people placed', () => {
    const state = { people: [{ n: 'Ans', r: 1 as const }], done: false, entry: { n: 'Buurman ', r: 2 as const } };
    const saved = encodeNetwork(state);
    expect(saved).toEqual({ p: [{ n: 'Ans', r: 1 }], e: { n: 'Buurman ', r: 2 } });
    expect(decodeNetwork(JSON.parse(JSON.stringify(saved)) as unknown as Parameters<typeof decodeNetwork>[0])).toEqual(
      state,
    );
    expect(encodeNetwork({ people: [], done: false, entry: { n: 'Piet', r: 1 } })).toEqual({ e: { n: 'Piet', r: 1 } });
  });
  it('reads states saved before the entry was kept, and saves nothing for an untouched circle', () => {
    expect(decodeNetwork({ p: [{ n: 'Ans', r: 1 }], d: 1 })).toEqual({
      people: [{ n: 'Ans', r: 1 }],
      done: true,
      entry: { n: '', r: 1 },
    });
    expect(decodeNetwork({ p: [], e: { n: 7, r: 9 } }).entry).toEqual({ n: '', r: 1 });
    expect(encodeNetwork({ people: [], done: false, entry: { n: '  ', r: 1 } })).toBeUndefined();
    expect(encodeNetwork({ people: [], done: true, entry: { n: '', r: 1 } })).toEqual({ p: [], d: 1 });
  });
});
