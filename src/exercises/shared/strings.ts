/** What every exercise element shows (the type names, the author-error and earlier-version notices) and the exercise gallery. Dutch first; English has exactly the same keys. */
export const nl = {
  'gallery.title': 'Oefeningen',
  'gallery.intro': 'Alle oefenvormen die u in een cursus kunt gebruiken, met voorbeeldinhoud en de MDX die ze maakt.',
  'gallery.toc': 'Oefenvormen',
  'gallery.source': 'De MDX voor {name}',
  'gallery.link': 'Alle oefenvormen voor auteurs',
  'exercise.noScript': 'Deze oefening werkt met JavaScript. Zonder JavaScript kunt u de vragen wel lezen.',
  'exercise.authorError':
    'Deze oefening kan niet worden getoond: er zit een fout in de opbouw. Voor de maker van de pagina:',
  'exercise.kennischeck': 'Kennischeck',
  'exercise.reflectie': 'Reflectie',
  'exercise.notInLms':
    'Dit werk past niet meer in de opslag van de leeromgeving. Het blijft in deze browser bewaard: ga op deze computer verder.',
  'exercise.earlierTitle': 'Uit een eerdere versie',
  'exercise.earlierRemoved':
    'De cursus is bijgewerkt sinds u hieraan werkte. Dit schreef u bij een oefening die er nu niet meer is. Het blijft bewaard.',
  'exercise.earlierText':
    'De cursus is bijgewerkt sinds u dit schreef. Het hoorde bij een vraag die er nu anders uitziet. Uw tekst blijft bewaard; u kunt hem overnemen.',
  'exercise.rollenspel': 'Rollenspel',
  'exercise.schaalvraag': 'Schaalvraag',
  'exercise.netwerkcirkel': 'Netwerkcirkel',
  'exercise.zelfredzaamheidscan': 'Zelfredzaamheid- en samenredzaamheidscan',
  'exercise.stappenplan': 'Stappenplan',
  'exercise.voortgang': 'Gelezen',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'gallery.title': 'Exercises',
  'gallery.intro': 'Every kind of exercise you can use in a course, with example content and the MDX that makes it.',
  'gallery.toc': 'Kinds of exercise',
  'gallery.source': 'The MDX for {name}',
  'gallery.link': 'All exercises for authors',
  'exercise.noScript': 'This exercise needs JavaScript. Without it you can still read the questions.',
  'exercise.authorError': 'This exercise cannot be shown: it is built incorrectly. For whoever made this page:',
  'exercise.kennischeck': 'Knowledge check',
  'exercise.reflectie': 'Reflection',
  'exercise.notInLms':
    'This work no longer fits the learning environment’s storage. It is kept in this browser: continue on this computer.',
  'exercise.earlierTitle': 'From an earlier version',
  'exercise.earlierRemoved':
    'The course was updated after you worked on this. You wrote it in an exercise the course no longer has. It is kept.',
  'exercise.earlierText':
    'The course was updated after you wrote this. It belonged to a question that now looks different. Your text is kept; you can copy it.',
  'exercise.rollenspel': 'Role play',
  'exercise.schaalvraag': 'Scale question',
  'exercise.netwerkcirkel': 'Network circle',
  'exercise.zelfredzaamheidscan': 'Self-reliance and shared-reliance scan',
  'exercise.stappenplan': 'Step-by-step plan',
  'exercise.voortgang': 'Read',
};
