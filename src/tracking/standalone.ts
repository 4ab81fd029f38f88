/**
 * The in-browser LMS for participants without one: Leerlijn's small SCORM 1.2 run-time
 * (local-lms.ts), persisted to localStorage after every commit. The tracker talks to it exactly as
 * to a real LMS, 4096-character limit included.
 */
import { localLms } from './local-lms';
import { safeStorage, type KeyValueStore } from './safe-storage';
import { lmsPort, type ScormPort } from './scorm-port';

/** Where a course's stand-in LMS keeps its data model (scorm-again's `cmi` JSON, as before). */
export const standaloneKey = (course: string) => `leerlijn:standalone:${course}`;

/** A SCORM 1.2 run-time in the page, loaded with what the last session stored. */
export function standalonePort(course: string, storage: KeyValueStore = safeStorage()): ScormPort {
  let saved: unknown;
  try {
    const text = storage.getItem(standaloneKey(course));
    if (text) saved = JSON.parse(text);
  } catch {
    // Unreadable data: start fresh; the tracker's own mirror still has the learner's state.
  }
  const api = localLms(saved);
  const port = lmsPort(api, '1.2', true);
  const persist = () => {
    try {
      storage.setItem(standaloneKey(course), JSON.stringify(api.toJSON()));
      return true;
    } catch {
      return false;
    }
  };
  return { ...port, commit: () => port.commit() && persist(), terminate: () => port.terminate() && persist() };
}
