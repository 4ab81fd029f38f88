/**
 * Tracking on a course page. Inside the SCORM launch page the page talks to the launch page's
 * tracker (one LMS session per launch); on the website it runs its own, standalone.
 */
import type { ExerciseResult } from '../exercises/shared/events';
import { FLUSH_EVENT } from '../state/flush-event';
import { launchHost } from './launch-host';
import type { TrackingHost } from './tracker-contract';

declare global {
  interface Window {
    /** The tracker of this window (launch page, or a website page tracking itself). */
    leerlijnTracking?: TrackingHost;
    /** Resolves with the tracker the page reports to, once it is running. */
    leerlijnTrackingReady?: Promise<TrackingHost | undefined>;
  }
}

/** Exercises keep their state in the exercise store; a page without any never loads the store. */
const STORE_USERS = '[data-ll-exercise]';

const root = document.documentElement;
const course = root.dataset.course;
if (course) {
  const bijeenkomst = root.dataset.bijeenkomst || undefined;
  const fromLaunch = launchHost();
  const ready: Promise<TrackingHost | undefined> = fromLaunch
    ? Promise.resolve(fromLaunch)
    : import('./run')
        .then(async ({ readScope, startTracking }) => {
          const scope = readScope();
          if (!scope) return undefined;
          const tracker = await startTracking({ scope, scopeKey: 'all', prefer: 'auto' });
          window.leerlijnTracking = tracker;
          return tracker;
        })
        .catch(() => undefined);
  window.leerlijnTrackingReady = ready;
  void ready.then(async (host) => {
    if (host) {
      // Read by the exercises (exercise-element.ts), before the store hands them their state.
      if (host.lookingBack) root.dataset.llLookingBack = '';
      host.visit(bijeenkomst, bijeenkomst ? `${bijeenkomst}/` : '');
      // Said at the exercise itself, at once: its work is kept in this browser only (no room in the LMS).
      const stop = host.watchLeftOut?.((ids) => {
        for (const exercise of document.querySelectorAll('[data-ll-not-in-lms]'))
          if (!ids.includes(exercise.id)) exercise.removeAttribute('data-ll-not-in-lms');
        for (const id of ids) document.getElementById(id)?.setAttribute('data-ll-not-in-lms', '');
      });
      if (stop) window.addEventListener('pagehide', stop);
      document.addEventListener('ll-complete', (event) => {
        const detail = (event as CustomEvent<ExerciseResult>).detail;
        if (detail && typeof detail.id === 'string') host.complete(detail);
      });
    }
    if (document.querySelector(STORE_USERS)) {
      const { connectStore } = await import('./store-via-tracker');
      connectStore(host);
    } else {
      root.dataset.llProgress = 'loaded';
    }
    // Registered after the store's and the elements' own listeners, so their last drafts are in
    // before the commit; in a launch frame this is what commits, the launch page's document may
    // stay visible.
    if (host) {
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') host.flush();
      });
      // Focus leaving the page (to an LMS's own exit button, say) comes before the LMS can unload
      // the frame: drafts and the commit go out now, while requests still may.
      window.addEventListener('blur', () => {
        window.dispatchEvent(new Event(FLUSH_EVENT));
        host.flush();
      });
    }
  });
}
