/**
 * What the participant's pages show of progress, from the tracker's own result (`Outcome`): one
 * definition of done for the page, the overview, the catalogue and the LMS. A bijeenkomst is done
 * when all its exercises are (without exercises: once opened), in progress once one is done, and
 * the course's share is the mean of the bijeenkomsten' shares, the number SCORM 2004 gets as
 * `cmi.progress_measure`. Pure apart from the small record kept in the browser for the catalogue.
 */
import type { BijeenkomstProgress, Outcome } from '../tracking/progress';
import { safeStorage, type KeyValueStore } from '../tracking/safe-storage';

export type SessionState = 'todo' | 'doing' | 'done';

/** A bijeenkomst's state, as the LMS records it: completed, incomplete, not attempted. */
export function sessionState(progress: BijeenkomstProgress): SessionState {
  if (progress.completed) return 'done';
  return progress.measure > 0 ? 'doing' : 'todo';
}

/** The course's share done, 0–100, rounded down: 100 only when everything is done. */
export function coursePercent(outcome: Outcome): number {
  const all = outcome.bijeenkomsten;
  if (all.length === 0) return 0;
  const mean = all.reduce((sum, b) => sum + b.measure, 0) / all.length;
  return outcome.completed ? 100 : Math.min(99, Math.floor(mean * 100 + 1e-9));
}

/** Where the participant last read: a bijeenkomst and a section of its page. */
export interface LastPlace {
  slug: string;
  /** "Bijeenkomst 2: Eigen kracht", as the page calls itself. */
  label: string;
  section?: string;
  sectionTitle?: string;
}

/** What a course's pages leave for the catalogue and the next visit, in this browser. */
export interface StudyRecord {
  percent?: number;
  sessions?: Record<string, SessionState>;
  last?: LastPlace;
}

export const studyKey = (course: string) => `leerlijn:study:${course}`;

const STATES = new Set<unknown>(['todo', 'doing', 'done']);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length < 300;

/** Reads the record, dropping anything malformed (it is only ever a display hint). */
export function readStudyRecord(course: string, storage: KeyValueStore = safeStorage()): StudyRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(studyKey(course)) ?? '{}');
  } catch {
    return {};
  }
  if (!raw || typeof raw !== 'object') return {};
  const { percent, sessions, last } = raw as Record<string, unknown>;
  const record: StudyRecord = {};
  if (typeof percent === 'number' && percent >= 0 && percent <= 100) record.percent = Math.floor(percent);
  if (sessions && typeof sessions === 'object')
    record.sessions = Object.fromEntries(
      Object.entries(sessions).filter((entry): entry is [string, SessionState] => STATES.has(entry[1])),
    );
  const place = last as Partial<LastPlace> | undefined;
  if (place && isText(place.slug) && /^[a-z0-9-]+$/.test(place.slug) && isText(place.label)) {
    record.last = { slug: place.slug, label: place.label };
    if (isText(place.section) && /^[\p{L}\p{N}_-]+$/u.test(place.section) && isText(place.sectionTitle)) {
      record.last.section = place.section;
      record.last.sectionTitle = place.sectionTitle;
    }
  }
  return record;
}

/** Merges `change` into the course's record. */
export function writeStudyRecord(course: string, change: StudyRecord, storage: KeyValueStore = safeStorage()): void {
  try {
    storage.setItem(studyKey(course), JSON.stringify({ ...readStudyRecord(course, storage), ...change }));
  } catch {
    // A full or blocked store: the display simply knows less next time.
  }
}

/** The record's part that comes from the tracker's result. */
export function progressRecord(outcome: Outcome): StudyRecord {
  return {
    percent: coursePercent(outcome),
    sessions: Object.fromEntries(outcome.bijeenkomsten.map((b) => [b.slug, sessionState(b)])),
  };
}
