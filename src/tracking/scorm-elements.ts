/** SCORM versions a Leerlijn package speaks. */
export type ScormVersion = '1.2' | '2004';

/**
 * The run-time element names of both standards, in one table, so the tracker never branches on the
 * version to spell a name.
 */
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
    status: 'cmi.core.lesson_status',
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
    status: 'cmi.completion_status',
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
