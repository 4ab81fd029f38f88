/**
 * What the LMS says about a launch, read once right after Initialize: nothing is asked after
 * Finish, and the session decides from these values alone. A pure function of the answers, so
 * every LMS quirk it absorbs is tested without a run-time.
 */
import type { TrackingScope } from './progress';
import { DIALECT, ELEMENTS, LOCATION, launchMode, type LaunchMode, type ScormVersion } from './scorm-elements';

export interface LaunchValues {
  mode: LaunchMode;
  /** The scope with the LMS's mastery score, when it gave a usable one. */
  scope: TrackingScope;
  /** The lesson / completion status as the LMS reported it. */
  lmsStatus: string;
  /** The attempt was already completed, passed or failed: a new session may not undo that. */
  wasDone: boolean;
  /** Where the LMS says the learner was, '' for the course's start. */
  location: string;
  learnerId: string;
  /** Read whatever cmi.entry says: some LMSs report '' after a non-suspend exit. */
  suspendData: string;
}

const DONE_STATUSES = new Set(['completed', 'passed', 'failed']);

export function readLaunchValues(
  version: ScormVersion,
  get: (element: string) => string,
  scope: TrackingScope,
): LaunchValues {
  const el = ELEMENTS[version];
  const mode = launchMode(get(el.mode), get(el.credit));
  const mastery = Number.parseFloat(get(el.masteryScore));
  const lmsStatus = get(el.status);
  return {
    mode,
    scope: Number.isFinite(mastery) ? { ...scope, mastery: DIALECT[version].masteryPercent(mastery) } : scope,
    lmsStatus,
    wasDone: DONE_STATUSES.has(lmsStatus.toLowerCase()),
    location: LOCATION[version].read(get(el.location)),
    learnerId: get(el.learnerId),
    suspendData: get(el.suspendData),
  };
}
