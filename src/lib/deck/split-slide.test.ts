import { describe, expect, it } from 'vitest';
import { splitSlide } from './split-slide';

const label = (html: string, n: number, of: number) => `${html} · ${n}/${of}`;
const question = (text: string) =>
  `<div class="ll-room-question" data-ll-room-question><p>${text}</p><p class="ll-step" data-ll-step>A</p></div>`;
const check = (...questions: string[]) =>
  `<div class="ll-room" data-ll-room="kennischeck" data-ll-room-split><p class="ll-room__label" data-ll-room-label>Kennischeck: Wmo &amp; u</p><p>U bent geslaagd met vijf goed.</p>${questions.join('')}</div>`;
const notes = '<div class="ll-notes" data-ll-notes><p>Laat stemmen.</p></div>';

describe('splitSlide', () => {
  it('leaves a slide without exercises, or with one single-question exercise and nothing else, whole', () => {
    expect(splitSlide('<p>Tekst</p>' + notes, label)).toEqual([{ body: '<p>Tekst</p>', notes }]);
    const alone = check(question('Eén vraag?'));
    expect(splitSlide(alone, label)).toEqual([{ body: alone, notes: '' }]);
  });

  it('makes one slide per question of a Kennischeck, after the slide text, each with the notes', () => {
    const parts = splitSlide(`<p>Zes vragen.</p>${check(question('Eerste?'), question('Tweede?'))}${notes}`, label);
    expect(parts.map((part) => part.question)).toEqual([undefined, { n: 1, of: 2 }, { n: 2, of: 2 }]);
    expect(parts[0]?.body).toBe('<p>Zes vragen.</p>');
    expect(parts.every((part) => part.notes === notes)).toBe(true);
    expect(parts[2]?.body).toBe(
      '<div class="ll-room" data-ll-room="kennischeck" data-ll-room-split>' +
        '<p class="ll-room__label" data-ll-room-label>Kennischeck: Wmo &amp; u · 2/2</p>' +
        question('Tweede?') +
        '</div>',
    );
    // The self-study wording around the questions stays off the question slides.
    expect(parts[1]?.body).not.toContain('geslaagd');
  });

  it('without slide text, starts with the first question', () => {
    const parts = splitSlide(check(question('Eerste?'), question('Tweede?')), label);
    expect(parts).toHaveLength(2);
    expect(parts[0]?.body).toContain('Eerste?');
  });

  it('gives an exercise that shares its slide with text a slide of its own', () => {
    const scale = '<div class="ll-room" data-ll-room="schaalvraag" data-ll-room-split><p>0–10</p></div>';
    const parts = splitSlide(`<ul><li>Wissel na 5 minuten</li></ul>${scale}`, label);
    expect(parts.map((part) => part.body)).toEqual(['<ul><li>Wissel na 5 minuten</li></ul>', scale]);
  });
});
