import { describe, expect, it } from 'vitest';
import { findApi } from './find-api';

/** A window chain without a DOM: enough for the standard API search. */
function win(props: Record<string, unknown> = {}, parent?: Window, opener?: Window): Window {
  const w = { ...props, opener: opener ?? null } as Record<string, unknown>;
  w.parent = parent ?? w;
  w.top = w;
  return w as unknown as Window;
}

const api12 = { LMSInitialize: () => 'true' };
const api04 = { Initialize: () => 'true' };

describe('findApi', () => {
  it('finds the API in a parent, several levels up, and prefers the asked version', () => {
    const lms = win({ API: api12, API_1484_11: api04 });
    const frame = win({}, win({}, lms));
    expect(findApi(frame, '1.2').found).toEqual({ version: '1.2', api: api12 });
    expect(findApi(frame, 'auto').found).toEqual({ version: '2004', api: api04 });
  });

  it('finds the API through the opener of a popup', () => {
    const lms = win({ API: api12 });
    expect(findApi(win({}, undefined, lms)).found?.version).toBe('1.2');
  });

  it('reports nothing found, and whether a window on the way was out of reach', () => {
    expect(findApi(win())).toEqual({ found: undefined, blocked: false });
    const foreign = new Proxy({} as Window, {
      get: () => {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    expect(findApi(win({}, foreign))).toEqual({ found: undefined, blocked: true });
  });
});
