/**
 * Every UI string, in one flat dictionary per language. Dutch is the default and complete;
 * English must have exactly the same keys (the type enforces it, a unit test double-checks).
 */
const nl = {
  'site.skipLink': 'Naar de inhoud',
  'site.mainNav': 'Hoofdmenu',
  'site.breadcrumbs': 'U bent hier',
  'site.catalogue': 'Cursussen',
  'site.footer': 'Gemaakt met Leerlijn',
  'catalogue.title': 'Cursussen',
  'catalogue.intro': 'Kies een cursus om te beginnen.',
  'catalogue.sessions': '{count} bijeenkomsten',
  'catalogue.open': 'Naar de cursus',
  'course.audience': 'Voor wie',
  'course.goals': 'Wat u leert',
  'course.sessions': 'Bijeenkomsten',
  'course.variants': 'Zo kan de cursus worden gegeven',
  'course.variantPart': '{title}: {sessions} ({duration})',
  'course.outline': 'Overzicht als JSON',
  'session.label': 'Bijeenkomst {number}',
  'session.ofTotal': 'Bijeenkomst {number} van {total}',
  'session.duration': 'Duur',
  'session.goals': 'Leerdoelen',
  'session.agenda': 'Programma',
  'session.preparation': 'Voorbereiding',
  'session.homework': 'Opdracht',
  'session.toc': 'Op deze pagina',
  'session.previous': 'Vorige',
  'session.next': 'Volgende',
  'session.backToCourse': 'Terug naar het overzicht',
  'session.progressNav': 'Bijeenkomsten van deze cursus',
  'session.pager': 'Vorige en volgende bijeenkomst',
  'agenda.minutes': '{minutes} min.',
  'agenda.block': 'Onderdeel',
  'agenda.time': 'Tijd',
  'agenda.kind': 'Soort',
  'agenda.total': 'Totaal',
  'kind.plenair': 'plenair',
  'kind.interactief': 'interactief',
  'kind.oefening': 'oefening',
  'kind.rollenspel': 'rollenspel',
  'kind.groepswerk': 'groepswerk',
  'kind.presentatie': 'presentatie',
  'kind.reflectie': 'reflectie',
  'kind.pauze': 'pauze',
  'callout.info': 'Goed om te weten',
  'callout.tip': 'Tip',
  'callout.let-op': 'Let op',
  'callout.voorbeeld': 'Voorbeeld',
  'duration.minutes': '{minutes} minuten',
  'duration.hours': '{hours} uur',
  'duration.hoursMinutes': '{hours} uur en {minutes} minuten',
  'glossary.title': 'Begrippen',
  'glossary.intro': 'Wat betekenen de woorden uit de cursussen? Hier staat het in het kort.',
  'glossary.letters': 'Begrippen per letter',
  'glossary.source': 'Bron: {source}',
} as const;

export type StringKey = keyof typeof nl;

const en: Record<StringKey, string> = {
  'site.skipLink': 'Skip to content',
  'site.mainNav': 'Main menu',
  'site.breadcrumbs': 'You are here',
  'site.catalogue': 'Courses',
  'site.footer': 'Made with Leerlijn',
  'catalogue.title': 'Courses',
  'catalogue.intro': 'Choose a course to begin.',
  'catalogue.sessions': '{count} sessions',
  'catalogue.open': 'Go to the course',
  'course.audience': 'Who it is for',
  'course.goals': 'What you will learn',
  'course.sessions': 'Sessions',
  'course.variants': 'Ways to deliver this course',
  'course.variantPart': '{title}: {sessions} ({duration})',
  'course.outline': 'Outline as JSON',
  'session.label': 'Session {number}',
  'session.ofTotal': 'Session {number} of {total}',
  'session.duration': 'Duration',
  'session.goals': 'Learning goals',
  'session.agenda': 'Agenda',
  'session.preparation': 'Preparation',
  'session.homework': 'Assignment',
  'session.toc': 'On this page',
  'session.previous': 'Previous',
  'session.next': 'Next',
  'session.backToCourse': 'Back to the overview',
  'session.progressNav': 'Sessions of this course',
  'session.pager': 'Previous and next session',
  'agenda.minutes': '{minutes} min',
  'agenda.block': 'Part',
  'agenda.time': 'Time',
  'agenda.kind': 'Kind',
  'agenda.total': 'Total',
  'kind.plenair': 'whole group',
  'kind.interactief': 'interactive',
  'kind.oefening': 'exercise',
  'kind.rollenspel': 'role play',
  'kind.groepswerk': 'group work',
  'kind.presentatie': 'presentation',
  'kind.reflectie': 'reflection',
  'kind.pauze': 'break',
  'callout.info': 'Good to know',
  'callout.tip': 'Tip',
  'callout.let-op': 'Note',
  'callout.voorbeeld': 'Example',
  'duration.minutes': '{minutes} minutes',
  'duration.hours': '{hours} hours',
  'duration.hoursMinutes': '{hours} hours {minutes} minutes',
  'glossary.title': 'Glossary',
  'glossary.intro': 'What do the words in the courses mean? A short explanation of each.',
  'glossary.letters': 'Terms by letter',
  'glossary.source': 'Source: {source}',
};

export const dictionaries = { nl, en } as const;
export type Locale = keyof typeof dictionaries;

/** A translator for one language: `t('session.label', { number: 2 })`. */
export function useTranslations(locale: Locale) {
  const dictionary: Record<StringKey, string> = dictionaries[locale];
  return (key: StringKey, values: Record<string, string | number> = {}): string =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export type Translate = ReturnType<typeof useTranslations>;

/** "2 uur", "1 uur en 30 minuten", "45 minuten". */
export function formatDuration(t: Translate, total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (!hours) return t('duration.minutes', { minutes });
  if (!minutes) return t('duration.hours', { hours });
  return t('duration.hoursMinutes', { hours, minutes });
}
