/**
 * A small SCORM 1.2 run-time in the page, for participants without an LMS: the website's pages keep
 * progress in the browser through it. The tracker talks to it exactly as to an LMS: the same
 * `LMS*` calls, data model, vocabularies, limits (suspend_data 4096 characters, texts and
 * identifiers 255) and error codes, so what works here works in Moodle. It replaces scorm-again on
 * the website (about 19 KB gzipped for the few elements Leerlijn writes); scorm-again stays the
 * strict LMS of the LMS preview and the tests, and local-lms.test.ts holds this one to it.
 *
 * The data model is kept in the shape of scorm-again's `cmi` JSON, which earlier versions stored
 * under the same key, so nobody's progress is lost by the change.
 */
import type { Scorm12Api } from './scorm-port';

/** SCORM 1.2 error codes (the standard's table). */
export const ERRORS = {
  none: 0,
  general: 101,
  invalidArgument: 201,
  notInitialized: 301,
  notImplemented: 401,
  invalidSetKeyword: 402,
  readOnly: 403,
  writeOnly: 404,
  wrongType: 405,
} as const;

type Access = 'ro' | 'rw' | 'wo';
type Check = (value: string) => boolean;

const text =
  (max: number): Check =>
  (value) =>
    value.length <= max;
const oneOf =
  (...words: string[]): Check =>
  (value) =>
    words.includes(value);
/** CMIDecimal within 0–100 for scores, or empty (unset). */
const score: Check = (value) => value === '' || (/^-?\d+(\.\d+)?$/.test(value) && +value >= 0 && +value <= 100);
const decimal: Check = (value) => /^-?\d+(\.\d+)?$/.test(value);
/** CMITimespan: HHHH:MM:SS(.SS). */
const timespan: Check = (value) => /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/.test(value);
/** CMITime: HH:MM:SS(.SS). */
const time: Check = (value) => /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/.test(value);
const identifier: Check = (value) => value !== '' && value.length <= 255;
const any: Check = () => true;

const STATUS = ['passed', 'completed', 'failed', 'incomplete', 'browsed'];

/** Every element of the data model with its access and type; `n` / `m` stand for an index. */
const MODEL: Record<string, [Access, Check]> = {
  'cmi.core.student_id': ['ro', any],
  'cmi.core.student_name': ['ro', any],
  'cmi.core.lesson_location': ['rw', text(255)],
  'cmi.core.credit': ['ro', any],
  'cmi.core.lesson_status': ['rw', oneOf(...STATUS)],
  'cmi.core.entry': ['ro', any],
  'cmi.core.score.raw': ['rw', score],
  'cmi.core.score.min': ['rw', score],
  'cmi.core.score.max': ['rw', score],
  'cmi.core.total_time': ['ro', any],
  'cmi.core.lesson_mode': ['ro', any],
  'cmi.core.exit': ['wo', oneOf('time-out', 'suspend', 'logout', '')],
  'cmi.core.session_time': ['wo', timespan],
  'cmi.suspend_data': ['rw', text(4096)],
  'cmi.launch_data': ['ro', any],
  'cmi.comments': ['rw', text(4096)],
  'cmi.comments_from_lms': ['ro', any],
  'cmi.student_data.mastery_score': ['ro', any],
  'cmi.student_data.max_time_allowed': ['ro', any],
  'cmi.student_data.time_limit_action': ['ro', any],
  'cmi.student_preference.audio': ['rw', (v) => /^-?\d+$/.test(v) && +v >= -1 && +v <= 100],
  'cmi.student_preference.language': ['rw', text(255)],
  'cmi.student_preference.speed': ['rw', (v) => /^-?\d+$/.test(v) && +v >= -100 && +v <= 100],
  'cmi.student_preference.text': ['rw', oneOf('-1', '0', '1')],
  'cmi.objectives.n.id': ['rw', identifier],
  'cmi.objectives.n.score.raw': ['rw', score],
  'cmi.objectives.n.score.min': ['rw', score],
  'cmi.objectives.n.score.max': ['rw', score],
  'cmi.objectives.n.status': ['rw', oneOf(...STATUS, 'not attempted')],
  'cmi.interactions.n.id': ['wo', identifier],
  'cmi.interactions.n.objectives.m.id': ['wo', identifier],
  'cmi.interactions.n.time': ['wo', time],
  'cmi.interactions.n.type': [
    'wo',
    oneOf('true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'),
  ],
  'cmi.interactions.n.correct_responses.m.pattern': ['wo', text(255)],
  'cmi.interactions.n.weighting': ['wo', decimal],
  'cmi.interactions.n.student_response': ['wo', text(255)],
  'cmi.interactions.n.result': ['wo', (v) => oneOf('correct', 'wrong', 'unanticipated', 'neutral')(v) || decimal(v)],
  'cmi.interactions.n.latency': ['wo', timespan],
};

/** What a fresh attempt reads (scorm-again's defaults, so nothing changes for the tracker). */
const DEFAULTS: Record<string, string> = {
  'cmi.core.lesson_status': 'not attempted',
  'cmi.core.lesson_mode': 'normal',
};

