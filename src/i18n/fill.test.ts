import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './fill';

describe('fillPlaceholders', () => {
  it('fills every named placeholder and leaves unknown ones as written', () => {
    expect(fillPlaceholders('{done} van {total} klaar, {rest}', { done: 2, total: 5 })).toBe('2 van 5 klaar, {rest}');
  });
  it('does not read values as patterns', () => {
    expect(fillPlaceholders('Naam: {name}', { name: '$& {name}' })).toBe('Naam: $& {name}');
  });
});
