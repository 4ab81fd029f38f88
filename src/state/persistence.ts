import { $progress } from './progress';
import { toSnapshot } from './progress-snapshot';
import { createLocalProgressStorage, type ProgressStorage } from './local-progress';

let active: { storage: ProgressStorage; stop: () => void; flush: () => void } | undefined;

/** Writes unsaved changes now; elements call it after flushing their own drafts when the page goes away. */
export function flushProgress(): void {
  active?.flush();
}

/** The course this page belongs to, from `<html data-course>`; the layout writes it. */
export function pageCourse(doc: Document = document): string {
  return doc.documentElement.dataset.course || 'leerlijn';
}

/**
 * Loads progress from `storage` into `$progress` and saves every change back (batched per task,
 * and at once when the page is hidden, so closing the window loses nothing).
 * Calling it again with another storage switches over; the tracker uses this for the LMS.
 */
export function usePersistence(storage: ProgressStorage): void {
  active?.stop();
  const saved = storage.load();
  if (saved) $progress.set({ ...saved.e, ...definedOnly($progress.get()) });
  // Tests and styles can tell a page whose saved progress is in from one still loading it.
  if (globalThis.document) globalThis.document.documentElement.dataset.llProgress = 'loaded';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    storage.save(toSnapshot($progress.get()));
  };
  const unsubscribe = $progress.listen(() => {
    if (timer === undefined) timer = setTimeout(flush, 0);
  });
  // Only unsaved changes are written: saving untouched state on leaving would overwrite what
  // another tab of the same course saved meanwhile.
  const onHide = () => {
    if (timer !== undefined) flush();
  };
  globalThis.addEventListener?.('pagehide', onHide);
  globalThis.document?.addEventListener('visibilitychange', onHide);
  active = {
    storage,
    flush: () => {
      if (timer !== undefined) flush();
    },
    stop() {
      if (timer !== undefined) flush();
      unsubscribe();
      globalThis.removeEventListener?.('pagehide', onHide);
      globalThis.document?.removeEventListener('visibilitychange', onHide);
    },
  };
}

/**
 * A page that carries a tracking scope reports to a tracker, and its progress travels with the
 * tracker (suspend_data in the LMS or its in-browser stand-in): tracking/page.ts wires that up.
 */
export function isTrackedPage(doc: Document | undefined = globalThis.document): boolean {
  return Boolean(doc?.getElementById('ll-scope'));
}

/**
 * Starts localStorage persistence for this page's course unless another storage was chosen or
 * will be: on tracked pages the tracker's storage comes a moment later, and loading the browser's
 * copy first would let another learner's or an older state win over the LMS.
 */
export function ensurePersistence(): void {
  if (!active && !isTrackedPage()) usePersistence(createLocalProgressStorage(pageCourse()));
}

function definedOnly<T>(record: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, T] => entry[1] !== undefined));
}
