/**
 * The SCORM dialect table: how each standard spells a run-time element, an API call or a value, in
 * one place, so no other module branches on the version to spell one (the two manifest formats in
 * packaging/manifest.ts aside). scorm-elements.test.ts pins the table, and fails when a module
 * elsewhere compares the version.
 */
import type { ExerciseInteraction } from '../exercises/shared/events';
import {
  dateAndTime,
  formatScaled,
  interactionValues12,
  interactionValues2004,
  sessionTime12,
  sessionTime2004,
  timeOfDay,
  type InteractionValues,
} from './formats';

/** SCORM versions a Leerlijn package speaks. */
export type ScormVersion = '1.2' | '2004';

export const SCORM_VERSIONS = ['1.2', '2004'] as const satisfies readonly ScormVersion[];

export const isScormVersion = (value: unknown): value is ScormVersion =>
  (SCORM_VERSIONS as readonly unknown[]).includes(value);

/** The run-time element names of both standards. */
export const ELEMENTS = {
  '1.2': {
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    entry: 'cmi.core.entry',
    mode: 'cmi.core.lesson_mode',
    credit: 'cmi.core.credit',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    scoreScaled: undefined,
    masteryScore: 'cmi.student_data.mastery_score',
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    status: 'cmi.core.lesson_status',
    /** 1.2 records success in its one status. */
    success: undefined,
    objectivesCount: 'cmi.objectives._count',
    interactionsCount: 'cmi.interactions._count',
  },
  '2004': {
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    entry: 'cmi.entry',
    mode: 'cmi.mode',
    credit: 'cmi.credit',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    scoreScaled: 'cmi.score.scaled',
    masteryScore: 'cmi.scaled_passing_score',
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    status: 'cmi.completion_status',
    success: 'cmi.success_status',
    objectivesCount: 'cmi.objectives._count',
    interactionsCount: 'cmi.interactions._count',
  },
} as const;

/**
 * Where the participant was, as each standard accepts it: a strict 2004 run-time refuses an empty
 * `cmi.location` (406), so the course overview is written `./` there and read back as ''.
 */
export const LOCATION = {
  '1.2': { write: (loc: string) => loc, read: (value: string) => value },
  '2004': { write: (loc: string) => loc || './', read: (value: string) => (value === './' ? '' : value) },
} as const;

/** What `cmi.mode` / `cmi.core.lesson_mode` and `cmi.credit` say about recording this launch. */
export interface LaunchMode {
  /** `review` or `browse`: show the work, record no attempt data. */
  looking: 'review' | 'browse' | undefined;
  /** `no-credit`: progress and completion, never a score or pass. */
  credit: boolean;
}

export function launchMode(mode: string, credit: string): LaunchMode {
  const m = mode.toLowerCase();
  return {
    looking: m === 'review' || m === 'browse' ? m : undefined,
    credit: credit.toLowerCase() !== 'no-credit',
  };
}

/** Per-version limits the tracker writes within (SCORM 1.2 as Moodle enforces it). */
export const LIMITS = {
  '1.2': { suspendData: 4096, location: 255, identifier: 255, text: 255 },
  '2004': { suspendData: 64000, location: 1000, identifier: 4000, text: 4000 },
} as const;

/** Element names inside the `n`th objective or interaction. */
export const objective = (n: number) => ({
  id: `cmi.objectives.${n}.id`,
  status12: `cmi.objectives.${n}.status`,
  scoreRaw: `cmi.objectives.${n}.score.raw`,
  scoreMin: `cmi.objectives.${n}.score.min`,
  scoreMax: `cmi.objectives.${n}.score.max`,
  completion2004: `cmi.objectives.${n}.completion_status`,
  success2004: `cmi.objectives.${n}.success_status`,
  progress2004: `cmi.objectives.${n}.progress_measure`,
});

export const interaction = (n: number) => ({
  id: `cmi.interactions.${n}.id`,
  type: `cmi.interactions.${n}.type`,
  response12: `cmi.interactions.${n}.student_response`,
  response2004: `cmi.interactions.${n}.learner_response`,
  result: `cmi.interactions.${n}.result`,
  correct: `cmi.interactions.${n}.correct_responses.0.pattern`,
  time12: `cmi.interactions.${n}.time`,
  timestamp2004: `cmi.interactions.${n}.timestamp`,
});

/** An element and the value to write into it, in the order they are written. */
export type Write = readonly [element: string, value: string];

/** An objective's status as both standards word it. */
export type ObjectiveStatus = 'completed' | 'incomplete' | 'not attempted';

