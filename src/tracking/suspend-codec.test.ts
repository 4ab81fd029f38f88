import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { Json as JsonValue } from '../state/progress-snapshot';
import { REFLECTIONS } from './testing/reflections';
import {
  decodeEnvelope,
  dropByPriority,
  emptyProgress,
  encodeEnvelope,
  fitEnvelope,
  type Envelope,
} from './suspend-codec';

/** A fully completed zelfregie course: 4 bijeenkomsten, quizzes and long reflections. */
function completedZelfregie(): Envelope {
  const progress = emptyProgress();
  progress.seen = ['bijeenkomst-1', 'bijeenkomst-2', 'bijeenkomst-3', 'bijeenkomst-4'];
  progress.loc = 'bijeenkomst-4/';
  progress.seq = 240;
  const items: Record<string, JsonValue> = {};
  for (let b = 1; b <= 4; b++) {
    for (let q = 1; q <= 3; q++) {
      const id = `b${b}-kennischeck-${q}`;
      items[id] = { a: ['optie-a', 'optie-c'], d: 1 };
      progress.done[id] = [1, 4, 5, 1];
    }
    for (let r = 1; r <= 2; r++) {
      const id = `b${b}-reflectie-${r}`;
      items[id] = { t: REFLECTIONS[(b - 1) * 2 + (r - 1)] ?? '', d: 1 };
      progress.done[id] = [1, 0, 0, -1];
    }
  }
  return { v: 1, p: progress, s: { v: 1, e: items } };
}

describe('suspend_data codec', () => {
  it('round-trips and writes ASCII only', () => {
    const envelope = completedZelfregie();
    const data = encodeEnvelope(envelope);
    expect(data).toMatch(/^L1:[A-Za-z0-9+\-$]*$/);
    expect(decodeEnvelope(data)).toEqual(envelope);
  });

  it('fits a completed zelfregie course with eight real reflections in 1.2’s 4096 with room to spare', () => {
    const data = encodeEnvelope(completedZelfregie());
    // Measured: about 2,500 characters for 12 quiz answers and 8 reflections of ~280 characters.
    expect(data.length).toBeLessThan(4096 * 0.75);
    expect(new TextEncoder().encode(data).length).toBe(data.length);
  });

  it('gives undefined, never an exception, for empty, foreign or damaged data', () => {
    expect(decodeEnvelope('')).toBeUndefined();
    expect(decodeEnvelope('{"other":"tool"}')).toBeUndefined();
    expect(decodeEnvelope('L1:@@@@')).toBeUndefined();
    expect(decodeEnvelope(encodeEnvelope(completedZelfregie()).slice(0, 200))).toBeUndefined();
    expect(decodeEnvelope(`L1:${compressToEncodedURIComponent('{"v":99}')}`)).toBeUndefined();
  });

  it('migrates unknown fields away and keeps what it knows', () => {
    const data = `L1:${compressToEncodedURIComponent(JSON.stringify({ v: 1, p: { seen: ['b1', 3], done: { q: [1, '4', 5, 1] }, x: 1 }, s: null }))}`;
    expect(decodeEnvelope(data)).toEqual({
      v: 1,
      p: { seen: ['b1'], done: { q: [1, 4, 5, 1] }, loc: '', seq: 0 },
      s: null,
    });
  });

  it('drops the least valuable state first when it does not fit, and stays decodable', () => {
    const envelope = completedZelfregie();
    const items = (envelope.s as { e: Record<string, JsonValue> }).e;
    // Text that barely compresses, as pasted notes might.
    let noise = '';
    for (let i = 0, n = 7; i < 6000; i++) noise += String.fromCharCode(33 + ((n = (n * 48271) % 2147483647) % 90));
    items['b1-reflectie-9'] = { t: noise, d: 0 };
    const shrink = dropByPriority((_id, value) => ((value as { d: number }).d === 1 ? 2 : 1));
    const fitted = fitEnvelope(envelope, 4096, shrink);
    expect(fitted.dropped).toBe(true);
    expect(fitted.data.length).toBeLessThanOrEqual(4096);
    const decoded = decodeEnvelope(fitted.data);
    expect(decoded?.p).toEqual(envelope.p);
    const kept = (decoded?.s as { e: Record<string, JsonValue> }).e;
    expect(kept['b1-reflectie-9']).toBeUndefined();
    expect(kept['b4-reflectie-2']).toEqual(items['b4-reflectie-2']);
  });

  it('keeps progress when even an empty state would not fit', () => {
    const fitted = fitEnvelope(
      completedZelfregie(),
      400,
      dropByPriority(() => 0),
    );
    const decoded = decodeEnvelope(fitted.data);
    expect(decoded?.p.seq).toBe(240);
    expect(decoded?.s).toBeNull();
  });
});
