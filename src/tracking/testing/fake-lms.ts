/**
 * An in-memory SCORM run-time for unit tests, strict where real LMSs are strict (1.2's 4096
 * characters of suspend_data) and with switches to inject the faults the tracker must survive.
 */
import { lmsPort, type Scorm12Api, type Scorm2004Api, type ScormPort } from '../scorm-port';
import { DIALECT, LIMITS, type ScormVersion } from '../scorm-elements';
import { browserCopy, copyKey } from '../browser-copy';
import type { Envelope } from '../suspend-codec';

export interface Faults {
  /** Commit answers `false`. */
  commitFalse?: boolean;
  /** Every call throws (a broken LMS bridge). */
  throws?: boolean;
  /** Initialize answers `false`. */
  initFalse?: boolean;
  /** Commit answers `true` and stores nothing (an expired LMS session). */
  lie?: boolean;
  /** Elements whose every value is refused (error 405 / 406). */
  refuse?: string[];
}

export class FakeLms implements ScormPort {
  readonly standalone = false;
  values = new Map<string, string>();
  committed = new Map<string, string>();
  faults: Faults = {};
  commits = 0;
  terminated = 0;
  initialized = 0;
  /** Calls made after Finish / Terminate (a strict LMS answers them with an error). */
  afterEnd: string[] = [];
  private error = 0;

  constructor(
    readonly version: ScormVersion,
    initial: Record<string, string> = {},
  ) {
    for (const [k, v] of Object.entries(initial)) this.values.set(k, v);
    this.committed = new Map(this.values);
  }

  private check() {
    if (this.faults.throws) throw new Error('LMS bridge broken');
  }

  initialize(): boolean {
    this.check();
    this.initialized++;
    return !this.faults.initFalse;
  }

  get(element: string): string {
    this.check();
    if (this.terminated) {
      this.afterEnd.push(`get ${element}`);
      this.error = DIALECT[this.version].errors.getAfterFinish;
      return '';
    }
    if (element.endsWith('._count')) {
      const prefix = element.slice(0, -'_count'.length);
      let n = 0;
      while (this.values.has(`${prefix}${n}.id`)) n++;
      return String(n);
    }
    return this.values.get(element) ?? '';
  }

  set(element: string, value: string): boolean {
    this.check();
    if (this.terminated) {
      this.afterEnd.push(`set ${element}`);
      this.error = DIALECT[this.version].errors.setAfterFinish;
      return false;
    }
    const refused =
      (element === 'cmi.suspend_data' && value.length > LIMITS[this.version].suspendData) ||
      (element === 'cmi.location' && value === '') ||
      this.faults.refuse?.includes(element);
    if (refused) {
      this.error = DIALECT[this.version].errors.refused;
      return false;
    }
    this.error = 0;
    this.values.set(element, value);
    return true;
  }

  commit(): boolean {
    this.check();
    if (this.terminated) {
      this.afterEnd.push('commit');
      return false;
    }
    this.commits++;
    if (this.faults.commitFalse) return false;
    if (!this.faults.lie) this.committed = new Map(this.values);
    return true;
  }

  terminate(): boolean {
    this.check();
    if (this.terminated) {
      this.afterEnd.push('terminate');
      return false;
    }
    const ok = this.commit();
    this.terminated++;
    return ok;
  }

  lastError(): number {
    return this.error;
  }

  /** The LMS as a course sees it (`window.API` or `API_1484_11`), wrapped as the tracker's port. */
  port(): ScormPort {
    const api: Scorm12Api & Scorm2004Api = {
      LMSInitialize: () => String(this.initialize()),
      Initialize: () => String(this.initialize()),
      LMSFinish: () => String(this.terminate()),
      Terminate: () => String(this.terminate()),
      LMSGetValue: (e) => this.get(e),
      GetValue: (e) => this.get(e),
      LMSSetValue: (e, v) => String(this.set(e, v)),
      SetValue: (e, v) => String(this.set(e, v)),
      LMSCommit: () => String(this.commit()),
      Commit: () => String(this.commit()),
      LMSGetLastError: () => String(this.error),
      GetLastError: () => String(this.error),
    };
    return lmsPort(api, this.version);
  }

  /** A new launch of the same attempt: what the LMS stored, nothing else. */
  relaunch(): FakeLms {
    const next = new FakeLms(this.version);
    next.values = new Map(this.committed);
    next.committed = new Map(this.committed);
    return next;
  }
}

/** A clock whose timers run only when told. */
export class ManualClock {
  time = 1_700_000_000_000;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private next = 1;
  now = () => this.time;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.timers.push({ at: this.time + ms, fn, id });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.timers = this.timers.filter((t) => t.id !== handle);
  };
  advance(ms: number) {
    const until = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.fn();
    }
    this.time = until;
  }
}

/** Browser copies held in memory, per learner, as localStorage holds them between launches. */
export function memoryCopies() {
  const values = new Map<string, string>();
  const storage = {
    getItem: (k: string) => values.get(k) ?? null,
    setItem: (k: string, v: string) => void values.set(k, v),
  };
  const copies = (learner: string | undefined) =>
    browserCopy({ course: 'demo', scopeKey: 'all', version: 'test', learner: learner ?? '' }, storage);
  return {
    copies,
    /** The stored copy of `learner` (default: the fake LMS's, ''). */
    peek: (learner = '') => {
      const text = values.get(copyKey({ course: 'demo', scopeKey: 'all', version: 'test', learner }));
      return text ? (JSON.parse(text) as { k: boolean; e: Envelope }) : undefined;
    },
    clear: () => values.clear(),
  };
}
