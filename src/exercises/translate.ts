import { dictionaries, type Locale, type StringKey } from '../i18n/strings';
import { fillPlaceholders } from '../i18n/fill';

/** A UI string in the language of the element's nearest `lang` (the page's course language). */
export function translate(host: Element, key: StringKey, values: Record<string, string | number> = {}): string {
  const lang = (host.closest('[lang]')?.getAttribute('lang') ?? 'nl').slice(0, 2);
  const dictionary: Record<StringKey, string> = dictionaries[(lang in dictionaries ? lang : 'nl') as Locale];
  return fillPlaceholders(dictionary[key], values);
}
