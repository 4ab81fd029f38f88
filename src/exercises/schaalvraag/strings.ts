/** The Schaalvraag's interface strings. Dutch first; English has exactly the same keys. */
export const nl = {
  'schaalvraag.why': 'Wat maakt dat het een {value} is en geen {lower}?',
  'schaalvraag.whyZero': 'Hoe houdt u het vol, nu het een 0 is?',
  'schaalvraag.higher': 'Wat is er nodig om één punt hoger te komen, op een {higher}?',
  'schaalvraag.stay': 'Wat helpt om op een 10 te blijven?',
  'schaalvraag.low': 'helemaal niet',
  'schaalvraag.high': 'helemaal wel',
  'schaalvraag.done': 'Opslaan',
  'schaalvraag.saved': 'Bewaard: u koos een {value}.',
  'schaalvraag.hint': 'Beantwoord de vervolgvragen. Uw tekst wordt vanzelf bewaard.',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'schaalvraag.why': 'What makes it a {value} and not a {lower}?',
  'schaalvraag.whyZero': 'How do you keep going, now that it is a 0?',
  'schaalvraag.higher': 'What would it take to get one point higher, to a {higher}?',
  'schaalvraag.stay': 'What helps to stay at a 10?',
  'schaalvraag.low': 'not at all',
  'schaalvraag.high': 'completely',
  'schaalvraag.done': 'Save',
  'schaalvraag.saved': 'Saved: you chose {value}.',
  'schaalvraag.hint': 'Answer the follow-up questions. Your text is saved as you type.',
};
