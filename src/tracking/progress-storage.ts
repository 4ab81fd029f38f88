/**
 * How the exercise store persists through the tracker: its snapshots travel in suspend_data, to
 * the LMS or to the in-browser stand-in, so standalone and LMS launches resume the same way.
 */
import { deserializeProgress, PROGRESS_VERSION, type Json } from '../state/progress-snapshot';
import type { ProgressStorage } from '../state/progress-storage';
import type { TrackingHost } from './tracker';

/**
 * The exercise store's `ProgressStorage` backed by the tracker: `load` gives what the last session
 * left (unknown or damaged entries dropped), `save` hands the snapshot over for the next commit.
 */
export function trackerStorage(host: TrackingHost): ProgressStorage {
  return {
    load() {
      const state = host.loadState();
      return state === null ? undefined : { v: PROGRESS_VERSION, e: deserializeProgress(state) };
    },
    save(snapshot) {
      host.saveState(snapshot as unknown as Json);
    },
  };
}
