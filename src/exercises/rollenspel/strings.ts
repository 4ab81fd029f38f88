/** The Rollenspel's interface strings. Dutch first; English has exactly the same keys. */
export const nl = {
  'rollenspel.client': 'Cliënt',
  'rollenspel.ending': 'Einde',
  'rollenspel.you': 'U',
  'rollenspel.choose': 'Wat zegt u?',
  'rollenspel.restart': 'Opnieuw beginnen',
  'rollenspel.feedback': 'Toelichting',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'rollenspel.client': 'Client',
  'rollenspel.ending': 'Ending',
  'rollenspel.you': 'You',
  'rollenspel.choose': 'What do you say?',
  'rollenspel.restart': 'Start again',
  'rollenspel.feedback': 'Feedback',
};
