import { describe, expect, it } from 'vitest';
import { elementStrings } from './element-strings';
import { translate } from './translate';

/** A document carrying the strings blocks ElementStrings.astro writes: `[lang, json]`. */
function documentWith(blocks: [string, string][]): Document {
  const scripts = blocks.map(([lang, json]) => ({ getAttribute: () => lang, textContent: json }));
  return { querySelectorAll: () => scripts } as unknown as Document;
}

const inLanguage = (doc: Document, lang: string | undefined) =>
  ({
    ownerDocument: doc,
    closest: () => (lang === undefined ? null : { getAttribute: () => lang }),
  }) as unknown as Element;

describe('translate', () => {
  it('follows the nearest lang, from the strings the page carries: Dutch by default, English when the course is English', () => {
    const doc = documentWith([
      ['nl', JSON.stringify(elementStrings('kennischeck', 'nl'))],
      ['en', JSON.stringify(elementStrings('kennischeck', 'en'))],
    ]);
    expect(translate(inLanguage(doc, 'nl'), 'kennischeck.check')).toBe('Controleer');
    expect(translate(inLanguage(doc, 'en-GB'), 'kennischeck.check')).toBe('Check');
    expect(translate(inLanguage(doc, undefined), 'kennischeck.check')).toBe('Controleer');
    expect(translate(inLanguage(doc, 'fr'), 'kennischeck.check')).toBe('Controleer');
  });

  it('fills in values', () => {
    const doc = documentWith([['en', JSON.stringify(elementStrings('schaalvraag', 'en'))]]);
    expect(translate(inLanguage(doc, 'en'), 'schaalvraag.why', { value: 4, lower: 3 })).toBe(
      'What makes it a 4 and not a 3?',
    );
  });

  it('shows the key for a string the page does not carry, and survives a damaged block', () => {
    const doc = documentWith([
      ['nl', '{broken'],
      ['nl', JSON.stringify(elementStrings('reflectie', 'nl'))],
    ]);
    expect(translate(inLanguage(doc, 'nl'), 'kennischeck.check')).toBe('kennischeck.check');
    expect(translate(inLanguage(doc, 'nl'), 'exercise.reflectie')).toBe('Reflectie');
  });
});
