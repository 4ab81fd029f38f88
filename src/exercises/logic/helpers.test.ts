import { describe, expect, it } from 'vitest';
import { decodeNetwork, decodePeople, encodeNetwork } from './network';
import { planFileName, planToMarkdown, planToText } from './plan';
import { decodeScale, followUps } from './scale';
import { decodeScan, earlierScores, networkHelps, scanComplete } from './scan';
import { allAnswered, compactTexts, decodeTexts, earlierTexts } from './text-answers';

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

describe('Stappenplan export', () => {
  const plan = {
    title: 'Mijn plan',
    steps: [
      { id: 'verkennen', title: 'Verkennen' },
      { id: 'afbakenen', title: 'Afbakenen' },
    ],
    texts: { verkennen: '# geen kop\n- geen lijst' },
    empty: '(nog niet ingevuld)',
    stepLabel: 'Stap {n}',
  };
  it('writes Markdown with the participant text escaped', () => {
    expect(planToMarkdown(plan)).toBe(
      '# Mijn plan\n\n## Stap 1: Verkennen\n\n\\# geen kop\n\\- geen lijst\n\n## Stap 2: Afbakenen\n\n_(nog niet ingevuld)_\n',
    );
  });
  it('writes plain text', () => {
    expect(planToText(plan)).toBe(
      'Mijn plan\n=========\n\nStap 1: Verkennen\n-----------------\n# geen kop\n- geen lijst\n\nStap 2: Afbakenen\n-----------------\n(nog niet ingevuld)\n',
    );
  });
  it('makes a safe file name', () => {
    expect(planFileName('Mijn plan voor één vrijwilliger!', 'md')).toBe('mijn-plan-voor-een-vrijwilliger.md');
    expect(planFileName('???', 'txt')).toBe('plan.txt');
  });
});

describe('text answers', () => {
  // Was "cut to the limit": a course update that lowered maxLength then cut what participants had
  // written (issue 16, case 7). The limit now only applies to typing.
  it('keeps known, non-empty texts whole, and texts of questions the exercise no longer has aside', () => {
    expect(decodeTexts(['a', 'b'], { a: 'hallo', b: '', c: 'x' })).toEqual({ a: 'hallo' });
    expect(decodeTexts(['a'], ['a'])).toEqual({});
    expect(earlierTexts(['a', 'b'], { a: 'hallo', c: 'oude vraag', d: ' ', e: 3 })).toEqual({ c: 'oude vraag' });
    expect(earlierTexts(['a'], 'geen object')).toEqual({});
    expect(compactTexts({ a: '  ', b: 'x' })).toEqual({ b: 'x' });
    expect(allAnswered(['a', 'b'], { a: 'x', b: ' ' })).toBe(false);
  });
});
