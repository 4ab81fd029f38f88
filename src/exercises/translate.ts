import { dictionaries, type Locale, type StringKey } from '../i18n/strings';

/** A UI string in the language of the element's nearest `lang` (the page's course language). */
export function translate(host: Element, key: StringKey, values: Record<string, string | number> = {}): string {
  const lang = (host.closest('[lang]')?.getAttribute('lang') ?? 'nl').slice(0, 2);
  const dictionary: Record<StringKey, string> = dictionaries[(lang in dictionaries ? lang : 'nl') as Locale];
  return dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
