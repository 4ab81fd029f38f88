import { describe, expect, it } from 'vitest';
import { elementAttributes } from './element-attributes';

describe('elementAttributes', () => {
  it('spells camel-case props in kebab case and keeps the others', () => {
    expect(elementAttributes({ passMark: 60, attempts: 2, maxLength: 400, client: 'Mevrouw Jansen' })).toEqual({
      'pass-mark': 60,
      attempts: 2,
      'max-length': 400,
      client: 'Mevrouw Jansen',
    });
  });

  it('leaves out what the author did not give, so the element keeps its default', () => {
    expect(elementAttributes({ low: undefined, high: 'Helemaal' })).toEqual({ high: 'Helemaal' });
  });
});
