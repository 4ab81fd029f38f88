/**
 * The tracker: one SCORM session per launch, with its commit and retry loop. What the LMS said at
 * launch is read by launch-values.ts; what the session starts from is decided by reconcile.ts (the
 * LMS is the record, the browser copy fills proven gaps); what it writes, by cmi-writer.ts. Every
 * change goes to the browser copy at once and to the LMS shortly after; the copy stays pending
 * until a later launch gets the state back from the LMS.
 */
import type { ExerciseResult } from '../exercises/shared/events';
import type { Json as JsonValue } from '../state/progress-snapshot';
import type { CopyStore } from './browser-copy';
import { CmiWriter, logRefusal, type Refusal } from './cmi-writer';
import { readLaunchValues } from './launch-values';
import { outcome, type TrackingScope } from './progress';
import { changedIds, newAttemptToken, reconcile, type AttemptKind } from './reconcile';
import { ELEMENTS, LIMITS, type LaunchMode } from './scorm-elements';
import type { ScormPort } from './scorm-port';
import {
  decodeEnvelope,
  dropByPriority,
  encodeEnvelope,
  fitEnvelope,
  type Envelope,
  type Shrink,
} from './suspend-codec';
import type { Clock, SaveStatus, TrackerOptions, TrackingHost } from './tracker-contract';

