/**
 * The in-browser LMS for participants without one: scorm-again's SCORM 1.2 run-time (its smallest
 * build), persisted to localStorage after every commit. The tracker talks to it exactly as to a
 * real LMS, 4096-character limit included. Of the course pages' code, only this module imports
 * scorm-again (run.ts loads it when no LMS answers); the LMS preview has its own copy.
 */
import * as scorm12 from 'scorm-again/scorm12/min';
import type Scorm12ApiClass from 'scorm-again/scorm12/min';
import { safeStorage, type KeyValueStore } from './safe-storage';
import { lmsPort, type ScormPort } from './scorm-port';

// scorm-again 3's type files declare a default export; its ESM builds export the class by name.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12ApiClass };

/** Where a course's stand-in LMS keeps its data model. */
export const standaloneKey = (course: string) => `leerlijn:standalone:${course}`;

/** A SCORM 1.2 run-time in the page, loaded with what the last session stored. */
export function standalonePort(course: string, storage: KeyValueStore = safeStorage()): ScormPort {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 });
  try {
    const saved = storage.getItem(standaloneKey(course));
    if (saved) api.loadFromJSON(JSON.parse(saved) as Record<string, unknown>, '');
  } catch {
    // Unreadable data: start fresh; the tracker's own mirror still has the learner's state.
  }
  const port = lmsPort(api, '1.2', true);
  const persist = () => {
    try {
      storage.setItem(standaloneKey(course), JSON.stringify(api.cmi));
      return true;
    } catch {
      return false;
    }
  };
  return { ...port, commit: () => port.commit() && persist(), terminate: () => port.terminate() && persist() };
}
