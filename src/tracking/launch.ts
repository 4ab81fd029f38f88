/**
 * The launch page's script: one tracker for the whole launch, the course pages in a frame.
 * `?bijeenkomst=<slug>` (set by a per-bijeenkomst package) narrows what is tracked and where the
 * course opens.
 */
import { FLUSH_EVENT } from '../state/flush-event';
import { showNotice } from './notice';
import { readScope, startTracking } from './run';
import { isScormVersion, type ScormVersion } from './scorm-elements';

/** A location the tracker stored is only ever a bijeenkomst folder of this course. */
const LOCATION = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?$/;

/** Asks the course page in the frame to hand over what it has not saved yet (see FLUSH_EVENT). */
function flushFrame(frame: HTMLIFrameElement) {
  try {
    const win = frame.contentWindow as (Window & typeof globalThis) | null;
    win?.dispatchEvent(new win.Event(FLUSH_EVENT));
  } catch {
    // A page of another origin in the frame is not ours to flush.
  }
}

async function launch() {
  const root = document.documentElement;
  const frame = document.getElementById('ll-frame') as HTMLIFrameElement | null;
  const full = readScope();
  if (!frame || !full) return;
  const only = new URLSearchParams(window.location.search).get('bijeenkomst');
  const part = only ? full.bijeenkomsten.filter((b) => b.slug === only) : [];
  const scope = part.length > 0 ? { ...full, bijeenkomsten: part } : full;
  const prefer: ScormVersion | 'auto' = isScormVersion(root.dataset.scorm) ? root.dataset.scorm : 'auto';
  // Registered before the tracker's own listeners, so the course page's last drafts reach the
  // tracker before it commits on hiding or finishes on leaving.
  window.addEventListener('pagehide', () => flushFrame(frame));
  window.addEventListener('blur', () => flushFrame(frame));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushFrame(frame);
  });
  const tracker = await startTracking({ scope, scopeKey: part.length > 0 ? (only ?? 'all') : 'all', prefer });
  window.leerlijnTracking = tracker;
  window.leerlijnTrackingReady = Promise.resolve(tracker);

  const resumed = LOCATION.test(tracker.resumeLocation) ? tracker.resumeLocation : '';
  const start = resumed || (part.length > 0 ? `${only}/` : '');
  // Explicit index.html: LMS file servers do not serve folder indexes.
  frame.src = `${frame.dataset.courseRoot ?? '../'}${start}index.html`;

  const exit = document.getElementById('ll-exit');
  exit?.addEventListener('click', () => {
    flushFrame(frame);
    // The status region above says where the work is: sent to the LMS (and kept in this browser
    // until it hands it back), or in this browser only. Never "saved" for work the LMS refused.
    const told = tracker.finish();
    if (told) showNotice(told);
    frame.remove();
    exit.remove();
    // Not a blank frame: the launch says it is over, and the participant can close the window.
    const closed = document.getElementById('ll-closed');
    if (closed) {
      closed.hidden = false;
      closed.focus();
    }
    root.dataset.launch = 'closed';
  });
}

void launch();
