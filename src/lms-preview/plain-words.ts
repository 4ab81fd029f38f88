/**
 * Raw SCORM vocabulary in plain words: which interface string says what a recorded value means.
 * The preview shows the words first and the raw value beside them. Pure, unit-tested.
 */
import type { StringKey } from '../i18n/strings';
import { DIALECT, type ScormVersion } from '../tracking/scorm-elements';

const STATUS: Record<string, StringKey> = {
  'not attempted': 'lmsv.notAttempted',
  incomplete: 'lmsv.incomplete',
  completed: 'lmsv.completed',
  passed: 'lmsv.passed',
  failed: 'lmsv.failed',
  browsed: 'lmsv.browsed',
  unknown: 'lmsv.unknown',
};

const EXIT: Record<string, StringKey> = {
  suspend: 'lmsv.exitSuspend',
  normal: 'lmsv.exitNormal',
  'time-out': 'lmsv.exitTimeout',
  logout: 'lmsv.exitLogout',
};

const TYPE: Record<string, StringKey> = {
  choice: 'lmsv.choice',
  'fill-in': 'lmsv.fillIn',
  'long-fill-in': 'lmsv.longFillIn',
  likert: 'lmsv.likert',
  performance: 'lmsv.performance',
  other: 'lmsv.otherType',
};

const RESULT: Record<string, StringKey> = {
  correct: 'lmsv.correct',
  wrong: 'lmsv.wrong',
  incorrect: 'lmsv.wrong',
  neutral: 'lmsv.neutral',
  unanticipated: 'lmsv.unanticipated',
};

/** A completion, success or objective status (either version); '' is not decided yet. */
export const statusWords = (raw: string): StringKey => STATUS[raw] ?? 'lmsv.unknown';
/** `cmi.exit` / `cmi.core.exit`; '' is not recorded yet. */
export const exitWords = (raw: string): StringKey => EXIT[raw] ?? 'lmsv.exitNone';
/** An interaction's type. */
export const typeWords = (raw: string): StringKey => TYPE[raw] ?? 'lmsv.otherType';
/** An interaction's result; a number (a score) has no words of its own. */
export const resultWords = (raw: string): StringKey | undefined => (raw === '' ? 'lmsv.noResult' : RESULT[raw]);

/** Session time in plain words: `00:01:02.5` (1.2) or `PT1M2.5S` (2004) as hours, minutes and seconds. */
export function sessionParts(raw: string): { h: number; m: number; s: number } | undefined {
  const hms = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(raw);
  if (hms) return { h: Number(hms[1]), m: Number(hms[2]), s: Math.round(Number(hms[3])) };
  const iso = /^P(?:\d+D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(raw);
  if (iso && raw !== 'P' && raw !== 'PT')
    return { h: Number(iso[1] ?? 0), m: Number(iso[2] ?? 0), s: Math.round(Number(iso[3] ?? 0)) };
  return undefined;
}

/**
 * What a recorded choice response stands for: SCORM 1.2 letters (`a` is the first option shown),
 * SCORM 2004 option ids with every character outside `[A-Za-z0-9_.]` written `_`.
 */
export function chosenOptions<T extends { id: string }>(version: ScormVersion, response: string, options: T[]): T[] {
  return DIALECT[version].chosen(response, options);
}
