/**
 * The interface strings the deck elements need, picked from the dictionary at build time and handed
 * to the elements as JSON, so the browser never loads the whole dictionary.
 */
import type { StringKey, Translate } from '../../i18n/strings';
import { keyBindings } from './keys';
import { fillPlaceholders } from '../../i18n/fill';

const deckKeys = [
  'deck.slideOf',
  'deck.blackout',
  'deck.help.title',
  'deck.help.keys',
  'deck.help.action',
  'deck.close',
  'deck.overview.title',
  'presenter.current',
  'presenter.next',
  'presenter.end',
  'presenter.notes',
  'presenter.noNotes',
  'presenter.step',
  'presenter.openAudience',
  'presenter.previous',
  'presenter.nextButton',
  'presenter.blackout',
  'presenter.help',
  'presenter.clock',
  'presenter.timer',
  'presenter.start',
  'presenter.pause',
  'presenter.reset',
  'presenter.block',
  'presenter.planned',
  'presenter.onTime',
  'presenter.ahead',
  'presenter.behind',
  'presenter.slides',
  'deck.resume',
  'deck.overview.block',
  'presenter.notStarted',
  'presenter.elapsed',
  'presenter.notesSmaller',
  'presenter.notesLarger',
  'presenter.overview',
  'presenter.numbers',
  'presenter.resume',
  'presenter.resumeEarlier',
  'presenter.resumeLater',
] as const satisfies readonly StringKey[];

/** The strings an element can ask for. */
export type DeckStringKey = (typeof deckKeys)[number] | (typeof keyBindings)[number]['description'];
export type DeckStrings = Partial<Record<DeckStringKey, string>>;

/** Every deck string in the page's language. */
export function deckStrings(t: Translate): DeckStrings {
  const keys = [...deckKeys, ...keyBindings.map((b) => b.description)];
  return Object.fromEntries(keys.map((key) => [key, t(key)]));
}

/** Fills `{name}` placeholders in a string from `deckStrings`; a missing string shows its key. */
export function fill(strings: DeckStrings, key: DeckStringKey, values: Record<string, string | number> = {}): string {
  return fillPlaceholders(strings[key] ?? key, values);
}
