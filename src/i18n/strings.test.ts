import { describe, expect, it } from 'vitest';
import { dictionaries, formatDuration, formatSessions, STRING_PARTS, useTranslations } from './strings';

describe('UI strings', () => {
  it('has every key in every language, and no empty string', () => {
    const keys = Object.keys(dictionaries.nl).sort();
    for (const [locale, dictionary] of Object.entries(dictionaries)) {
      expect(Object.keys(dictionary).sort(), locale).toEqual(keys);
      for (const [key, value] of Object.entries(dictionary)) expect(value.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('keeps each key in one part, so no part silently overrides another', () => {
    const parts = Object.values(STRING_PARTS);
    const count = parts.reduce((sum, part) => sum + Object.keys(part.nl).length, 0);
    expect(count).toBe(Object.keys(dictionaries.nl).length);
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(dictionaries.nl)) {
      expect(placeholders(dictionaries.en[key as keyof typeof dictionaries.nl]), key).toEqual(placeholders(text));
    }
  });

  it('fills in values', () => {
    expect(useTranslations('nl')('session.ofTotal', { number: 2, total: 4 })).toBe('Bijeenkomst 2 van 4');
    expect(useTranslations('en')('session.ofTotal', { number: 2, total: 4 })).toBe('Session 2 of 4');
  });

  it('formats durations in hours and minutes', () => {
    const t = useTranslations('nl');
    expect(formatDuration(t, 45)).toBe('45 minuten');
    expect(formatDuration(t, 120)).toBe('2 uur');
    expect(formatDuration(t, 90)).toBe('1 uur en 30 minuten');
    expect(formatDuration(useTranslations('en'), 180)).toBe('3 hours');
  });

  it('counts bijeenkomsten in the singular and the plural', () => {
    expect(formatSessions(useTranslations('nl'), 1)).toBe('1 bijeenkomst');
    expect(formatSessions(useTranslations('nl'), 4)).toBe('4 bijeenkomsten');
    expect(formatSessions(useTranslations('en'), 1)).toBe('1 session');
    expect(formatSessions(useTranslations('en'), 2)).toBe('2 sessions');
  });
});
