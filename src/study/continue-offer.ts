/**
 * Whether a page offers "Verder waar u was", and what it says: one rule for the study script that
 * fills the link in and for the blocking script (return-visit.ts) that keeps its lines free before
 * the page is drawn, so the two never disagree about whether the lesson will be pushed down.
 */
import type { LastPlace } from './progress-summary';

/** The link's text: the place on one line, and for another bijeenkomst its section on a second. */
export interface ContinueOffer {
  /** The place is on this page: the link only jumps down to its section. */
  here: boolean;
  place: string;
  section?: string;
}

/**
 * On another bijeenkomst's page, the last place read. On its own page only a section, and only
 * when the visit does not already go to one (a `#hash`): the top of the page is where one starts.
 */
export function continueOffer(
  last: LastPlace | undefined,
  current: string | undefined,
  hash: string,
): ContinueOffer | undefined {
  if (!last) return undefined;
  if (last.slug !== current) return { here: false, place: last.label, section: last.sectionTitle };
  if (!last.section || !last.sectionTitle || hash) return undefined;
  return { here: true, place: last.sectionTitle };
}

/** How many lines the link's place takes: the value the blocking script gives `data-ll-returning`. */
export const offerLines = (offer: ContinueOffer): 'one' | 'two' => (offer.section ? 'two' : 'one');
