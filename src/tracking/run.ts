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
import { Tracker } from './tracker';
import { browserCopy } from './browser-copy';

/**
 * Whether the server this launch came from can be reached at all. Only a failure means something
 * (the commit cannot have reached the LMS): an answer, even 200, proves nothing about what the LMS
 * stored, so the browser copy stays pending until a later launch gets the state back.
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
    // Loaded only here: with a real LMS the page never downloads the stand-in.
    const { standalonePort } = await import('./standalone');
    port = standalonePort(`${scope.course}:${scopeKey}`);
  }
  // The learner of the last launch of this package in this browser: where a launch whose
  // Initialize failed keeps its work (it cannot ask who is learning).
  const lastKey = `leerlijn:last-learner:${scope.course}:${scopeKey}:${port.version}`;
  const tracker = new Tracker({
    port,
    scope,
    copies: (learner) => {
      const storage = safeStorage();
      const id = port.standalone ? 'local' : (learner ?? storage.getItem(lastKey) ?? '');
      try {
        if (learner !== undefined) storage.setItem(lastKey, id);
      } catch {
        // Storage blocked: the copy lives in memory for this launch.
      }
      return browserCopy({ course: scope.course, scopeKey, version: port.version, learner: id });
    },
    notify: (status) => showNotice(status),
    confirm: port.standalone ? undefined : reachesServer,
  });
  await tracker.start();
  if (!search.found) showNotice(search.blocked || window.parent !== window ? 'unreachable' : 'standalone');
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') tracker.flush();
  });
  // An LMS's own exit button is in another frame: pressing it takes the focus from this window
  // before the LMS unloads the frame, so the last work is committed while requests still go out.
  window.addEventListener('blur', () => tracker.flush());
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
