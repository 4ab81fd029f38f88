/**
 * The launch page's script: one tracker for the whole launch, the course pages in a frame.
 * `?bijeenkomst=<slug>` (set by a per-bijeenkomst package) narrows what is tracked and where the
 * course opens.
 */
import { showNotice } from './notice';
import { readScope, startTracking } from './run';
import type { ScormVersion } from './scorm-elements';

/** A location the tracker stored is only ever a bijeenkomst folder of this course. */
const LOCATION = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?$/;

async function launch() {
  const root = document.documentElement;
  const frame = document.getElementById('ll-frame') as HTMLIFrameElement | null;
  const full = readScope();
  if (!frame || !full) return;
  const only = new URLSearchParams(window.location.search).get('bijeenkomst');
  const part = only ? full.bijeenkomsten.filter((b) => b.slug === only) : [];
  const scope = part.length > 0 ? { ...full, bijeenkomsten: part } : full;
  const prefer = (
    root.dataset.scorm === '1.2' || root.dataset.scorm === '2004' ? root.dataset.scorm : 'auto'
  ) satisfies ScormVersion | 'auto';
  const tracker = await startTracking({ scope, scopeKey: part.length > 0 ? (only ?? 'all') : 'all', prefer });
  window.leerlijnTracking = tracker;
  window.leerlijnTrackingReady = Promise.resolve(tracker);

  const resumed = LOCATION.test(tracker.resumeLocation) ? tracker.resumeLocation : '';
  const start = resumed || (part.length > 0 ? `${only}/` : '');
  // Explicit index.html: LMS file servers do not serve folder indexes.
  frame.src = `${frame.dataset.courseRoot ?? '../'}${start}index.html`;

  document.getElementById('ll-exit')?.addEventListener('click', () => {
    tracker.finish();
    frame.remove();
    showNotice('closed');
  });
}

void launch();
