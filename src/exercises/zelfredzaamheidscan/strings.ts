/** The Zelfredzaamheidscan's interface strings. Dutch first; English has exactly the same keys. */
export const nl = {
  'scan.level1': 'acute problematiek',
  'scan.level2': 'niet zelfredzaam',
  'scan.level3': 'beperkt zelfredzaam',
  'scan.level4': 'voldoende zelfredzaam',
  'scan.level5': 'volledig zelfredzaam',
  'scan.disclaimer':
    'Dit is een oefening om te leren. Het is niet de officiële Zelfredzaamheid-Matrix; die wordt ingevuld door getrainde professionals.',
  'scan.levels': 'Wat betekenen de scores 1 tot en met 5?',
  'scan.caption': 'Scores per leefgebied: zonder hulp, en met hulp en netwerk',
  'scan.domain': 'Leefgebied',
  'scan.zelf': 'Zonder hulp',
  'scan.samen': 'Met hulp en netwerk',
  'scan.choose': 'Kies…',
  'scan.helps': 'Het netwerk maakt het verschil bij: {domains}.',
  'scan.noDifference': 'Met hulp en netwerk scoort geen leefgebied hoger dan zonder hulp.',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'scan.level1': 'acute problems',
  'scan.level2': 'not self-reliant',
  'scan.level3': 'partly self-reliant',
  'scan.level4': 'sufficiently self-reliant',
  'scan.level5': 'fully self-reliant',
  'scan.disclaimer':
    'This is a learning exercise. It is not the official Self-Sufficiency Matrix, which trained professionals fill in.',
  'scan.levels': 'What do the scores 1 to 5 mean?',
  'scan.caption': 'Scores per life domain: without help, and with help and network',
  'scan.domain': 'Life domain',
  'scan.zelf': 'Without help',
  'scan.samen': 'With help and network',
  'scan.choose': 'Choose…',
  'scan.helps': 'The network makes the difference for: {domains}.',
  'scan.noDifference': 'No life domain scores higher with help and network than without help.',
};
