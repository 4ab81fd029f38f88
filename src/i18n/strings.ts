/**
 * Every UI string, in one flat dictionary per language, put together from one module per part of
 * the product (strings/; the exercises' from their own folders, src/exercises/strings.ts). Dutch is the default and complete; English must have exactly the same
 * keys (the types enforce it per part, a unit test double-checks, also that no key is in two parts).
 */
import { fillPlaceholders } from './fill';
import * as site from './strings/site';
import * as trainer from './strings/trainer';
import * as tracking from './strings/tracking';
import * as lms from './strings/lms';
import * as exercises from '../exercises/strings';

/** The parts, in the order their keys are merged (a unit test keeps their keys apart). */
export const STRING_PARTS = { site, trainer, tracking, lms, exercises } as const;

const nl = { ...site.nl, ...trainer.nl, ...tracking.nl, ...lms.nl, ...exercises.nl };

export type StringKey = keyof typeof nl;

const en: Record<StringKey, string> = { ...site.en, ...trainer.en, ...tracking.en, ...lms.en, ...exercises.en };

export const dictionaries = { nl, en } as const;
export type Locale = keyof typeof dictionaries;

/** A translator for one language: `t('session.label', { number: 2 })`. */
export function useTranslations(locale: Locale) {
  const dictionary: Record<StringKey, string> = dictionaries[locale];
  return (key: StringKey, values: Record<string, string | number> = {}): string =>
    fillPlaceholders(dictionary[key], values);
}

export type Translate = ReturnType<typeof useTranslations>;

/** "1 bijeenkomst", "4 bijeenkomsten": a course of one bijeenkomst (the managers' workshop) reads right. */
export function formatSessions(t: Translate, count: number): string {
  return t(count === 1 ? 'catalogue.sessionsOne' : 'catalogue.sessions', { count });
}

/** "Bijeenkomst 2: Eigen regie", as headings, tables of contents and page titles name a bijeenkomst. */
export function formatSessionTitle(t: Translate, number: number, title: string): string {
  return `${t('session.label', { number })}: ${title}`;
}

/** "2 uur", "1 uur en 30 minuten", "45 minuten". */
export function formatDuration(t: Translate, total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (!hours) return t('duration.minutes', { minutes });
  if (!minutes) return t('duration.hours', { hours });
  return t('duration.hoursMinutes', { hours, minutes });
}
