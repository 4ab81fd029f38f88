/**
 * How the exercise store persists through the tracker: its snapshots travel in suspend_data, to
 * the LMS or to the in-browser stand-in, so standalone and LMS launches resume the same way.
 */
import { pageCourse, usePersistence } from '../state/persistence';
import { deserializeProgress, PROGRESS_VERSION, type Json } from '../state/progress-snapshot';
import { createLocalProgressStorage, type ProgressStorage } from '../state/local-progress';
import { showEarlierVersion, writtenTexts } from './earlier-version';
import { exerciseIds, readScope } from './scope';
import type { TrackingHost } from './tracker-contract';

/**
 * The exercise store's `ProgressStorage` backed by the tracker: `load` gives what the last session
 * left, without damaged entries and, given `knownIds`, without exercises the course no longer has.
 * Those are kept aside, never deleted: every save hands them back to the tracker, so a course
 * update that drops or renames an exercise loses none of what the participant wrote in it.
 */
export function trackerStorage(
  host: TrackingHost,
  knownIds?: ReadonlySet<string>,
  onAside?: (aside: Readonly<Record<string, Json>>) => void,
): ProgressStorage {
  let aside: Record<string, Json> = {};
  return {
    load() {
      const state = host.loadState();
      if (state === null) return undefined;
      const all = deserializeProgress(state);
      aside = knownIds ? Object.fromEntries(Object.entries(all).filter(([id]) => !knownIds.has(id))) : {};
      if (Object.keys(aside).length > 0) onAside?.(aside);
      return { v: PROGRESS_VERSION, e: deserializeProgress(state, knownIds) };
    },
    save(snapshot) {
      host.saveState({ v: snapshot.v, e: { ...aside, ...snapshot.e } });
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
  usePersistence(
    host
      ? trackerStorage(host, known, (aside) => showEarlierVersion(writtenTexts(aside)))
      : createLocalProgressStorage(pageCourse()),
  );
}
