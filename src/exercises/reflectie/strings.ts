/** The Reflectie's interface strings. Dutch first; English has exactly the same keys. */
export const nl = {
  'reflectie.count': '{count} van maximaal {max} tekens',
  // What the element knows: the text is in this browser's copy; the page's status says whether the LMS has it.
  'reflectie.saved': 'Bewaard in deze browser.',
  'reflectie.notSaved': 'Niet bewaard: u bekijkt uw eerdere werk.',
  'reflectie.done': 'Klaar',
  'reflectie.answerAll': 'Beantwoord alle vragen om af te ronden. Uw tekst wordt vanzelf bewaard.',
  'reflectie.yourAnswers': 'Uw antwoorden zijn bewaard.',
  'reflectie.edit': 'Antwoorden aanpassen',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'reflectie.count': '{count} of at most {max} characters',
  'reflectie.saved': 'Kept in this browser.',
  'reflectie.notSaved': 'Not saved: you are looking at your earlier work.',
  'reflectie.done': 'Done',
  'reflectie.answerAll': 'Answer every question to finish. Your text is saved as you type.',
  'reflectie.yourAnswers': 'Your answers are saved.',
  'reflectie.edit': 'Change answers',
};