/** What differs between the standards beyond element names. */
export interface Dialect {
  version: ScormVersion;
  /** The window property an LMS puts its API on. */
  apiObject: 'API' | 'API_1484_11';
  /** The API's method names. */
  calls: {
    initialize: string;
    getValue: string;
    setValue: string;
    commit: string;
    finish: string;
    lastError: string;
  };
  /** The error codes an LMS answers: a get or set after Finish, a value it refuses. */
  errors: { getAfterFinish: number; setAfterFinish: number; refused: number };
  /** How a package's file name says its standard: `zelfregie-scorm12.zip`. */
  packageTag: 'scorm12' | 'scorm2004';
  /** The status written in browse mode over a fresh attempt, where the standard has one. */
  browsedStatus: string | undefined;
  /** The LMS's mastery score as a percentage (1.2 records 0–100, 2004 a scale of 0–1). */
  masteryPercent(value: number): number;
  /** The mastery score as the LMS records it, from a percentage. */
  masteryValue(percent: number): string;
  /** An objective's recorded progress as a percentage. */
  objectivePercent(value: number): number;
  sessionTime(ms: number): string;
  timestamp(date: Date): string;
  interactionValues(item: ExerciseInteraction): InteractionValues;
  /** The attempt's status: `measure` is its progress 0–1, `passed` undefined when nothing is scored. */
  status(completed: boolean, passed: boolean | undefined, measure: number): Write[];
  /** The `n`th objective's status and progress. */
  objectiveStatus(n: number, status: ObjectiveStatus, measure: number): Write[];
  /** Where an interaction's response and its time go. */
  interactionNames(n: number): { response: string; time: string };
  /** Where the `n`th objective's status and progress are. */
  objectiveNames(n: number): { status: string; progress: string };
  /** An LMS hands back location and suspend_data only after an exit of `suspend` (2004, as Moodle does). */
  dataOnlyAfterSuspend: boolean;
  /** The 1.2 choice response `a,c`, or the 2004 `id_a[,]id_c`, read back as the options it names. */
  chosen<T extends { id: string }>(response: string, options: readonly T[]): T[];
  /**
   * Whether a course offers this standard's package of the whole course (`whole`) or of one
   * bijeenkomst, given course.yaml's `scorm12` (only SCORM 1.2's small suspend_data makes a course
   * leave packages out).
   */
  offered(scorm12: boolean | 'per-bijeenkomst', whole: boolean): boolean;
}

/** The place letters SCORM 1.2 records a choice by: `a` is the first option shown. */
export const CHOICE_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A 2004 token: every character outside `[A-Za-z0-9_.]` written `_`. */
const token2004 = (id: string) => id.replace(/[^A-Za-z0-9_.]/g, '_');

export const DIALECT: { readonly [V in ScormVersion]: Dialect & { version: V } } = {
  '1.2': {
    version: '1.2',
    apiObject: 'API',
    calls: {
      initialize: 'LMSInitialize',
      getValue: 'LMSGetValue',
      setValue: 'LMSSetValue',
      commit: 'LMSCommit',
      finish: 'LMSFinish',
      lastError: 'LMSGetLastError',
    },
    errors: { getAfterFinish: 301, setAfterFinish: 301, refused: 405 },
    packageTag: 'scorm12',
    browsedStatus: 'browsed',
    masteryPercent: (value) => value,
    masteryValue: (percent) => String(percent),
    objectivePercent: (value) => value,
    sessionTime: sessionTime12,
    timestamp: timeOfDay,
    interactionValues: interactionValues12,
    status(completed, passed) {
      const status = !completed ? 'incomplete' : passed === undefined ? 'completed' : passed ? 'passed' : 'failed';
      return [[ELEMENTS['1.2'].status, status]];
    },
    objectiveStatus(n, status, measure) {
      const names = objective(n);
      return [
        [names.status12, status],
        [names.scoreMin, '0'],
        [names.scoreMax, '100'],
        [names.scoreRaw, String(Math.round(measure * 100))],
      ];
    },
    interactionNames: (n) => ({ response: interaction(n).response12, time: interaction(n).time12 }),
    objectiveNames: (n) => ({ status: objective(n).status12, progress: objective(n).scoreRaw }),
    dataOnlyAfterSuspend: false,
    offered: (scorm12, whole) => scorm12 === true || (scorm12 === 'per-bijeenkomst' && !whole),
    chosen: (response, options) =>
      response
        .split(',')
        .map((letter) => options[CHOICE_LETTERS.indexOf(letter)])
        .filter((o): o is (typeof options)[number] => o !== undefined && response !== ''),
  },
  '2004': {
    version: '2004',
    apiObject: 'API_1484_11',
    calls: {
      initialize: 'Initialize',
      getValue: 'GetValue',
      setValue: 'SetValue',
      commit: 'Commit',
      finish: 'Terminate',
      lastError: 'GetLastError',
    },
    errors: { getAfterFinish: 123, setAfterFinish: 133, refused: 406 },
    packageTag: 'scorm2004',
    browsedStatus: undefined,
    masteryPercent: (value) => value * 100,
    masteryValue: (percent) => String(percent / 100),
    objectivePercent: (value) => value * 100,
    sessionTime: sessionTime2004,
    timestamp: dateAndTime,
    interactionValues: interactionValues2004,
    status(completed, passed, measure) {
      const writes: Write[] = [
        [ELEMENTS['2004'].status, completed ? 'completed' : 'incomplete'],
        ['cmi.progress_measure', formatScaled(measure)],
      ];
      if (passed !== undefined) writes.push([ELEMENTS['2004'].success, passed ? 'passed' : 'failed']);
      return writes;
    },
    objectiveStatus(n, status, measure) {
      const names = objective(n);
      return [
        [names.completion2004, status],
        [names.progress2004, formatScaled(measure)],
      ];
    },
    interactionNames: (n) => ({ response: interaction(n).response2004, time: interaction(n).timestamp2004 }),
    objectiveNames: (n) => ({ status: objective(n).completion2004, progress: objective(n).progress2004 }),
    dataOnlyAfterSuspend: true,
    offered: () => true,
    chosen: (response, options) =>
      response
        .split('[,]')
        .map((t) => options.find((o) => token2004(o.id) === t))
        .filter((o): o is (typeof options)[number] => o !== undefined),
  },
};

/** Session time as `version` writes it. */
export const formatSessionTime = (ms: number, version: ScormVersion): string => DIALECT[version].sessionTime(ms);

/** An interaction's time as `version` writes it. */
export const formatTimestamp = (date: Date, version: ScormVersion): string => DIALECT[version].timestamp(date);

/** An exercise's interaction as `version` accepts it. */
export const interactionValues = (item: ExerciseInteraction, version: ScormVersion): InteractionValues =>
  DIALECT[version].interactionValues(item);
