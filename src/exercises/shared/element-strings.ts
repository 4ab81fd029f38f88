/**
 * Which interface strings each exercise element reads, by the start of their keys, so a page gets
 * only the strings of the elements it shows (ElementStrings.astro writes them into the page, the
 * elements read them through translate.ts) and never the whole dictionary, as the deck does.
 * `element-strings.test.ts` fails when an element reads a key its list does not cover.
 */
import { dictionaries, type Locale, type StringKey } from '../../i18n/strings';
import type { ElementName } from '../registry';

export type { ElementName };

/** Keys every element reads: the names of the exercise types and the author-error title. */
const SHARED = ['exercise.'];

export const ELEMENT_STRINGS: Record<ElementName, readonly string[]> = {
  kennischeck: ['kennischeck.'],
  netwerkcirkel: ['netwerkcirkel.'],
  reflectie: ['reflectie.'],
  rollenspel: ['rollenspel.'],
  schaalvraag: ['schaalvraag.'],
  stappenplan: ['stappenplan.', 'sheet.name', 'sheet.date'],
  voortgang: ['voortgang.'],
  voortgangsoverzicht: ['voortgang.'],
  zelfredzaamheidscan: ['scan.'],
};

/** Whether an element reads `key` (a key or the fixed start of a composed one). */
export const covers = (element: ElementName, key: string): boolean =>
  [...SHARED, ...ELEMENT_STRINGS[element]].some((start) => key.startsWith(start));

/** The strings an element reads, in a language. */
export function elementStrings(element: ElementName, locale: Locale): Partial<Record<StringKey, string>> {
  const dictionary: Record<StringKey, string> = dictionaries[locale];
  return Object.fromEntries(
    (Object.keys(dictionary) as StringKey[]).filter((key) => covers(element, key)).map((key) => [key, dictionary[key]]),
  );
}
