/**
 * Starts tracking in this document: with the LMS found up the window chain, or with the
 * in-browser stand-in when there is none. Launch page and website pages share this path.
 */
import { findApi } from './find-api';
import { showNotice } from './notice';
import type { TrackingScope } from './progress';
export { readScope } from './scope';
import { safeStorage } from './safe-storage';
import { lmsPort, type ScormPort } from './scorm-port';
import type { ScormVersion } from './scorm-elements';
import { Tracker, type Mirror, type MirrorRecord } from './tracker';

/** The local mirror, per course, scope and learner, so learners sharing a computer stay apart. */
function localMirror(key: () => string): Mirror {
  return {
    read: () => {
      try {
        return JSON.parse(safeStorage().getItem(key()) ?? 'null') as MirrorRecord | undefined;
      } catch {
        return undefined;
      }
    },
    write: (record) => safeStorage().setItem(key(), JSON.stringify(record)),
  };
}

/**
 * Whether the server this launch came from answers: the light same-origin check that tells a
 * commit the LMS really received from one it only claimed to store. Any HTTP answer counts, even
 * an error: LMS file servers behind signed URLs may refuse a HEAD, yet they were reached.
 */
async function reachesServer(): Promise<boolean> {
  if (navigator.onLine === false) return false;
  try {
    await fetch(window.location.href, { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

export interface StartOptions {
  scope: TrackingScope;
  /** Which part of the course this launch tracks: `all` or a bijeenkomst slug. */
  scopeKey: string;
  prefer: ScormVersion | 'auto';
}

/** Finds the LMS or falls back to the stand-in, starts the tracker and ties it to the page's life. */
export async function startTracking({ scope, scopeKey, prefer }: StartOptions): Promise<Tracker> {
  const search = findApi(window, prefer);
  let port: ScormPort;
  if (search.found) {
    port = lmsPort(search.found.api, search.found.version);
  } else {
    // Loaded only here: with a real LMS the page never downloads scorm-again.
    const { standalonePort } = await import('./standalone');
    port = standalonePort(`${scope.course}:${scopeKey}`);
  }
  const learner = () => port.get(port.version === '1.2' ? 'cmi.core.student_id' : 'cmi.learner_id');
  const tracker = new Tracker({
    port,
    scope,
    mirror: localMirror(() => `leerlijn:mirror:${scope.course}:${scopeKey}:${port.standalone ? 'local' : learner()}`),
    notify: (status) => showNotice(status),
    confirm: port.standalone ? undefined : reachesServer,
  });
  await tracker.start();
  if (!search.found) showNotice(search.blocked || window.parent !== window ? 'unreachable' : 'standalone');
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') tracker.flush();
  });
  // pagehide, never unload: finishing twice is guarded by the tracker.
  window.addEventListener('pagehide', () => tracker.finish());
  // A website page restored from the back/forward cache has finished its session: start afresh.
  if (port.standalone) {
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) window.location.reload();
    });
  }
  return tracker;
}
