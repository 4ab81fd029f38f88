/**
 * The tracker: one SCORM session per launch. It resumes from suspend_data (or the local mirror,
 * whichever is newer), reports progress per bijeenkomst, completion, score and interactions, and
 * keeps every change safe: a local mirror first, then the LMS, with retries when the LMS refuses.
 */
import type { ExerciseResult } from '../exercises/events';
import type { Json as JsonValue } from '../state/progress-snapshot';
import { formatScaled, formatSessionTime, formatTimestamp, interactionValues } from './formats';
import { outcome, type TrackingScope } from './progress';
import { ELEMENTS, interaction, LIMITS, objective } from './scorm-elements';
import type { ScormPort } from './scorm-port';
import {
  decodeEnvelope,
  dropByPriority,
  emptyProgress,
  encodeEnvelope,
  fitEnvelope,
  type Envelope,
  type Progress,
  type Shrink,
} from './suspend-codec';

/** What the participant is told (politely, never blocking). */
export type SaveStatus = 'saved' | 'retrying' | 'failed' | 'trimmed' | 'restored' | 'review';

/** The last encoded state, kept in the browser until the LMS has confirmed it. */
export interface MirrorRecord {
  data: string;
  seq: number;
  /** `true` until a commit with this state succeeded. */
  pending: boolean;
}

export interface Mirror {
  read(): MirrorRecord | undefined;
  write(record: MirrorRecord): void;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface TrackerOptions {
  port: ScormPort;
  scope: TrackingScope;
  /** Keyed per course, scope and learner by the caller. */
  mirror: Mirror;
  notify?: (status: SaveStatus) => void;
  /** Decides what exercise state goes first when suspend_data would not fit. */
  shrink?: Shrink;
  clock?: Clock;
  /** Waits between failed commits, in ms; the last one repeats once before giving up. */
  retryDelays?: number[];
  /** Wait after an `ll-change` before committing, in ms. */
  changeDelay?: number;
  /**
   * Checks that a commit the LMS accepted could really reach its server (a light same-origin
   * request); until it says so, the browser's mirror keeps the state as unsaved.
   */
  confirm?: () => Promise<boolean>;
}

/** The contract pages and the exercise store use (also exposed to framed pages by the launch page). */
export interface TrackingHost {
  /** The exercise state to resume from, or `null` for a fresh start. */
  loadState(): JsonValue | null;
  /** Keeps new exercise state; committed shortly (or at once with `flush`). */
  saveState(state: JsonValue): void;
  /** An exercise was completed: recorded, interactions reported, committed at once. */
  complete(detail: ExerciseResult): void;
  /** The learner opened a page: `bijeenkomst` slug (or undefined for the overview), location. */
  visit(bijeenkomst: string | undefined, location: string): void;
  /** Commits now if anything changed (on `visibilitychange` → hidden). */
  flush(): void;
  /** Sets what goes first when exercise state does not fit suspend_data (the exercise store's priorities). */
  setShrink(shrink: Shrink): void;
  /** Where the learner was at launch, relative to the course folder (`bijeenkomst-2/`), or ''. */
  readonly resumeLocation: string;
}

const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const DONE_STATUSES = new Set(['completed', 'passed', 'failed']);

/** Default priority: state of completed exercises is worth more than of ones in progress. */
const defaultShrink = (progress: () => Progress) => dropByPriority((id) => (progress().done[id]?.[0] === 1 ? 2 : 1));

export class Tracker implements TrackingHost {
  private readonly port: ScormPort;
  private readonly el;
  private readonly limits;
  private readonly clock: Clock;
  private readonly delays: number[];
  private progress: Progress = emptyProgress();
  private state: JsonValue | null = null;
  private opening: Promise<boolean> | undefined;
  /** True once the session is open and the saved state adopted: commits wait for it. */
  private started = false;
  private finished = false;
  private review = false;
  /** The run-time refused to initialise: everything stays in the mirror until the next launch. */
  private offline = false;
  private wasDone = false;
  private dirty = false;
  private startedAt = 0;
  private retryHandle: unknown;
  private changeHandle: unknown;
  private failures = 0;
  private objectiveIndex = new Map<string, number>();
  private scope: TrackingScope;
  private shrink: Shrink | undefined;
  /** What `encodeAll` gave last, and for which state (every change counts up `progress.seq`). */
  private lastEncoded: { progress: Progress; seq: number; state: JsonValue | null; data: string } | undefined;
  resumeLocation = '';

