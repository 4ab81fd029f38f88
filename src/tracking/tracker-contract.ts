/**
 * What the tracker promises and what it is given: the host contract pages and the exercise store
 * program against, the save statuses a page may show, and the tracker's options. Kept apart from
 * the session itself so a page can depend on the contract without the SCORM machinery.
 */
import type { ExerciseResult } from '../exercises/shared/events';
import type { Json as JsonValue } from '../state/progress-snapshot';
import type { CopyStore } from './browser-copy';
import type { Refusal } from './cmi-writer';
import type { TrackingScope } from './progress';
import type { ScormPort } from './scorm-port';
import type { Shrink } from './suspend-codec';

/** What the participant is told (politely, never blocking). */
export type SaveStatus = 'saved' | 'retrying' | 'failed' | 'trimmed' | 'restored' | 'held' | 'elsewhere' | 'review';

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface TrackerOptions {
  port: ScormPort;
  scope: TrackingScope;
  /** The browser copy for a learner id (read once, after Initialize; `undefined` when it failed). */
  copies: (learner: string | undefined) => CopyStore;
  notify?: (status: SaveStatus) => void;
  /** Decides what exercise state goes first when suspend_data would not fit. */
  shrink?: Shrink;
  clock?: Clock;
  /** Waits between failed commits, in ms; the last one repeats once before giving up. */
  retryDelays?: number[];
  /** Wait after new exercise state (`saveState`) before committing, in ms. */
  changeDelay?: number;
  /** A light same-origin request: `false` proves a commit cannot have reached the LMS's server. */
  confirm?: () => Promise<boolean>;
  /** The token for a new attempt (random by default). */
  newAttempt?: () => string;
  /** Where refused values are reported (the console by default). */
  log?: (refusal: Refusal) => void;
}

/** The contract pages and the exercise store use (also exposed to framed pages by the launch page). */
export interface TrackingHost {
  /** The exercise state to resume from, or `null` for a fresh start. */
  loadState(): JsonValue | null;
  /** Keeps new exercise state; committed shortly (or at once with `flush`). */
  saveState(state: JsonValue): void;
  /** An exercise was completed: recorded, interactions reported, committed at once. */
  complete(detail: ExerciseResult): void;
  /** The learner opened a page: `bijeenkomst` slug (or undefined for the overview), location. */
  visit(bijeenkomst: string | undefined, location: string): void;
  /** Commits now if anything changed (on `visibilitychange` → hidden). */
  flush(): void;
  /** Sets what goes first when exercise state does not fit suspend_data (the exercise store's priorities). */
  setShrink(shrink: Shrink): void;
  /** Where the learner was at launch, relative to the course folder (`bijeenkomst-2/`), or ''. */
  readonly resumeLocation: string;
  /** A review or browse launch: the work is shown and nothing is saved, so no exercise may say it was. */
  readonly lookingBack: boolean;
  /**
   * Calls `listener` now and whenever the exercises left out of suspend_data for lack of room
   * change, so a page can say so at the exercise itself; the returned function stops it.
   */
  watchLeftOut?(listener: (ids: readonly string[]) => void): () => void;
}
