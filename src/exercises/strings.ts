/**
 * The exercises' interface strings, each type's from its folder (`<type>/strings.ts`), with what
 * they share (`shared/strings.ts`): one part of the UI dictionary (src/i18n/strings.ts). Each element
 * gets only its own keys on a page (shared/element-strings.ts).
 */
import * as shared from './shared/strings';
import * as kennischeck from './kennischeck/strings';
import * as reflectie from './reflectie/strings';
import * as rollenspel from './rollenspel/strings';
import * as schaalvraag from './schaalvraag/strings';
import * as netwerkcirkel from './netwerkcirkel/strings';
import * as zelfredzaamheidscan from './zelfredzaamheidscan/strings';
import * as stappenplan from './stappenplan/strings';
import * as voortgang from './voortgang/strings';

/** By folder, for the test that keeps each key in one folder and each type's keys under its own names. */
export const EXERCISE_STRINGS = {
  shared,
  kennischeck,
  reflectie,
  rollenspel,
  schaalvraag,
  netwerkcirkel,
  zelfredzaamheidscan,
  stappenplan,
  voortgang,
} as const;

export const nl = {
  ...shared.nl,
  ...kennischeck.nl,
  ...reflectie.nl,
  ...rollenspel.nl,
  ...schaalvraag.nl,
  ...netwerkcirkel.nl,
  ...zelfredzaamheidscan.nl,
  ...stappenplan.nl,
  ...voortgang.nl,
};

export const en: Record<keyof typeof nl, string> = {
  ...shared.en,
  ...kennischeck.en,
  ...reflectie.en,
  ...rollenspel.en,
  ...schaalvraag.en,
  ...netwerkcirkel.en,
  ...zelfredzaamheidscan.en,
  ...stappenplan.en,
  ...voortgang.en,
};
