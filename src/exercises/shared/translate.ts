import type { StringKey } from '../../i18n/strings';
import { fillPlaceholders } from '../../i18n/fill';

type Strings = Partial<Record<StringKey, string>>;

/** The strings the page carries for its elements (ElementStrings.astro), by language. */
const byDocument = new WeakMap<Document, Map<string, Strings>>();

function pageStrings(doc: Document): Map<string, Strings> {
  let found = byDocument.get(doc);
  if (found) return found;
  found = new Map();
  for (const script of doc.querySelectorAll('script[data-ll-strings]')) {
    const lang = (script.getAttribute('lang') ?? 'nl').slice(0, 2);
    try {
      found.set(lang, { ...found.get(lang), ...(JSON.parse(script.textContent ?? '') as Strings) });
    } catch {
      // A damaged block: its keys show as keys, the element still works.
    }
  }
  byDocument.set(doc, found);
  return found;
}

/**
 * A UI string in the language of the element's nearest `lang` (the page's course language), from
 * the strings the page carries; Dutch where that language has none; the key itself when the page
 * carries neither (an element placed on a page without its strings).
 */
export function translate(host: Element, key: StringKey, values: Record<string, string | number> = {}): string {
  const lang = (host.closest('[lang]')?.getAttribute('lang') ?? 'nl').slice(0, 2);
  const strings = pageStrings(host.ownerDocument);
  return fillPlaceholders(strings.get(lang)?.[key] ?? strings.get('nl')?.[key] ?? key, values);
}
