/**
 * How the exercise store persists through the tracker: its snapshots travel in suspend_data, to
 * the LMS or to the in-browser stand-in, so standalone and LMS launches resume the same way.
 */
import { pageCourse, usePersistence } from '../state/persistence';
import { deserializeProgress, PROGRESS_VERSION, type Json } from '../state/progress-snapshot';
import { createLocalProgressStorage, type ProgressStorage } from '../state/progress-storage';
import { exerciseIds, readScope } from './scope';
import type { TrackingHost } from './tracker';

/**
 * The exercise store's `ProgressStorage` backed by the tracker: `load` gives what the last session
 * left, without damaged entries and, given `knownIds`, without exercises the course no longer has
 * (an updated course must resume, and leftovers would only take room in suspend_data).
 */
export function trackerStorage(host: TrackingHost, knownIds?: ReadonlySet<string>): ProgressStorage {
  return {
    load() {
      const state = host.loadState();
      return state === null ? undefined : { v: PROGRESS_VERSION, e: deserializeProgress(state, knownIds) };
    },
    save(snapshot) {
      host.saveState(snapshot as unknown as Json);
    },
  };
}

/**
 * Keeps this page's exercise state with the tracker (so it travels in suspend_data), or in this
 * browser when no tracker could start.
 */
export function connectStore(host: TrackingHost | undefined): void {
  const scope = readScope();
  const known = scope && scope.bijeenkomsten.length > 0 ? exerciseIds(scope) : undefined;
  usePersistence(host ? trackerStorage(host, known) : createLocalProgressStorage(pageCourse()));
}
