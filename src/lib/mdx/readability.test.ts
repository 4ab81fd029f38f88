import { describe, expect, it } from 'vitest';
import { parseCourseMdx } from './parse';
import { dutchSyllables, participantTexts, readability } from './readability';

describe('dutchSyllables', () => {
  it('counts vowel groups, with ij as one vowel and a diaeresis starting a new syllable', () => {
    expect(dutchSyllables('huis')).toBe(1);
    expect(dutchSyllables('cliënt')).toBe(2);
    expect(dutchSyllables('ideeën')).toBe(3);
    expect(dutchSyllables('zelfredzaamheid')).toBe(4);
    expect(dutchSyllables('vrijwilliger')).toBe(4);
  });
});

describe('readability', () => {
  it('applies the Flesch-Douma formula to words, sentences and syllables', () => {
    // 7 words, 2 sentences, 8 syllables
    const score = readability(['Ik ga naar huis. De cliënt komt.']);
    expect(score).toMatchObject({ words: 7, sentences: 2, syllables: 8 });
    expect(score.fleschDouma).toBeCloseTo(206.84 - 0.77 * ((8 / 7) * 100) - 0.93 * 3.5, 5);
  });

  it('ends a sentence at the end of a run, such as a list item or a table cell', () => {
    expect(readability(['Eerst eigen kracht', 'Dan het netwerk']).sentences).toBe(2);
  });
});

describe('participantTexts', () => {
  it('takes the page text and slides, not trainer notes or frontmatter', () => {
    const tree = parseCourseMdx(`---
title: Niet lezen
---

Een zin voor de deelnemer.

<Slide title="Titel">
- Punt op de dia

<Notes>
Dit leest alleen de trainer.
</Notes>
</Slide>
`);
    expect(participantTexts(tree)).toEqual(['Een zin voor de deelnemer.', 'Punt op de dia']);
  });
});
