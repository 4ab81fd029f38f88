/**
 * What an LMS records, read from a scorm-again data model (its `cmi` as JSON): the figures the
 * LMS preview shows an organisation before it uploads a package. Pure, unit-tested.
 */
import { DIALECT, ELEMENTS, LIMITS, type ScormVersion } from '../tracking/scorm-elements';

export type Version = ScormVersion;

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

/** scorm-again keeps collections as objects keyed `0`, `1`, …; in order. */
const rows = (value: unknown): Tree[] =>
  Object.entries(tree(value))
    .filter(([key]) => /^\d+$/.test(key))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, row]) => tree(row));

/** The value at a run-time element's place in the data model: `cmi.core.score.raw` → `core.score.raw`. */
const at = (root: Tree, element: string): unknown =>
  element
    .split('.')
    .slice(1)
    .reduce<unknown>((node, key) => tree(node)[key], root);

/** A copy of `root` with the element set (or removed, for `undefined`), copying only the path to it. */
function withValue(root: Tree, element: string, value: string | undefined): Tree {
  const [key, ...rest] = element.split('.').slice(1);
  if (key === undefined) return root;
  const next = { ...root };
  if (rest.length) next[key] = withValue(tree(root[key]), `cmi.${rest.join('.')}`, value);
  else if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Reads the recorded figures from a data model of either version. */
export function recorded(version: Version, cmi: unknown): Recorded {
  const root = tree(cmi);
  const el = ELEMENTS[version];
  const dialect = DIALECT[version];
  const status = str(at(root, el.status));
  const raw = str(at(root, el.scoreRaw));
  const scaled = el.scoreScaled ? `, scaled ${str(at(root, el.scoreScaled))}` : '';
  const mastery = number(at(root, el.masteryScore));
  return {
    completion: status,
    // 1.2 has one status for both; 2004 records success apart.
    success: el.success ? str(at(root, el.success)) : status === 'passed' || status === 'failed' ? status : '',
    score: raw ? `${raw} (${str(at(root, el.scoreMin)) || '0'}–${str(at(root, el.scoreMax)) || '100'})${scaled}` : '',
    scoreRaw: raw,
    mastery: mastery === undefined ? undefined : Math.round(dialect.masteryPercent(mastery) * 100) / 100,
    location: str(at(root, el.location)),
    exit: str(at(root, el.exit)),
    sessionTime: str(at(root, el.sessionTime)),
    suspendLength: str(at(root, el.suspendData)).length,
    suspendLimit: LIMITS[version].suspendData,
    interactions: rows(at(root, 'cmi.interactions')).map((row, n) => ({
      id: str(row.id),
      type: str(row.type),
      response: str(at(root, dialect.interactionNames(n).response)),
      result: str(row.result),
    })),
    objectives: rows(at(root, 'cmi.objectives')).map((row, n) => {
      const names = dialect.objectiveNames(n);
      return { id: str(row.id), status: str(at(root, names.status)), progress: str(at(root, names.progress)) };
    }),
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
  const el = ELEMENTS[version];
  const dialect = DIALECT[version];
  let next = tree(saved);
  const resume = str(at(next, el.exit)) === 'suspend';
  const values: [string, string | undefined][] = [
    [el.learnerId, learner.id],
    [el.learnerName, learner.name],
    [el.entry, resume ? 'resume' : ''],
    [el.exit, ''],
    [el.sessionTime, undefined],
    [el.credit, credit],
    [el.mode, mode],
    [el.masteryScore, dialect.masteryValue(mastery)],
  ];
  if (!resume && dialect.dataOnlyAfterSuspend) values.push([el.location, ''], [el.suspendData, '']);
  for (const [element, value] of values) next = withValue(next, element, value);
  return next;
}
