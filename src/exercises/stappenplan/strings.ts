/** The Stappenplan's interface strings. Dutch first; English has exactly the same keys. */
export const nl = {
  'stappenplan.empty': '(nog niet ingevuld)',
  'stappenplan.stepLabel': 'Stap {n}',
  'stappenplan.progress': 'Stappen',
  'stappenplan.stepOf': 'Stap {n} van {total}: {title}',
  'stappenplan.yourText': 'Uw plan voor deze stap',
  'stappenplan.previous': 'Vorige stap',
  'stappenplan.next': 'Volgende stap',
  'stappenplan.showPlan': 'Bekijk het hele plan',
  'stappenplan.print': 'Afdrukken',
  'stappenplan.downloadMd': 'Download als Markdown',
  'stappenplan.saveAs': 'Opslaan als bestand',
  'stappenplan.downloadTxt': 'Download als tekst',
  'stappenplan.edit': 'Plan aanpassen',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'stappenplan.empty': '(not filled in yet)',
  'stappenplan.stepLabel': 'Step {n}',
  'stappenplan.progress': 'Steps',
  'stappenplan.stepOf': 'Step {n} of {total}: {title}',
  'stappenplan.yourText': 'Your plan for this step',
  'stappenplan.previous': 'Previous step',
  'stappenplan.next': 'Next step',
  'stappenplan.showPlan': 'See the whole plan',
  'stappenplan.print': 'Print',
  'stappenplan.downloadMd': 'Download as Markdown',
  'stappenplan.saveAs': 'Save as a file',
  'stappenplan.downloadTxt': 'Download as text',
  'stappenplan.edit': 'Change the plan',
};
