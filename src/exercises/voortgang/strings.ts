/** The Voortgang's interface strings. Dutch first; English has exactly the same keys. */
export const nl = {
  'voortgang.section': 'dit onderdeel',
  'voortgang.markRead': 'Ik heb {title} gelezen',
  'voortgang.isRead': 'Gelezen.',
  'voortgang.summary': 'Uw voortgang in deze bijeenkomst',
  'voortgang.count': '{done} van {total} onderdelen afgerond',
  'voortgang.done': 'afgerond',
  'voortgang.todo': 'nog te doen',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'voortgang.section': 'this part',
  'voortgang.markRead': 'I have read {title}',
  'voortgang.isRead': 'Read.',
  'voortgang.summary': 'Your progress in this session',
  'voortgang.count': '{done} of {total} parts done',
  'voortgang.done': 'done',
  'voortgang.todo': 'to do',
};
