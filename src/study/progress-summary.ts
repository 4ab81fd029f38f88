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

const SLUG = /^[a-z0-9-]+$/;
const ANCHOR = /^[\p{L}\p{N}_-]+$/u;
const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 300) : undefined);

/**
 * Reads the record, keeping only what is well-formed (it is only ever a display hint): slugs and
 * anchors that can only point into the course, texts that are only ever shown as text.
 */
export function readStudyRecord(course: string, storage: KeyValueStore = safeStorage()): StudyRecord {
  try {
    const raw = JSON.parse(storage.getItem(studyKey(course)) ?? '{}') as Record<string, unknown>;
    const record: StudyRecord = {};
    const percent = raw.percent;
    if (typeof percent === 'number' && percent >= 0 && percent <= 100) record.percent = Math.floor(percent);
    if (raw.sessions && typeof raw.sessions === 'object') record.sessions = raw.sessions as StudyRecord['sessions'];
    const last = (raw.last ?? {}) as Record<string, unknown>;
    const label = text(last.label);
    if (typeof last.slug === 'string' && SLUG.test(last.slug) && label) {
      record.last = { slug: last.slug, label };
      const sectionTitle = text(last.sectionTitle);
      if (typeof last.section === 'string' && ANCHOR.test(last.section) && sectionTitle)
        Object.assign(record.last, { section: last.section, sectionTitle });
    }
    return record;
  } catch {
    return {};
  }
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
