import { describe, expect, it } from 'vitest';
import { isOlder, isSeniority, newSeniority } from './window-seniority';

describe('isOlder', () => {
  it('lets the window that opened first answer the one that opened later', () => {
    const audience = { since: 1000, id: 'b' };
    const presenter = { since: 5000, id: 'a' };
    expect(isOlder(audience, presenter)).toBe(true);
    expect(isOlder(presenter, audience)).toBe(false);
  });

  it('orders windows opened in the same millisecond by their id, so exactly one answers', () => {
    const a = { since: 1000, id: 'a' };
    const b = { since: 1000, id: 'b' };
    expect([isOlder(a, b), isOlder(b, a)]).toEqual([true, false]);
  });

  it('does not answer itself', () => {
    const me = newSeniority(1000, () => 0.5);
    expect(isOlder(me, { ...me })).toBe(false);
  });
});

describe('isSeniority', () => {
  it('accepts a seniority and rejects anything else from a message', () => {
    expect(isSeniority(newSeniority(1000))).toBe(true);
    expect(isSeniority({ since: '1000', id: 'a' })).toBe(false);
    expect(isSeniority({ since: Number.NaN, id: 'a' })).toBe(false);
    expect(isSeniority(null)).toBe(false);
  });
});
