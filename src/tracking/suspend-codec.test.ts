import { compressToEncodedURIComponent } from 'lz-string';
import { deflateSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { Json as JsonValue } from '../state/progress-snapshot';
import { REFLECTIONS } from './testing/reflections';
import {
  decodeEnvelope,
  inflateWithout,
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
  it('round-trips and writes ASCII only', async () => {
    const envelope = completedZelfregie();
    const data = encodeEnvelope(envelope);
    expect(data).toMatch(/^L2:[A-Za-z0-9_-]*$/);
    expect(await decodeEnvelope(data)).toEqual(envelope);
  });

  it('fits a completed zelfregie course with eight real reflections in 1.2’s 4096 with room to spare', () => {
    const data = encodeEnvelope(completedZelfregie());
    // Measured: about 2,000 characters for 12 quiz answers and 8 reflections of ~280 characters.
    expect(data.length).toBeLessThan(4096 * 0.6);
    expect(new TextEncoder().encode(data).length).toBe(data.length);
  });

  it('gives undefined, never an exception, for empty, foreign or damaged data', async () => {
    expect(await decodeEnvelope('')).toBeUndefined();
    expect(await decodeEnvelope('{"other":"tool"}')).toBeUndefined();
    expect(await decodeEnvelope('L2:@@@@')).toBeUndefined();
    expect(await decodeEnvelope('L2:bm90IGRlZmxhdGU')).toBeUndefined();
    expect(await decodeEnvelope(encodeEnvelope(completedZelfregie()).slice(0, 200))).toBeUndefined();
    const future = encodeEnvelope({ v: 99 } as unknown as Envelope);
    expect(await decodeEnvelope(future)).toBeUndefined();
  });

  it('reads the earlier lz-string format (L1), so resuming survives the update', async () => {
    const envelope = completedZelfregie();
    expect(await decodeEnvelope(`L1:${compressToEncodedURIComponent(JSON.stringify(envelope))}`)).toEqual(envelope);
    expect(await decodeEnvelope('L1:@@@@')).toBeUndefined();
  });

  it('decodes in browsers without DecompressionStream, through the fallback inflater', async () => {
    const envelope = completedZelfregie();
    vi.stubGlobal('DecompressionStream', undefined);
    try {
      expect(await decodeEnvelope(encodeEnvelope(envelope))).toEqual(envelope);
      expect(await decodeEnvelope('L2:bm90IGRlZmxhdGU')).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
    // Output of any size: the fallback grows its buffer until the state fits.
    const large = new TextEncoder().encode('suspend_data '.repeat(40_000));
    expect(new TextDecoder().decode(await inflateWithout(deflateSync(large)))).toBe('suspend_data '.repeat(40_000));
  });

  it('migrates unknown fields away and keeps what it knows', async () => {
    const data = `L1:${compressToEncodedURIComponent(JSON.stringify({ v: 1, p: { seen: ['b1', 3], done: { q: [1, '4', 5, 1] }, x: 1 }, s: null }))}`;
    expect(await decodeEnvelope(data)).toEqual({
      v: 1,
      p: { seen: ['b1'], done: { q: [1, 4, 5, 1] }, loc: '', seq: 0 },
      s: null,
    });
  });

  it('drops the least valuable state first when it does not fit, and stays decodable', async () => {
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
    const decoded = await decodeEnvelope(fitted.data);
    expect(decoded?.p).toEqual(envelope.p);
    const kept = (decoded?.s as { e: Record<string, JsonValue> }).e;
    expect(kept['b1-reflectie-9']).toBeUndefined();
    expect(kept['b4-reflectie-2']).toEqual(items['b4-reflectie-2']);
  });

  it('keeps progress when even an empty state would not fit', async () => {
    const envelope = completedZelfregie();
    const fitted = fitEnvelope(
      envelope,
      encodeEnvelope({ ...envelope, s: null }).length,
      dropByPriority(() => 0),
    );
    const decoded = await decodeEnvelope(fitted.data);
    expect(decoded?.p.seq).toBe(240);
    expect(decoded?.s).toBeNull();
  });
});
