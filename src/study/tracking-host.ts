/**
 * The tracker this page reports to (its own, or the SCORM launch page's), and its current result.
 * Reads only what the tracker already offers: `window.leerlijnTrackingReady` and `outcome()`.
 */
import type { Outcome } from '../tracking/progress';
import type { TrackingHost } from '../tracking/tracker-contract';

type HostWithOutcome = TrackingHost & { outcome?: () => Outcome };

/** Resolves once the page's tracking script has started. */
export async function trackingHost(): Promise<HostWithOutcome | undefined> {
  // Module scripts run in order while the document is 'interactive', all before DOMContentLoaded;
  // the tracking script may come after this one.
  if (!window.leerlijnTrackingReady && document.readyState !== 'complete')
    await new Promise((resolve) => {
      document.addEventListener('DOMContentLoaded', resolve, { once: true });
      window.addEventListener('load', resolve, { once: true });
    });
  return window.leerlijnTrackingReady;
}

export function hostOutcome(host: HostWithOutcome | undefined): Outcome | undefined {
  try {
    return typeof host?.outcome === 'function' ? host.outcome() : undefined;
  } catch {
    return undefined;
  }
}
