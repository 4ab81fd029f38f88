import { map } from 'nanostores';
import type { ExerciseState } from './progress-snapshot';

/**
 * Everything the participant did in this course's exercises, keyed by exercise id. Elements write
 * their own entry; persistence (see persistence.ts) loads and saves the whole map.
 */
export const $progress = map<Record<string, ExerciseState | undefined>>({});

/** Replaces one exercise's state (undefined removes it). */
export function setExerciseState(id: string, state: ExerciseState | undefined): void {
  $progress.setKey(id, state);
}
