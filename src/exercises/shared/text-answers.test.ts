import { describe, expect, it } from 'vitest';
import { allAnswered, compactTexts, decodeTexts, earlierTexts } from './text-answers';

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
