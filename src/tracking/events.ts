/**
 * The events exercises fire, as the tracker reads them. Declared here until the exercise elements
 * land; the lead unifies this with the exercises' own declaration at merge.
 */

/** One answer to one question, as reported by an exercise. */
export interface ExerciseInteraction {
  /** ASCII `[a-z0-9-]`, unique within the course. */
  id: string;
  type: 'choice' | 'fill-in' | 'likert' | 'long-fill-in' | 'other';
  /** Option ids for choice and likert, the text for fill-in. */
  response: string[];
  correct?: boolean;
}

/** `ll-complete`: an exercise was finished (or its state changed in a way that counts). */
export interface CompleteDetail {
  id: string;
  type: string;
  completed: boolean;
  score?: { raw: number; max: number };
  passed?: boolean;
  interactions?: ExerciseInteraction[];
}

/** `ll-change`: the learner changed an exercise's state. */
export interface ChangeDetail {
  id: string;
  type: string;
}

/** A JSON value: what exercise state is, to the tracker. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
