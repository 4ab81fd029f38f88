/**
 * The LMS the preview simulates: scorm-again's run-time of each standard, loaded with what it kept
 * in localStorage from the last launch, and faced to the course as strictly as Moodle is (1.2's
 * limits refuse longer values). No page wiring here: the player in harness.ts uses it.
 */
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type Scorm12ApiClass from 'scorm-again/scorm12';
import type Scorm2004ApiClass from 'scorm-again/scorm2004';
import { ELEMENTS, LIMITS, SCORM_VERSIONS } from '../tracking/scorm-elements';
import type { Scorm12Api, Scorm2004Api } from '../tracking/scorm-port';
import { relaunchModel, type Version } from './data-model';

// scorm-again 3's type files declare default exports; its ESM builds export the classes by name.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12ApiClass };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof Scorm2004ApiClass };

export type Api = Scorm12ApiClass | Scorm2004ApiClass;

export const other = (version: Version): Version => SCORM_VERSIONS.find((v) => v !== version)!;
export const storageKey = (name: string, version?: Version) => `leerlijn-lms:${name}${version ? `:as-${version}` : ''}`;
const LIMITS_12: Record<string, number> = {
  [ELEMENTS['1.2'].suspendData]: LIMITS['1.2'].suspendData,
  [ELEMENTS['1.2'].location]: LIMITS['1.2'].location,
};

const LEARNER = { id: 'voorbeeld', name: 'Deelnemer, Voorbeeld' };

export function snapshot(api: Api): unknown {
  return JSON.parse(JSON.stringify(api.cmi)) as unknown;
}

export function stored(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
  } catch {
    return null;
  }
}

/** scorm-again is lenient; this wrapper refuses what Moodle refuses under SCORM 1.2 (error 405). */
function strict12(api: Scorm12ApiClass, onInitialize: () => void = () => {}) {
  let refused = false;
  return {
    LMSInitialize: (p: '') => {
      const answer = api.LMSInitialize(p);
      onInitialize();
      return answer;
    },
    LMSFinish: (p: '') => api.LMSFinish(p),
    LMSGetValue: (e: string) => api.LMSGetValue(e),
    LMSSetValue: (e: string, v: string) => {
      const limit = LIMITS_12[e];
      refused = limit !== undefined && String(v).length > limit;
      return refused ? 'false' : api.LMSSetValue(e, v);
    },
    LMSCommit: (p: '') => api.LMSCommit(p),
    LMSGetLastError: () => (refused ? '405' : api.LMSGetLastError()),
    LMSGetErrorString: (c: string) => api.LMSGetErrorString(c),
    LMSGetDiagnostic: (c: string) => api.LMSGetDiagnostic(c),
  };
}

/** scorm-again's run-time of each standard. */
const RUNTIMES = { '1.2': Scorm12API, '2004': Scorm2004API } as const satisfies Record<Version, unknown>;

/** What a course sees of the LMS: 1.2 as strict as Moodle; `opened` runs when the course initializes. */
export const FACES: Record<Version, (api: Api, opened?: () => void) => Scorm12Api | Scorm2004Api> = {
  '1.2': (api, opened) => strict12(api as Scorm12ApiClass, opened),
  '2004': (api, opened) => (opened ? with2004Hook(api as Scorm2004ApiClass, opened) : api),
};

function with2004Hook(api: Scorm2004ApiClass, onInitialize: () => void) {
  return {
    Initialize: (p: '') => {
      const answer = api.Initialize(p);
      onInitialize();
      return answer;
    },
    Terminate: (p: '') => api.Terminate(p),
    GetValue: (e: string) => api.GetValue(e),
    SetValue: (e: string, v: string) => api.SetValue(e, v),
    Commit: (p: '') => api.Commit(p),
    GetLastError: () => api.GetLastError(),
    GetErrorString: (c: string) => api.GetErrorString(c),
    GetDiagnostic: (c: string) => api.GetDiagnostic(c),
  };
}

/** A scorm-again LMS of `version`, loaded with what it kept from the last launch. */
export function makeLms(version: Version, key: string, mastery: number, review: boolean): Api {
  const model = relaunchModel(version, stored(key) ?? {}, LEARNER, mastery, review ? 'review' : 'normal');
  const settings = { autocommit: false, logLevel: 5 as const };
  const api = new RUNTIMES[version](settings);
  api.loadFromJSON(model, '');
  return api;
}
