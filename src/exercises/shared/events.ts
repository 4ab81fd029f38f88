/**
 * The events every exercise element fires: the API the tracker listens to without knowing the
 * elements. Both bubble and cross shadow roots.
 */

/** One answer as the LMS records it (cmi.interactions). Ids are ASCII `[a-z0-9-]`. */
export interface ExerciseInteraction {
  /** Exercise id + "-" + question id. */
  id: string;
  type: 'choice' | 'fill-in' | 'likert' | 'long-fill-in' | 'other';
  /** For choice: the chosen option ids; for text: the text; for likert: the value. */
  response: string[];
  /**
   * For choice: every option id, in the order shown. SCORM 1.2 takes single-character responses
   * only, so the tracker reports the n-th option as the n-th letter.
   */
  choices?: string[];
  correct?: boolean;
  /** For choice: the option ids that make the answer right (the LMS's `correct_responses`). */
  correctResponse?: string[];
}

/** Detail of `ll-complete`: fired when the participant finishes an exercise, and again on each new result. */
export interface ExerciseResult {
  id: string;
  type: string;
  completed: boolean;
  score?: { raw: number; max: number };
  passed?: boolean;
  interactions?: ExerciseInteraction[];
  /**
   * The exercise's earlier result rested on parts the course no longer has (a course update renamed
   * a question or an option): it no longer counts, and the exercise is open again.
   */
  reopened?: boolean;
}

/** Detail of `ll-change`: fired whenever an exercise's saved state changes. */
export interface ExerciseChange {
  id: string;
  type: string;
}

declare global {
  interface HTMLElementEventMap {
    'll-change': CustomEvent<ExerciseChange>;
    'll-complete': CustomEvent<ExerciseResult>;
  }
}

type LlEvents = { 'll-change': ExerciseChange; 'll-complete': ExerciseResult };

/** Dispatches one of Leerlijn's events from `target`, bubbling and composed. */
export function emit<K extends keyof LlEvents>(target: EventTarget, name: K, detail: LlEvents[K]): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/** Interaction ids are the exercise id and the part's id, joined by a hyphen. */
export const interactionId = (exerciseId: string, partId: string): string => `${exerciseId}-${partId}`;
