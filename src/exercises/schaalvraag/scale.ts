/** The 0–10 scale question of solution-focused work: follow-up questions and saved state. */

export const SCALE_MIN = 0;
export const SCALE_MAX = 10;

/** The follow-up questions for a value, as string keys and their placeholders. */
export type FollowUp = {
  id: 'waarom' | 'hoger';
  key: 'schaalvraag.why' | 'schaalvraag.whyZero' | 'schaalvraag.higher' | 'schaalvraag.stay';
  values: { value: number; lower: number; higher: number };
};

/**
 * "What makes it a 4 and not a 3?" and "What would one point higher take?". At 0 the first becomes a
 * coping question (how do you keep going), at 10 the second asks what keeps it there.
 */
export function followUps(value: number): FollowUp[] {
  const values = { value, lower: value - 1, higher: value + 1 };
  return [
    { id: 'waarom', key: value === SCALE_MIN ? 'schaalvraag.whyZero' : 'schaalvraag.why', values },
    { id: 'hoger', key: value === SCALE_MAX ? 'schaalvraag.stay' : 'schaalvraag.higher', values },
  ];
}

/** A saved scale value, or undefined when it is missing or out of range. */
export function decodeScale(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= SCALE_MIN && value <= SCALE_MAX
    ? value
    : undefined;
}
