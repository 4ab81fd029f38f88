/**
 * How the exercise store persists through the tracker: a `ProgressStorage` whose snapshots travel
 * in suspend_data (to the LMS, or to the in-browser stand-in). Wiring the store is:
 *
 *     const host = await window.leerlijnTrackingReady;
 *     const storage = host ? trackerStorage<ProgressSnapshot>(host) : localStorageFallback;
 */
import type { JsonValue } from './events';
import type { TrackingHost } from './tracker';

/** The persistence interface of the exercise store. */
export interface ProgressStorage<S> {
  load(): S | undefined;
  save(snapshot: S): void;
}

/** A `ProgressStorage` backed by the tracker: `load` gives what the last session left. */
export function trackerStorage<S extends JsonValue>(host: TrackingHost): ProgressStorage<S> {
  return {
    load: () => (host.loadState() ?? undefined) as S | undefined,
    save: (snapshot) => host.saveState(snapshot),
  };
}
