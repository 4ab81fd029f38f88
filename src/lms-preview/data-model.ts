/**
 * What an LMS records, read from a scorm-again data model (its `cmi` as JSON): the figures the
 * LMS preview shows an organisation before it uploads a package. Pure, unit-tested.
 */
export type Version = '1.2' | '2004';

export interface RecordedInteraction {
  id: string;
  type: string;
  response: string;
  result: string;
}

export interface RecordedObjective {
  id: string;
  status: string;
  progress: string;
}

export interface Recorded {
  completion: string;
  success: string;
  /** The score as the LMS holds it, in one line: `80 (0–100)`, with `scaled` in 2004. */
  score: string;
  /** The raw score alone (`80`), or '' while there is none. */
  scoreRaw: string;
  /** The mastery score the LMS holds the score against, 0–100, when it has one. */
  mastery: number | undefined;
  location: string;
  exit: string;
  sessionTime: string;
  suspendLength: number;
  suspendLimit: number;
  interactions: RecordedInteraction[];
  objectives: RecordedObjective[];
}

type Tree = { [key: string]: unknown };

const tree = (value: unknown): Tree => (typeof value === 'object' && value !== null ? (value as Tree) : {});
const str = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const number = (value: unknown): number | undefined => {
  const n = Number.parseFloat(str(value));
  return Number.isFinite(n) ? n : undefined;
};
const scaledToPercent = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 10_000) / 100);

/** scorm-again keeps collections as objects keyed `0`, `1`, …; in order. */
const rows = (value: unknown): Tree[] =>
  Object.entries(tree(value))
    .filter(([key]) => /^\d+$/.test(key))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, row]) => tree(row));

/** Reads the recorded figures from a data model of either version. */
export function recorded(version: Version, cmi: unknown): Recorded {
  const root = tree(cmi);
  if (version === '1.2') {
    const core = tree(root.core);
    const score = tree(core.score);
    const status = str(core.lesson_status);
    return {
      completion: status,
      success: status === 'passed' || status === 'failed' ? status : '',
      score: str(score.raw) ? `${str(score.raw)} (${str(score.min) || '0'}–${str(score.max) || '100'})` : '',
      scoreRaw: str(score.raw),
      mastery: number(tree(root.student_data).mastery_score),
      location: str(core.lesson_location),
      exit: str(core.exit),
      sessionTime: str(core.session_time),
      suspendLength: str(root.suspend_data).length,
      suspendLimit: 4096,
      interactions: rows(root.interactions).map((row) => ({
        id: str(row.id),
        type: str(row.type),
        response: str(row.student_response),
        result: str(row.result),
      })),
      objectives: rows(root.objectives).map((row) => ({
        id: str(row.id),
        status: str(row.status),
        progress: str(tree(row.score).raw),
      })),
    };
  }
  const score = tree(root.score);
  return {
    completion: str(root.completion_status),
    success: str(root.success_status),
    score: str(score.raw)
      ? `${str(score.raw)} (${str(score.min) || '0'}–${str(score.max) || '100'}), scaled ${str(score.scaled)}`
      : '',
    scoreRaw: str(score.raw),
    mastery: scaledToPercent(number(root.scaled_passing_score)),
    location: str(root.location),
    exit: str(root.exit),
    sessionTime: str(root.session_time),
    suspendLength: str(root.suspend_data).length,
    suspendLimit: 64000,
    interactions: rows(root.interactions).map((row) => ({
      id: str(row.id),
      type: str(row.type),
      response: str(row.learner_response),
      result: str(row.result),
    })),
    objectives: rows(root.objectives).map((row) => ({
      id: str(row.id),
      status: str(row.completion_status),
      progress: str(row.progress_measure),
    })),
  };
}

/**
 * The data model a relaunch starts from, as Moodle hands it back: location and suspend_data
 * only after an exit of `suspend` (2004), entry `resume` when there is something to resume.
 */
export function relaunchModel(
  version: Version,
  saved: unknown,
  learner: { id: string; name: string },
  mastery: number,
  /** `review` as an LMS opens a finished attempt to look back at: no credit, nothing recorded. */
  mode: 'normal' | 'review' = 'normal',
): Tree {
  const credit = mode === 'review' ? 'no-credit' : 'credit';
  const previous = tree(saved);
  if (version === '1.2') {
    const core = tree(previous.core);
    const resume = str(core.exit) === 'suspend';
    return {
      ...previous,
      core: {
        ...core,
        student_id: learner.id,
        student_name: learner.name,
        entry: resume ? 'resume' : '',
        exit: '',
        session_time: undefined,
        credit,
        lesson_mode: mode,
      },
      student_data: { ...tree(previous.student_data), mastery_score: String(mastery) },
    };
  }
  const resume = str(previous.exit) === 'suspend';
  const next: Tree = {
    ...previous,
    learner_id: learner.id,
    learner_name: learner.name,
    scaled_passing_score: String(mastery / 100),
    entry: resume ? 'resume' : '',
    exit: '',
    mode,
    credit,
  };
  delete next.session_time;
  if (!resume) {
    next.location = '';
    next.suspend_data = '';
  }
  return next;
}