  constructor(private readonly options: TrackerOptions) {
    this.port = options.port;
    this.scope = options.scope;
    this.shrink = options.shrink;
    this.el = ELEMENTS[this.port.version];
    this.limits = LIMITS[this.port.version];
    this.clock = options.clock ?? browserClock;
    this.delays = options.retryDelays ?? [1000, 2000, 4000, 8000, 16000];
  }

  /**
   * Opens the session (once, however often it is called) and resumes. Resolves `false` when the
   * run-time refused to initialise. Asynchronous because decoding suspend_data is (see
   * suspend-codec.ts); until it resolves nothing is committed, so a page closed meanwhile cannot
   * write a blank state over what the LMS holds.
   */
  start(): Promise<boolean> {
    this.opening ??= this.open();
    return this.opening;
  }

  private async open(): Promise<boolean> {
    this.startedAt = this.clock.now();
    if (!this.port.initialize()) {
      // The mirror still holds everything; a later launch reconciles it.
      this.offline = true;
      const data = this.options.mirror.read()?.data;
      this.adoptEnvelope(data ? await decodeEnvelope(data) : undefined);
      this.started = true;
      this.resumeLocation = this.progress.loc;
      this.notify('failed');
      return false;
    }
    this.review = this.port.get(this.el.mode) === 'review';
    // The LMS's mastery score (from the manifest) wins over the course default.
    const mastery = Number.parseFloat(this.port.get(this.el.masteryScore));
    if (Number.isFinite(mastery))
      this.scope = { ...this.scope, mastery: this.port.version === '1.2' ? mastery : mastery * 100 };
    const status = this.port.get(this.port.version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status');
    this.wasDone = DONE_STATUSES.has(status.toLowerCase());
    // Read suspend_data whatever cmi.entry says: some LMSs report '' after a non-suspend exit.
    const fromLms = await decodeEnvelope(this.port.get(this.el.suspendData));
    const mirror = this.options.mirror.read();
    const fromMirror = mirror ? await decodeEnvelope(mirror.data) : undefined;
    const newerMirror = mirror?.pending && fromMirror && (!fromLms || fromMirror.p.seq > fromLms.p.seq);
    // Saved at the same moment: the mirror has the same progress and possibly more answers (what
    // did not fit in suspend_data). Another computer's later session has a higher count and wins.
    const sameMoment = !newerMirror && fromMirror && fromLms && fromMirror.p.seq === fromLms.p.seq;
    this.adoptEnvelope(newerMirror ? fromMirror : sameMoment ? { ...fromLms, s: fromMirror.s } : fromLms);
    this.started = true;
    this.resumeLocation = this.progress.loc || this.port.get(this.el.location);
    this.readObjectives();
    if (this.review) {
      this.notify('review');
      return true;
    }
    if (newerMirror) {
      // Reconcile: what the LMS missed last time goes in now.
      this.dirty = true;
      if (this.commitNow()) this.notify('restored');
    } else {
      this.dirty = true;
      this.commitNow();
    }
    return true;
  }

  loadState(): JsonValue | null {
    return this.state;
  }

  saveState(state: JsonValue): void {
    this.state = state;
    this.changed(false);
  }

  complete(detail: ExerciseResult): void {
    const previous = this.progress.done[detail.id];
    const passed = detail.passed === undefined ? -1 : detail.passed ? 1 : 0;
    const completed = detail.completed || previous?.[0] === 1 ? 1 : 0;
    this.progress.done[detail.id] = [completed, detail.score?.raw ?? 0, detail.score?.max ?? 0, passed];
    if (!this.review && !this.offline && this.started && !this.finished) {
      for (const item of detail.interactions ?? []) this.appendInteraction(item);
    }
    this.changed(true);
  }

  visit(bijeenkomst: string | undefined, location: string): void {
    if (bijeenkomst && !this.progress.seen.includes(bijeenkomst)) this.progress.seen.push(bijeenkomst);
    this.progress.loc = location;
    this.changed(true);
  }

  flush(): void {
    if (this.dirty) this.commitNow();
  }

  setShrink(shrink: Shrink): void {
    this.shrink = shrink;
  }

  /** Ends the session once: last commit with session time and exit, then terminate. */
  finish(): void {
    if (!this.started || this.finished) return;
    if (this.offline) {
      this.finished = true;
      return;
    }
    this.dirty = true;
    this.commitNow();
    this.finished = true;
    this.clock.clearTimeout(this.retryHandle);
    this.clock.clearTimeout(this.changeHandle);
    this.port.terminate();
  }

  /** The current result, for the page's own progress display. */
  outcome() {
    return outcome(this.scope, this.progress);
  }

  private changed(now: boolean): void {
    // Review mode shows the learner's work; what they try out now is recorded nowhere. Before the
    // saved state is in, a write would put a blank state over the mirror.
    if (this.review || !this.started) return;
    this.dirty = true;
    this.progress.seq++;
    this.writeMirror(true);
    if (this.finished || !this.started || this.review || this.offline) return;
    this.clock.clearTimeout(this.changeHandle);
    if (now) this.commitNow();
    else this.changeHandle = this.clock.setTimeout(() => this.commitNow(), this.options.changeDelay ?? 2000);
  }

  private adoptEnvelope(envelope: Envelope | undefined) {
    if (!envelope) return;
    this.progress = envelope.p;
    this.state = envelope.s;
  }

  private notify(status: SaveStatus) {
    this.options.notify?.(status);
  }

  private encode(): string | undefined {
    const shrink = this.shrink ?? defaultShrink(() => this.progress);
    const envelope: Envelope = { v: 1, p: this.progress, s: this.state };
    const fitted = fitEnvelope(envelope, this.limits.suspendData, shrink, this.encodeAll());
    if (fitted.data.length > this.limits.suspendData) return undefined;
    if (fitted.dropped) this.notify('trimmed');
    return fitted.data;
  }

  /**
   * The whole state, encoded once per change: the mirror and the commit after it both need it,
   * and deflating a 2004-sized state three times on a closing page is time it may not have.
   */
  private encodeAll(): string {
    const { progress, state } = this;
    const last = this.lastEncoded;
    if (last?.progress === progress && last.seq === progress.seq && last.state === state) return last.data;
    const data = encodeEnvelope({ v: 1, p: progress, s: state });
    this.lastEncoded = { progress, seq: progress.seq, state, data };
    return data;
  }

  private writeMirror(pending: boolean) {
    // The browser has room the LMS lacks: the mirror keeps every answer, also those that had to
    // be left out of suspend_data, so this computer resumes with all of them.
    const data = this.encodeAll();
    try {
      this.options.mirror.write({ data, seq: this.progress.seq, pending });
    } catch {
      // Storage full or blocked: the LMS is then the only copy.
    }
  }

  /** Writes every tracked value (idempotent) and commits; schedules a retry on any refusal. */
  private commitNow(): boolean {
    if (this.finished || !this.started || this.review || this.offline) return false;
    this.clock.clearTimeout(this.retryHandle);
    const ok = this.writeAll() && this.port.commit();
    if (!ok) {
      this.refused();
      return false;
    }
    this.dirty = false;
    const { confirm } = this.options;
    if (!confirm) {
      this.confirmed();
      return true;
    }
    // Some LMSs answer "true" while storing nothing when the connection is gone: the mirror stays
    // pending until a request to the LMS's own server gets through.
    const seq = this.progress.seq;
    void confirm().then(
      (online) => (online ? this.confirmed(seq) : this.refused()),
      () => this.refused(),
    );
    return true;
  }

  private confirmed(seq = this.progress.seq) {
    // A change made meanwhile is still to be committed, so the mirror stays pending for it.
    if (!this.dirty && seq === this.progress.seq) this.writeMirror(false);
    if (this.failures > 0) this.notify('saved');
    this.failures = 0;
  }

  private refused() {
    this.dirty = true;
    this.writeMirror(true);
    if (this.finished) return;
    const delay = this.delays[this.failures];
    this.failures++;
    if (delay === undefined) {
      this.notify('failed');
      this.failures = 0;
      return;
    }
    this.notify('retrying');
    this.retryHandle = this.clock.setTimeout(() => this.commitNow(), delay);
  }

  private writeAll(): boolean {
    const { port, el } = this;
    const result = outcome(this.scope, this.progress);
    const data = this.encode();
    let ok = true;
    const set = (element: string, value: string) => {
      if (!port.set(element, value)) ok = false;
    };
    if (data !== undefined) {
      set(el.suspendData, data);
    }
    if (this.progress.loc.length <= this.limits.location) set(el.location, this.progress.loc);
    set(el.exit, 'suspend');
    set(el.sessionTime, formatSessionTime(this.clock.now() - this.startedAt, port.version));
    // The score goes in only once everything is done: LMSs derive passed/failed from a raw score
    // and the mastery score (SCORM 1.2 at LMSFinish, 2004 through satisfiedByMeasure), which
    // would show a participant halfway through as passed.
    if (result.score !== undefined && result.completed) {
      set(el.scoreMin, '0');
      set(el.scoreMax, '100');
      set(el.scoreRaw, String(result.score));
      if (el.scoreScaled) set(el.scoreScaled, formatScaled(result.score / 100));
    }
    this.writeStatus(result, set);
    this.writeObjectives(result.bijeenkomsten, set);
    return ok;
  }

  private writeStatus(result: ReturnType<typeof outcome>, set: (element: string, value: string) => void) {
    // Never turn a finished attempt back into an incomplete one (a course may have grown since).
    if (!result.completed && this.wasDone) return;
    if (this.port.version === '1.2') {
      const status = !result.completed
        ? 'incomplete'
        : result.passed === undefined
          ? 'completed'
          : result.passed
            ? 'passed'
            : 'failed';
      set('cmi.core.lesson_status', status);
      return;
    }
    set('cmi.completion_status', result.completed ? 'completed' : 'incomplete');
    const measure =
      result.bijeenkomsten.reduce((sum, b) => sum + b.measure, 0) / Math.max(1, result.bijeenkomsten.length);
    set('cmi.progress_measure', formatScaled(measure));
    if (result.passed !== undefined) set('cmi.success_status', result.passed ? 'passed' : 'failed');
  }

  private readObjectives() {
    const count = Number(this.port.get(this.el.objectivesCount)) || 0;
    for (let n = 0; n < count; n++) {
      const id = this.port.get(objective(n).id);
      if (id) this.objectiveIndex.set(id, n);
    }
  }

  private writeObjectives(
    items: ReturnType<typeof outcome>['bijeenkomsten'],
    set: (element: string, value: string) => void,
  ) {
    for (const item of items) {
      let n = this.objectiveIndex.get(item.slug);
      if (n === undefined) {
        // 2004 accepts a new objective only at index _count, with its id first.
        n = Number(this.port.get(this.el.objectivesCount)) || this.objectiveIndex.size;
        if (!this.port.set(objective(n).id, item.slug)) continue;
        this.objectiveIndex.set(item.slug, n);
      }
      const names = objective(n);
      if (this.port.version === '1.2') {
        set(names.status12, item.completed ? 'completed' : item.measure > 0 ? 'incomplete' : 'not attempted');
        set(names.scoreMin, '0');
        set(names.scoreMax, '100');
        set(names.scoreRaw, String(Math.round(item.measure * 100)));
      } else {
        set(names.completion2004, item.completed ? 'completed' : item.measure > 0 ? 'incomplete' : 'not attempted');
        set(names.progress2004, formatScaled(item.measure));
      }
    }
  }

  private appendInteraction(item: NonNullable<ExerciseResult['interactions']>[number]) {
    const values = interactionValues(item, this.port.version);
    const n = Number(this.port.get(this.el.interactionsCount)) || 0;
    const names = interaction(n);
    // The id goes first: 2004 refuses any other field of an interaction that has none.
    if (!this.port.set(names.id, values.id)) return;
    this.port.set(names.type, values.type);
    this.port.set(this.port.version === '1.2' ? names.response12 : names.response2004, values.response);
    if (values.result) this.port.set(names.result, values.result);
    const now = new Date(this.clock.now());
    this.port.set(
      this.port.version === '1.2' ? names.time12 : names.timestamp2004,
      formatTimestamp(now, this.port.version),
    );
  }
}
