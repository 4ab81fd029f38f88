import { describe, expect, it } from 'vitest';
import { browserCopy } from './browser-copy';
import { changedIds, mergeEnvelopes, reconcile } from './reconcile';
import { emptyProgress, type Envelope } from './suspend-codec';

const envelope = (fields: Partial<Envelope> & { e?: Record<string, object> }): Envelope => {
  const { e, ...rest } = fields;
  return { v: 1, p: emptyProgress(), s: e ? { v: 1, e } : null, ...rest } as Envelope;
};

describe('changedIds', () => {
  it('names added, changed and removed exercises only', () => {
    const before = { v: 1, e: { a: { t: 'x' }, b: { t: 'y' }, c: { t: 'z' } } };
    const after = { v: 1, e: { a: { t: 'x' }, b: { t: 'y!' }, d: { t: 'nieuw' } } };
    expect(changedIds(before, after).sort()).toEqual(['b', 'c', 'd']);
    expect(changedIds(null, null)).toEqual([]);
  });
});

describe('mergeEnvelopes', () => {
  it('takes the later change of each exercise, whichever copy has more changes', () => {
    const lms = envelope({ a: 'A', w: 200, t: { r: 200, q: 50 }, e: { r: { t: 'later elders' }, q: { a: 1 } } });
    const copy = envelope({ a: 'A', w: 120, t: { r: 100, q: 120 }, e: { r: { t: 'ouder' }, q: { a: 2 } } });
    copy.p.seq = 900;
    const { envelope: merged, fromOver } = mergeEnvelopes(lms, copy, { trustOver: true });
    expect(merged.s).toEqual({ v: 1, e: { r: { t: 'later elders' }, q: { a: 2 } } });
    expect(fromOver).toEqual(['q']);
  });

  it('keeps a later clearing as a clearing', () => {
    const lms = envelope({ a: 'A', w: 300, t: { r: 300 }, e: {} });
    const copy = envelope({ a: 'A', w: 100, t: { r: 100 }, e: { r: { t: 'gewist op een andere computer' } } });
    expect(mergeEnvelopes(lms, copy, { trustOver: true }).envelope.s).toEqual({ v: 1, e: {} });
  });

  it('holds results from a copy it cannot trust, and counts those it can', () => {
    const lms = envelope({ a: 'A', w: 10 });
    const copy = envelope({ a: 'A', w: 20, t: { q: 20 }, e: { q: { a: 1 } } });
    copy.p.done.q = [1, 4, 4, 1];
    expect(mergeEnvelopes(lms, copy, { trustOver: false }).envelope.h).toEqual({ q: [1, 4, 4, 1] });
    expect(mergeEnvelopes(lms, copy, { trustOver: false }).envelope.p.done).toEqual({});
    expect(mergeEnvelopes(lms, copy, { trustOver: true }).envelope.p.done).toEqual({ q: [1, 4, 4, 1] });
  });

  it('takes an exercise the LMS had no room for from the copy, and names what only another browser has', () => {
    const lms = envelope({ a: 'A', w: 50, t: { r: 40, s: 40 }, x: ['r', 's'], e: {} });
    const copy = envelope({ a: 'A', w: 40, t: { r: 40 }, e: { r: { t: 'lang' } } });
    const { envelope: merged, elsewhere } = mergeEnvelopes(lms, copy, { trustOver: true });
    expect(merged.s).toEqual({ v: 1, e: { r: { t: 'lang' } } });
    expect(elsewhere).toEqual(['s']);
    expect(merged.x).toEqual(['s']);
  });
});

describe('reconcile', () => {
  const work = envelope({ a: 'A', w: 100, t: { r: 100 }, e: { r: { t: 'werk' } } });
  work.p.done.r = [1, 0, 0, -1];

  it('restores what the LMS of the same attempt lost, and counts it', () => {
    const result = reconcile(envelope({ a: 'A', w: 10 }), { envelope: work, known: false }, 'NEW');
    expect(result.kind).toBe('same');
    expect(result.restored).toEqual(['r']);
    expect(result.envelope.p.done.r).toEqual([1, 0, 0, -1]);
  });

  it('never adopts the copy of another attempt', () => {
    const result = reconcile(envelope({ a: 'B', w: 10 }), { envelope: work, known: true }, 'NEW');
    expect(result.kind).toBe('lms');
    expect(result.envelope.s).toBeNull();
  });

  it('starts a new attempt when the LMS gives back nothing of an attempt it knew', () => {
    const result = reconcile(undefined, { envelope: work, known: true }, 'NEW');
    expect(result).toMatchObject({ kind: 'new', restored: [] });
    expect(result.envelope.a).toBe('NEW');
    expect(result.envelope.s).toBeNull();
  });

  it('restores work the LMS never acknowledged, with its results held', () => {
    const result = reconcile(undefined, { envelope: work, known: false }, 'NEW');
    expect(result.kind).toBe('unproved');
    expect(result.envelope.a).toBe('A');
    expect(result.envelope.s).toEqual(work.s);
    expect(result.envelope.p.done).toEqual({});
    expect(result.envelope.h).toEqual({ r: [1, 0, 0, -1] });
  });

  it('gives a first launch a fresh attempt token', () => {
    expect(reconcile(undefined, undefined, 'NEW').envelope.a).toBe('NEW');
  });
});

describe('browserCopy', () => {
  function memory() {
    const values = new Map<string, string>();
    return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v) };
  }
  const id = { course: 'c', scopeKey: 'all', version: '1.2', learner: 'lid 1' };

  it('case 8: a tab that did not change an exercise never replaces it', async () => {
    const storage = memory();
    const tabA = browserCopy(id, storage);
    const tabB = browserCopy(id, storage);
    tabA.write(envelope({ a: 'A', w: 200, t: { r: 200 }, e: { r: { t: '600 tekens uit tab A' } } }), false);
    tabB.write(envelope({ a: 'A', w: 300, t: { q: 50 }, e: { q: { a: 1 } } }), false);
    expect((await tabA.read())?.envelope.s).toEqual({ v: 1, e: { r: { t: '600 tekens uit tab A' }, q: { a: 1 } } });
  });

  it('keeps learners and attempts apart', async () => {
    const storage = memory();
    browserCopy(id, storage).write(envelope({ a: 'A', e: { r: { t: 'van lid 1' } } }), true);
    expect(await browserCopy({ ...id, learner: 'lid 2' }, storage).read()).toBeUndefined();
    const copy = browserCopy(id, storage);
    copy.write(envelope({ a: 'B', e: {} }), false);
    expect(await copy.read()).toMatchObject({ known: false, envelope: { a: 'B', s: { v: 1, e: {} } } });
  });
});
