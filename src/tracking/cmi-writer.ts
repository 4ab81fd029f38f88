/**
 * Writes what the LMS records (status, score, objectives, interactions, location, exit, session
 * time) value by value. A refused value is reported, never a reason to stop: the caller commits
 * what was accepted and tries the refused ones again at the next commit.
 */
import type { ExerciseInteraction } from '../exercises/shared/events';
import { formatScaled } from './formats';
import type { Outcome } from './progress';
import { DIALECT, ELEMENTS, interaction, LIMITS, LOCATION, objective, type LaunchMode } from './scorm-elements';
import type { ScormPort } from './scorm-port';

export interface Refusal {
  element: string;
  value: string;
  error: number;
}

const logged = new Set<string>();

/** Reports a refused value once in the console (the commit went out without it; it is retried). */
export function logRefusal(r: Refusal): void {
  const key = `${r.element}=${r.value}`;
  if (logged.has(key)) return;
  logged.add(key);
  console.warn(`Leerlijn: the LMS refused ${r.element} = "${r.value.slice(0, 60)}" (error ${r.error}); retrying later`);
}

export interface Record {
  result: Outcome;
  /** Encoded suspend_data, or undefined when it cannot be written (then nothing replaces it). */
  data: string | undefined;
  loc: string;
  sessionMs: number;
  /** The LMS already had the attempt finished: never turn it back into incomplete. */
  wasDone: boolean;
  mode: LaunchMode;
}

export class CmiWriter {
  private readonly el;
  private readonly objectiveIndex = new Map<string, number>();
  private refusals: Refusal[] = [];

  constructor(private readonly port: ScormPort) {
    this.el = ELEMENTS[port.version];
  }

  /** Reads the objectives the LMS already has, so each bijeenkomst keeps its index. */
  readObjectives(): void {
    const count = Number(this.port.get(this.el.objectivesCount)) || 0;
    for (let n = 0; n < count; n++) {
      const id = this.port.get(objective(n).id);
      if (id) this.objectiveIndex.set(id, n);
    }
  }

  private set(element: string, value: string): boolean {
    if (this.port.set(element, value)) return true;
    this.refusals.push({ element, value, error: this.port.lastError() });
    return false;
  }

  /** Review and browse: record no attempt data, leave the attempt resumable (`browsed` in 1.2). */
  writeLooking(mode: LaunchMode, status: string): Refusal[] {
    this.refusals = [];
    this.set(this.el.exit, 'suspend');
    const { browsedStatus } = DIALECT[this.port.version];
    if (mode.looking === 'browse' && browsedStatus && /^(not attempted|)$/i.test(status))
      this.set(this.el.status, browsedStatus);
    return this.refusals;
  }

  /** Writes every tracked value (idempotent); gives what the LMS refused. */
  write(record: Record): Refusal[] {
    this.refusals = [];
    const { el } = this;
    const { version } = this.port;
    const { result } = record;
    if (record.data !== undefined) this.set(el.suspendData, record.data);
    const loc = LOCATION[version].write(record.loc);
    if (loc.length <= LIMITS[version].location) this.set(el.location, loc);
    this.set(el.exit, 'suspend');
    this.set(el.sessionTime, DIALECT[version].sessionTime(record.sessionMs));
    // The score goes in only once everything is done: LMSs derive passed/failed from a raw score
    // and the mastery score (SCORM 1.2 at LMSFinish, 2004 through satisfiedByMeasure), which
    // would show a participant halfway through as passed. Never without credit.
    const credit = record.mode.credit;
    if (credit && result.score !== undefined && result.completed) {
      this.set(el.scoreMin, '0');
      this.set(el.scoreMax, '100');
      this.set(el.scoreRaw, String(result.score));
      if (el.scoreScaled) this.set(el.scoreScaled, formatScaled(result.score / 100));
    }
    // Never turn a finished attempt back into an incomplete one (a course may have grown since).
    if (result.completed || !record.wasDone) this.writeStatus(result, credit);
    this.writeObjectives(result.bijeenkomsten);
    return this.refusals;
  }

  private writeStatus(result: Outcome, credit: boolean) {
    const passed = credit ? result.passed : undefined;
    const measure =
      result.bijeenkomsten.reduce((sum, b) => sum + b.measure, 0) / Math.max(1, result.bijeenkomsten.length);
    for (const [element, value] of DIALECT[this.port.version].status(result.completed, passed, measure))
      this.set(element, value);
  }

  private writeObjectives(items: Outcome['bijeenkomsten']) {
    for (const item of items) {
      let n = this.objectiveIndex.get(item.slug);
      if (n === undefined) {
        // 2004 accepts a new objective only at index _count, with its id first.
        n = Number(this.port.get(this.el.objectivesCount)) || this.objectiveIndex.size;
        if (!this.set(objective(n).id, item.slug)) continue;
        this.objectiveIndex.set(item.slug, n);
      }
      const status = item.completed ? 'completed' : item.measure > 0 ? 'incomplete' : 'not attempted';
      for (const [element, value] of DIALECT[this.port.version].objectiveStatus(n, status, item.measure))
        this.set(element, value);
    }
  }

  /** Appends one answer at index `_count`, id first (2004 refuses any other field before it). */
  appendInteraction(item: ExerciseInteraction, now: Date): Refusal[] {
    this.refusals = [];
    const dialect = DIALECT[this.port.version];
    const values = dialect.interactionValues(item);
    const n = Number(this.port.get(this.el.interactionsCount)) || 0;
    const names = interaction(n);
    if (!this.set(names.id, values.id)) return this.refusals;
    this.set(names.type, values.type);
    if (values.correct !== undefined) this.set(names.correct, values.correct);
    const own = dialect.interactionNames(n);
    this.set(own.response, values.response);
    if (values.result) this.set(names.result, values.result);
    this.set(own.time, dialect.timestamp(now));
    return this.refusals;
  }
}
