import type { TrackingHost } from './tracker-contract';

/** The tracker of the Leerlijn launch page this page runs in, if it runs in one. */
export function launchHost(): TrackingHost | undefined {
  try {
    return window.parent !== window ? window.parent.leerlijnTracking : undefined;
  } catch {
    return undefined; // another origin: not our launch page
  }
}
