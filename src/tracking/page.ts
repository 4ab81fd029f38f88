/**
 * Tracking on a course page. Inside the SCORM launch page the page talks to the launch page's
 * tracker (one LMS session per launch); on the website it runs its own, standalone.
 */
import type { CompleteDetail } from './events';
import type { TrackingHost } from './tracker';

declare global {
  interface Window {
    /** The tracker of this window (launch page, or a website page tracking itself). */
    leerlijnTracking?: TrackingHost;
    /** Resolves with the tracker the page reports to, once it is running. */
    leerlijnTrackingReady?: Promise<TrackingHost | undefined>;
  }
}

function launchHost(): TrackingHost | undefined {
  try {
    return window.parent !== window ? window.parent.leerlijnTracking : undefined;
  } catch {
    return undefined; // another origin: not our launch page
  }
}

const root = document.documentElement;
const course = root.dataset.course;
if (course) {
  const bijeenkomst = root.dataset.bijeenkomst || undefined;
  const fromLaunch = launchHost();
  const ready: Promise<TrackingHost | undefined> = fromLaunch
    ? Promise.resolve(fromLaunch)
    : import('./run').then(async ({ readScope, startTracking }) => {
        const scope = readScope();
        if (!scope) return undefined;
        const tracker = await startTracking({ scope, scopeKey: 'all', prefer: 'auto' });
        window.leerlijnTracking = tracker;
        return tracker;
      });
  window.leerlijnTrackingReady = ready;
  void ready.then((host) => {
    if (!host) return;
    host.visit(bijeenkomst, bijeenkomst ? `${bijeenkomst}/` : '');
    document.addEventListener('ll-complete', (event) => {
      const detail = (event as CustomEvent<CompleteDetail>).detail;
      if (detail && typeof detail.id === 'string') host.complete(detail);
    });
  });
}
