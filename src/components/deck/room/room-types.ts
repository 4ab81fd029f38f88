/** The exercises that have a room form with a label of their own (`exercise.<type>` in the strings). */
export type ExerciseType =
  'kennischeck' | 'reflectie' | 'rollenspel' | 'schaalvraag' | 'netwerkcirkel' | 'zelfredzaamheidscan' | 'stappenplan';
