import { render } from 'astro:content';
import { formatSessionTitle, useTranslations } from '../../i18n/strings';
import type { Bijeenkomst, Course } from '../course-data';
import { deckAgenda } from './deck-agenda';
import { deckStrings } from './deck-strings';

/**
 * Build time: what the audience deck and the presenter view of a bijeenkomst both need — its
 * rendered MDX, its title, and the attributes of the deck element (`ll-deck` or `ll-presenter`).
 * The agenda groups the overview and times the breaks; notes and answers are not in it.
 */
export async function deckPage(course: Course, bijeenkomst: Bijeenkomst) {
  const { data } = bijeenkomst.entry;
  const locale = course.entry.data.language;
  const t = useTranslations(locale);
  const { Content } = await render(bijeenkomst.entry);
  return {
    locale,
    t,
    Content,
    title: formatSessionTitle(t, data.number, data.title),
    attributes: {
      'deck-id': `${course.slug}/${bijeenkomst.slug}`,
      strings: JSON.stringify(deckStrings(t)),
      agenda: JSON.stringify(deckAgenda(data.agenda)),
      'no-numbers': course.entry.data.slideNumbers === false ? '' : undefined,
    },
  };
}
