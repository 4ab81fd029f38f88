/**
 * Finds an LMS's SCORM API the standard way: up the `parent` chain, then through the `opener`
 * and its parents. Never assumes `window.top === window`.
 */
import type { Scorm12Api, Scorm2004Api } from './scorm-port';
import { DIALECT, type ScormVersion } from './scorm-elements';

export interface FoundApi {
  version: ScormVersion;
  api: Scorm12Api | Scorm2004Api;
}

export interface ApiSearch {
  found: FoundApi | undefined;
  /** A window on the way could not be read (another origin): an LMS may be there, out of reach. */
  blocked: boolean;
}

type ApiWindow = Window & { API?: Scorm12Api; API_1484_11?: Scorm2004Api };

const MAX_DEPTH = 10;

/** Searches from `start` for the API of `prefer` first (or 2004, then 1.2, when `auto`). */
export function findApi(start: Window, prefer: ScormVersion | 'auto' = 'auto'): ApiSearch {
  const order: ScormVersion[] = prefer === 'auto' ? ['2004', '1.2'] : [prefer];
  let blocked = false;
  const look = (win: Window): FoundApi | undefined => {
    try {
      const w = win as ApiWindow;
      for (const version of order) {
        const api = w[DIALECT[version].apiObject];
        if (api) return { version, api };
      }
    } catch {
      blocked = true;
    }
    return undefined;
  };
  const climb = (from: Window | null): FoundApi | undefined => {
    let win = from;
    for (let depth = 0; win && depth < MAX_DEPTH; depth++) {
      const found = look(win);
      if (found) return found;
      let parent: Window | null = null;
      try {
        parent = win.parent === win ? null : win.parent;
      } catch {
        blocked = true;
      }
      win = parent;
    }
    return undefined;
  };
  let found = climb(start);
  if (!found) {
    let opener: Window | null = null;
    try {
      opener = start.top?.opener as Window | null;
    } catch {
      blocked = true;
    }
    found = climb(opener ?? null);
  }
  return { found, blocked };
}
