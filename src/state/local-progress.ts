import { deserializeProgress, PROGRESS_VERSION, serializeProgress, type ProgressSnapshot } from './progress-snapshot';

/**
 * Where the exercise store keeps progress between visits. Two implement it: the tracker's
 * (tracking/store-via-tracker.ts, through suspend_data to the LMS or the in-browser stand-in), and
 * the localStorage one below, used when no tracker could start.
 */
export interface ProgressStorage {
  /** The saved snapshot, or undefined when there is none or it cannot be read. */
  load(): ProgressSnapshot | undefined;
  /** Saves the snapshot; must not throw (a full or blocked store is the storage's problem). */
  save(snapshot: ProgressSnapshot): void;
}

/** The localStorage key for a course's progress. */
export const storageKey = (courseSlug: string): string => `leerlijn:${courseSlug}:progress`;

/** Progress in the browser's localStorage, one key per course. Falls back to memory when storage is blocked. */
export function createLocalProgressStorage(
  courseSlug: string,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage,
): ProgressStorage {
  const key = storageKey(courseSlug);
  let memory: string | undefined;
  return {
    load() {
      let text: string | null | undefined = memory;
      try {
        text = storage?.getItem(key) ?? memory;
      } catch {
        // Private modes may forbid access; memory keeps the session working.
      }
      if (!text) return undefined;
      return { v: PROGRESS_VERSION, e: deserializeProgress(text) };
    },
    save(snapshot) {
      memory = serializeProgress(snapshot.e);
      try {
        storage?.setItem(key, memory);
      } catch {
        // Quota or privacy settings: keep the in-memory copy for this page.
      }
    },
  };
}
