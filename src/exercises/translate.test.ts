import { describe, expect, it } from 'vitest';
import { translate } from './translate';

const inLanguage = (lang: string | undefined) =>
  ({ closest: () => (lang === undefined ? null : { getAttribute: () => lang }) }) as unknown as Element;

describe('translate', () => {
  it('follows the nearest lang: Dutch by default, English when the course is English', () => {
    expect(translate(inLanguage('nl'), 'kennischeck.check')).toBe('Controleer');
    expect(translate(inLanguage('en-GB'), 'kennischeck.check')).toBe('Check');
    expect(translate(inLanguage(undefined), 'kennischeck.check')).toBe('Controleer');
    expect(translate(inLanguage('fr'), 'kennischeck.check')).toBe('Controleer');
  });
  it('fills in values', () => {
    expect(translate(inLanguage('en'), 'schaalvraag.why', { value: 4, lower: 3 })).toBe(
      'What makes it a 4 and not a 3?',
    );
  });
});
