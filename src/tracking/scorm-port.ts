/**
 * The one interface the tracker talks to: a SCORM run-time, whether an LMS's `API` /
 * `API_1484_11` or scorm-again standing in for one. Every call is guarded: an LMS that throws
 * answers `false` (or `''`), never an exception in the course.
 */
import { DIALECT, type ScormVersion } from './scorm-elements';

export interface ScormPort {
  readonly version: ScormVersion;
  /** `true` for the in-browser stand-in (no LMS was found). */
  readonly standalone: boolean;
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
  /** The last error code, 0 when none (or when the LMS cannot say). */
  lastError(): number;
}

/** The SCORM 1.2 run-time API an LMS exposes as `window.API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
}

/** The SCORM 2004 run-time API an LMS exposes as `window.API_1484_11`. */
export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
}

/** An LMS's answer as text; anything that is not a plain value reads as empty. */
const asText = (answer: unknown) =>
  typeof answer === 'string' ? answer : typeof answer === 'number' || typeof answer === 'boolean' ? String(answer) : '';

/** LMSs answer `true`, `"true"` or `"True"`; everything else is a refusal. */
const truthy = (answer: unknown) => answer === true || asText(answer).toLowerCase() === 'true';

function guard<T>(call: () => T, fallback: T): T {
  try {
    return call();
  } catch {
    return fallback;
  }
}

/** Wraps an LMS's SCORM API (either version) as a port. */
export function lmsPort(api: Scorm12Api | Scorm2004Api, version: ScormVersion, standalone = false): ScormPort {
  const { calls } = DIALECT[version];
  // Called on the API object itself: some LMSs' methods need it as `this`.
  const methods = api as unknown as Record<string, (...args: string[]) => unknown>;
  const call = (name: string, ...args: string[]) => methods[name]!(...args);
  return {
    version,
    standalone,
    initialize: () => guard(() => truthy(call(calls.initialize, '')), false),
    get: (element) => guard(() => asText(call(calls.getValue, element)), ''),
    set: (element, value) => guard(() => truthy(call(calls.setValue, element, value)), false),
    commit: () => guard(() => truthy(call(calls.commit, '')), false),
    terminate: () => guard(() => truthy(call(calls.finish, '')), false),
    lastError: () => guard(() => Number(call(calls.lastError)) || 0, 0),
  };
}