const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Tracker implements TrackingHost {
  private readonly port: ScormPort;
  private readonly el;
  private readonly limit: number;
  private readonly clock: Clock;
  private readonly delays: number[];
  private readonly writer: CmiWriter;
  private env: Envelope = { v: 1, p: { seen: [], done: {}, loc: '', seq: 0 }, s: null, t: {} };
  private copy: CopyStore | undefined;
  private known = false;
  private mode: LaunchMode = { looking: undefined, credit: true };
  private lmsStatus = '';
  private opening: Promise<boolean> | undefined;
  /** True once the session is open and the saved state adopted: commits wait for it. */
  private started = false;
  private finished = false;
  /** The run-time refused to initialise: everything stays in the browser copy until the next launch. */
  private offline = false;
  private wasDone = false;
  private dirty = false;
  private startedAt = 0;
  private retryHandle: unknown;
  private changeHandle: unknown;
  private failures = 0;
  private scope: TrackingScope;
  private shrink: Shrink | undefined;
  /** Exercises kept only in another browser; forgotten once changed here. */
  private away = new Set<string>();
  /** suspend_data for the current state, fitted, and what had to stay out of it. */
  private fitted: { data: string | undefined; left: string[] } | undefined;
  /** Commits made again for values the LMS refused (not the work itself); a few, then no more. */
  private valueRetries = 0;
  private warnedLeft = '';
  private readonly leftListeners = new Set<(ids: readonly string[]) => void>();
  resumeLocation = '';
  /** How this launch relates to the browser copy (for tests and the page). */
  attempt: AttemptKind = 'lms';

  constructor(private readonly options: TrackerOptions) {
    this.port = options.port;
    this.scope = options.scope;
    this.shrink = options.shrink;
    this.el = ELEMENTS[this.port.version];
    this.limit = LIMITS[this.port.version].suspendData;
    this.clock = options.clock ?? browserClock;
    this.delays = options.retryDelays ?? [1000, 2000, 4000, 8000, 16000];
    this.writer = new CmiWriter(this.port);
  }

  /**
   * Opens the session (once, however often it is called) and resumes. Resolves `false` when the
   * run-time refused to initialise. Until it resolves nothing is written, so a page closed
   * meanwhile cannot put a blank state over what the LMS holds.
   */
  start(): Promise<boolean> {
    this.opening ??= this.open();
    return this.opening;
  }

  private async open(): Promise<boolean> {
    this.startedAt = this.clock.now();
    const fresh = (this.options.newAttempt ?? newAttemptToken)();
    if (!this.port.initialize()) {
      this.offline = true;
      this.copy = this.options.copies(undefined);
      this.adopt(reconcile(undefined, await this.copy.read(), fresh).envelope);
      this.started = true;
      this.resumeLocation = this.env.p.loc;
      this.notify('failed');
      return false;
    }
    // Everything the tracker needs from the LMS is read now, once: nothing is asked after Finish.
    const launch = readLaunchValues(this.port.version, (element) => this.port.get(element), this.scope);
    this.mode = launch.mode;
    this.scope = launch.scope;
    this.lmsStatus = launch.lmsStatus;
    this.wasDone = launch.wasDone;
    this.copy = this.options.copies(launch.learnerId);
    const fromLms = await decodeEnvelope(launch.suspendData);
    const copy = await this.copy.read();
    const result = reconcile(fromLms, copy, fresh);
    this.attempt = result.kind;
    this.known = Boolean(fromLms?.a && fromLms.a === result.envelope.a);
    this.adopt(result.envelope);
    this.writer.readObjectives();
    this.started = true;
    this.resumeLocation = this.env.p.loc || launch.location;
    if (this.mode.looking) {
      this.notify('review');
      return true;
    }
    this.writeCopy();
    this.dirty = true;
    const sent = this.commitNow();
    if (result.elsewhere.length > 0) this.notify('elsewhere');
    else if (result.kind === 'unproved' && result.restored.length > 0) this.notify('held');
    else if (result.restored.length > 0 && sent) this.notify('restored');
    return true;
  }

  private adopt(envelope: Envelope) {
    this.env = { ...envelope, t: { ...envelope.t }, h: envelope.h && { ...envelope.h } };
    this.away = new Set(envelope.x ?? []);
  }

  loadState(): JsonValue | null {
    return this.env.s;
  }

  get lookingBack(): boolean {
    return this.mode.looking !== undefined;
  }

  saveState(state: JsonValue): void {
    if (!this.started || this.mode.looking) return;
    const now = this.seconds();
    for (const id of changedIds(this.env.s, state)) this.touch(id, now);
    this.env.s = state;
    this.changed(false);
  }

  complete(detail: ExerciseResult): void {
    if (!this.started || this.mode.looking) return;
    if (detail.reopened) {
      // Its result rested on a question or option the course no longer has: it stops counting
      // (the state itself stays, kept aside by the element). Done again, it counts again.
      delete this.env.p.done[detail.id];
      if (this.env.h) delete this.env.h[detail.id];
      this.touch(detail.id, this.seconds());
      this.changed(true);
      return;
    }
    const previous = this.env.p.done[detail.id];
    const passed = detail.passed === undefined ? -1 : detail.passed ? 1 : 0;
    const completed = detail.completed || previous?.[0] === 1 ? 1 : 0;
    // Earned in this launch: it counts, and replaces a held result.
    this.env.p.done[detail.id] = [completed, detail.score?.raw ?? 0, detail.score?.max ?? 0, passed];
    if (this.env.h) delete this.env.h[detail.id];
    this.touch(detail.id, this.seconds());
    if (this.live()) {
      const now = new Date(this.clock.now());
      for (const item of detail.interactions ?? []) this.report(this.writer.appendInteraction(item, now));
    }
    this.changed(true);
  }

  visit(bijeenkomst: string | undefined, location: string): void {
    if (!this.started || this.mode.looking) return;
    const { p } = this.env;
    if (bijeenkomst && !p.seen.includes(bijeenkomst)) p.seen.push(bijeenkomst);
    p.loc = location;
    this.changed(true);
  }

  flush(): void {
    if (this.dirty) this.commitNow();
  }

  setShrink(shrink: Shrink): void {
    this.shrink = shrink;
    this.fitted = undefined;
  }

  watchLeftOut(listener: (ids: readonly string[]) => void): () => void {
    this.leftListeners.add(listener);
    listener(this.warnedLeft ? this.warnedLeft.split(' ') : []);
    return () => this.leftListeners.delete(listener);
  }

  /**
   * Ends the session once: last commit with session time and exit, then terminate. Says what the
   * participant may be told: `closed` when the LMS accepted the last commit (the browser keeps its
   * copy until a later launch gets the state back), `failed` when it did not (the work is in this
   * browser only), `review` when nothing was to be saved; `undefined` when already ended.
   */
  finish(): 'closed' | 'failed' | 'review' | undefined {
    if (!this.started || this.finished) return undefined;
    if (this.offline) {
      this.finished = true;
      return 'failed';
    }
    let told: 'closed' | 'failed' | 'review' = 'review';
    if (this.mode.looking) {
      this.report(this.writer.writeLooking(this.mode, this.lmsStatus));
      this.port.commit();
    } else {
      this.dirty = true;
      told = this.commitNow() ? 'closed' : 'failed';
    }
    this.finished = true;
    this.clock.clearTimeout(this.retryHandle);
    this.clock.clearTimeout(this.changeHandle);
    this.port.terminate();
    return told;
  }

  /** The current result (counted results only), for the page's own progress display. */
  outcome() {
    return outcome(this.scope, this.env.p);
  }

  private live() {
    return this.started && !this.finished && !this.offline && !this.mode.looking;
  }

  private seconds() {
    return Math.floor(this.clock.now() / 1000);
  }

  private touch(id: string, now: number) {
    (this.env.t ??= {})[id] = now;
    this.away.delete(id);
    this.fitted = undefined;
  }

  private changed(now: boolean): void {
    this.dirty = true;
    this.env.p.seq++;
    this.fitted = undefined;
    this.writeCopy();
    // Told at once, while the participant is still here, when their work does not fit the LMS.
    this.fit();
    if (!this.live()) return;
    this.clock.clearTimeout(this.changeHandle);
    if (now) this.commitNow();
    else this.changeHandle = this.clock.setTimeout(() => this.commitNow(), this.options.changeDelay ?? 1000);
  }

  private snapshot(): Envelope {
    const { env } = this;
    const envelope: Envelope = { ...env, w: this.seconds() };
    if (this.away.size > 0) envelope.x = [...this.away];
    else delete envelope.x;
    if (envelope.h && Object.keys(envelope.h).length === 0) delete envelope.h;
    return envelope;
  }

  /** The full state goes to this browser, merged per exercise with what other tabs wrote. */
  private writeCopy() {
    this.copy?.write(this.snapshot(), this.known);
  }

  private notify(status: SaveStatus) {
    this.options.notify?.(status);
  }

  private fit(): { data: string | undefined; left: string[] } {
    if (this.fitted) return this.fitted;
    const envelope = this.snapshot();
    // Default priority: kept-aside state of exercises the course no longer has goes first (the
    // browser keeps it), then exercises in progress; completed work last.
    const inScope = new Set(this.scope.bijeenkomsten.flatMap((b) => b.exercises));
    const shrink =
      this.shrink ??
      dropByPriority((id) => (inScope.size > 0 && !inScope.has(id) ? 0 : this.env.p.done[id]?.[0] === 1 ? 2 : 1));
    const result = fitEnvelope(envelope, this.limit, shrink, encodeEnvelope(envelope));
    const data = result.data.length <= this.limit ? result.data : undefined;
    this.fitted = { data, left: result.left };
    const left = result.left.join(' ');
    if (left && left !== this.warnedLeft) this.notify('trimmed');
    if (left !== this.warnedLeft)
      for (const listener of this.leftListeners) {
        try {
          listener(result.left);
        } catch {
          this.leftListeners.delete(listener); // a page that has gone
        }
      }
    this.warnedLeft = left;
    return this.fitted;
  }

  private report(refusals: Refusal[]) {
    for (const refusal of refusals) (this.options.log ?? logRefusal)(refusal);
  }

  /**
   * Writes every tracked value and commits what the LMS accepted, whatever it refused: one refused
   * value never blocks the rest. The participant's work counts as sent only when suspend_data
   * was accepted and the commit answered true; anything refused is tried again later.
   */
  private commitNow(): boolean {
    if (!this.live()) return false;
    this.clock.clearTimeout(this.retryHandle);
    const { data } = this.fit();
    const refusals = this.writer.write({
      result: outcome(this.scope, this.env.p),
      data,
      loc: this.env.p.loc,
      sessionMs: this.clock.now() - this.startedAt,
      wasDone: this.wasDone,
      mode: this.mode,
    });
    this.report(refusals);
    const committed = this.port.commit();
    const workRefused = data === undefined || refusals.some((r) => r.element === this.el.suspendData);
    if (!committed || workRefused) {
      this.refused();
      return false;
    }
    this.dirty = false;
    if (refusals.length > 0) this.retryLater();
    const { confirm } = this.options;
    if (!confirm) {
      this.sent();
      return true;
    }
    // Proof of the opposite only: an answer from the server does not prove the LMS stored it.
    void confirm().then(
      (online) => (online ? this.sent() : this.refused()),
      () => this.refused(),
    );
    return true;
  }

  private sent() {
    if (this.failures > 0) this.notify('saved');
    this.failures = 0;
  }

  private retryLater() {
    const delay = this.delays[this.valueRetries++];
    if (delay === undefined) return;
    this.retryHandle = this.clock.setTimeout(() => {
      this.dirty = true;
      this.commitNow();
    }, delay);
  }

  private refused() {
    this.dirty = true;
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
}