/** The lists whose `_count` a participant's data grows; an index may be at most the current count. */
const LISTS = [
  /^(cmi\.objectives)\.(\d+)\./,
  /^(cmi\.interactions)\.(\d+)\./,
  /^(cmi\.interactions\.\d+\.objectives)\.(\d+)\./,
  /^(cmi\.interactions\.\d+\.correct_responses)\.(\d+)\./,
];

/** The model's name of an element: `cmi.objectives.3.id` → `cmi.objectives.n.id`. */
const modelName = (element: string) =>
  element
    .replace(/^(cmi\.(?:objectives|interactions))\.\d+\./, '$1.n.')
    .replace(/\.(objectives|correct_responses)\.\d+\./, '.$1.m.');

/** `_children` of the groups Leerlijn or an author might ask about. */
const CHILDREN: Record<string, string> = {
  'cmi.core._children':
    'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time',
  'cmi.core.score._children': 'raw,min,max',
  'cmi.objectives._children': 'id,score,status',
  'cmi.interactions._children': 'id,objectives,time,type,correct_responses,weighting,student_response,result,latency',
  'cmi.student_data._children': 'mastery_score,max_time_allowed,time_limit_action',
  'cmi.student_preference._children': 'audio,language,speed,text',
};

/** The data model as flat `element → value` pairs, read from scorm-again's nested `cmi` JSON. */
export function flatten(json: unknown, prefix = 'cmi', into = new Map<string, string>()): Map<string, string> {
  if (typeof json === 'string') {
    if (MODEL[modelName(prefix)]) into.set(prefix, json);
  } else if (json && typeof json === 'object') {
    for (const [key, value] of Object.entries(json)) flatten(value, `${prefix}.${key}`, into);
  }
  return into;
}

/** The flat data model in scorm-again's nested `cmi` JSON shape (without the `cmi` level). */
export function nest(values: ReadonlyMap<string, string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [element, value] of values) {
    const path = element.split('.').slice(1);
    let node = root;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = value;
  }
  return root;
}

/** How many entries a list holds: one more than its highest index. */
function countOf(values: ReadonlyMap<string, string>, list: string): number {
  let count = 0;
  const at = list.length + 1;
  for (const element of values.keys())
    if (element.startsWith(`${list}.`)) {
      const index = Number.parseInt(element.slice(at), 10);
      if (Number.isInteger(index)) count = Math.max(count, index + 1);
    }
  return count;
}

export interface LocalLms extends Scorm12Api {
  /** The data model as scorm-again's `cmi` JSON, for storing. */
  toJSON(): Record<string, unknown>;
}

/** A SCORM 1.2 run-time over `saved` (scorm-again's `cmi` JSON from an earlier session, if any). */
export function localLms(saved?: unknown): LocalLms {
  const values = flatten(saved);
  let state: 'new' | 'running' | 'finished' = 'new';
  let error: number = ERRORS.none;
  const fail = (code: number) => {
    error = code;
    return 'false';
  };
  const running = () => {
    if (state === 'running') return true;
    error = ERRORS.notInitialized;
    return false;
  };

  /**
   * Whether each list index in `element` names an entry that exists (reading) or exists or comes
   * next (writing: lists grow one entry at a time).
   */
  const indexesFit = (element: string, writing: boolean) =>
    LISTS.every((list) => {
      const match = list.exec(element);
      return !match || Number(match[2]) < countOf(values, match[1]!) + (writing ? 1 : 0);
    });
  const refuse = (code: number) => {
    error = code;
    return '';
  };

  return {
    LMSInitialize: () => {
      if (state !== 'new') return fail(ERRORS.general);
      state = 'running';
      error = ERRORS.none;
      return 'true';
    },
    LMSFinish: () => {
      if (!running()) return 'false';
      state = 'finished';
      error = ERRORS.none;
      return 'true';
    },
    LMSCommit: () => {
      if (!running()) return 'false';
      error = ERRORS.none;
      return 'true';
    },
    LMSGetLastError: () => String(error),
    LMSGetValue: (element) => {
      if (!running()) return '';
      error = ERRORS.none;
      if (element in CHILDREN) return CHILDREN[element]!;
      if (element.endsWith('._count')) {
        const list = element.slice(0, -'._count'.length);
        if (LISTS.some((pattern) => pattern.test(`${list}.0.`))) return String(countOf(values, list));
        return refuse(ERRORS.invalidArgument);
      }
      const model = MODEL[modelName(element)];
      if (!model) return refuse(ERRORS.notImplemented);
      if (model[0] === 'wo') return refuse(ERRORS.writeOnly);
      if (!indexesFit(element, false)) return refuse(ERRORS.invalidArgument);
      return values.get(element) ?? DEFAULTS[element] ?? '';
    },
    LMSSetValue: (element, value) => {
      if (!running()) return 'false';
      value = String(value);
      if (element in CHILDREN || element.endsWith('._count')) return fail(ERRORS.invalidSetKeyword);
      const model = MODEL[modelName(element)];
      if (!model) return fail(ERRORS.notImplemented);
      if (model[0] === 'ro') return fail(ERRORS.readOnly);
      if (!indexesFit(element, true)) return fail(ERRORS.invalidArgument);
      if (!model[1](value)) return fail(ERRORS.wrongType);
      values.set(element, value);
      error = ERRORS.none;
      return 'true';
    },
    toJSON: () => nest(values),
  };
}
