/**
 * A strict LMS for the browser tests, as Moodle's SCORM runtimes and the LMS notes describe them:
 * it refuses the values they refuse, errors on calls after the end, hands back `location` and
 * `suspend_data` only after an exit `suspend` (2004), and hands back only what it stored. Faults
 * are switched on per launch through the harness page's query string:
 *
 * - `lie=N`: after N commits that stored, Commit answers `true` and stores nothing (expired session);
 * - `dismiss=1`: Commit and Finish made while the SCO frame is being unloaded fail, as a
 *   synchronous XHR during page dismissal does in Chrome; `dismiss=throw`: they throw, as an LMS
 *   whose API wrapper does not catch Chrome's refusal does;
 * - `refuse=<element>,…`: those elements are refused whatever their value;
 * - `mode=review|browse`, `credit=no-credit`, `learner=<id>`.
 *
 * What it stored lives in the harness page's localStorage (`strict-lms:<package>`): the "server".
 * `installStandIn` runs as a Playwright init script, so it is self-contained.
 */
export function installStandIn(): void {
  if (window !== window.top || !location.pathname.endsWith('/lms-stand-in/index.html')) return;
  const query = new URLSearchParams(location.search);
  const version = query.get('v') === '2004' ? '2004' : '1.2';
  const name = query.get('package') ?? `voortgang-${version}`;
  const key = `strict-lms:${name}`;
  interface Stored {
    cmi: Record<string, string>;
    log: string[];
    launches: number;
  }
  const load = (): Stored => {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as Stored) : { cmi: {}, log: [], launches: 0 };
  };
  const stored = load();
  stored.launches++;
  const lieAfter = query.has('lie') ? Number(query.get('lie')) : Infinity;
  let storedCommits = 0;
  let dismissing = false;
  const is12 = version === '1.2';
  const p = is12 ? 'cmi.core.' : 'cmi.';
  const suspended = (stored.cmi[`${p}exit`] ?? '') === 'suspend';
  const handedBack = { ...stored.cmi };
  if (!is12 && !suspended) {
    // Moodle 2004: no suspend, no resume data.
    delete handedBack['cmi.location'];
    delete handedBack['cmi.suspend_data'];
  }
  const values: Record<string, string> = {
    ...handedBack,
    [is12 ? 'cmi.core.student_id' : 'cmi.learner_id']: query.get('learner') ?? 'lid-1',
    [is12 ? 'cmi.core.lesson_mode' : 'cmi.mode']: query.get('mode') ?? 'normal',
    [is12 ? 'cmi.core.credit' : 'cmi.credit']: query.get('credit') ?? 'credit',
    [is12 ? 'cmi.core.entry' : 'cmi.entry']: suspended ? 'resume' : 'ab-initio',
    [is12 ? 'cmi.core.lesson_status' : 'cmi.completion_status']:
      stored.cmi[is12 ? 'cmi.core.lesson_status' : 'cmi.completion_status'] ?? (is12 ? 'not attempted' : 'unknown'),
  };
  delete values[`${p}exit`];
  delete values[is12 ? 'cmi.core.session_time' : 'cmi.session_time'];
  let state: 'new' | 'running' | 'ended' = 'new';
  let error = 0;
  const log = (entry: string) => {
    stored.log.push(entry);
    persistLog();
  };
  const persistLog = () => {
    const current = load();
    current.log = stored.log;
    current.launches = stored.launches;
    localStorage.setItem(key, JSON.stringify(current));
  };
  persistLog();

  const decimal = /^-?\d+(\.\d+)?$/;
  const id12 = /^[\x21-\x7e]{1,255}$/;
  const rules12: [RegExp, (v: string) => boolean][] = [
    [/^cmi\.suspend_data$/, (v) => v.length <= 4096],
    [/^cmi\.core\.lesson_location$/, (v) => v.length <= 255],
    [/^cmi\.core\.lesson_status$/, (v) => /^(passed|completed|failed|incomplete|browsed|not attempted)$/.test(v)],
    [/^cmi\.core\.exit$/, (v) => /^(time-out|suspend|logout|)$/.test(v)],
    [/^cmi\.core\.session_time$/, (v) => /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v)],
    [/^cmi\.core\.score\.(raw|min|max)$/, (v) => decimal.test(v) && Number(v) >= 0 && Number(v) <= 100],
    [/^cmi\.objectives\.\d+\.id$/, (v) => id12.test(v)],
    [/^cmi\.objectives\.\d+\.status$/, (v) => /^(passed|completed|failed|incomplete|browsed|not attempted)$/.test(v)],
    [/^cmi\.objectives\.\d+\.score\.(raw|min|max)$/, (v) => decimal.test(v)],
    [/^cmi\.interactions\.\d+\.id$/, (v) => id12.test(v)],
    [
      /^cmi\.interactions\.\d+\.type$/,
      (v) => /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/.test(v),
    ],
    [/^cmi\.interactions\.\d+\.(student_response|correct_responses\.\d+\.pattern)$/, (v) => v.length <= 255],
    [/^cmi\.interactions\.\d+\.result$/, (v) => /^(correct|wrong|unanticipated|neutral)$/.test(v) || decimal.test(v)],
    [/^cmi\.interactions\.\d+\.time$/, (v) => /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v)],
  ];
  const token = /^[A-Za-z0-9_.]+$/;
  const rules2004: [RegExp, (v: string) => boolean][] = [
    [/^cmi\.suspend_data$/, (v) => v.length <= 64000],
    [/^cmi\.location$/, (v) => v.length > 0 && v.length <= 1000],
    [/^cmi\.completion_status$/, (v) => /^(completed|incomplete|not attempted|unknown)$/.test(v)],
    [/^cmi\.success_status$/, (v) => /^(passed|failed|unknown)$/.test(v)],
    [/^cmi\.exit$/, (v) => /^(time-out|suspend|logout|normal|)$/.test(v)],
    [/^cmi\.session_time$/, (v) => /^PT(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/.test(v)],
    [/^cmi\.(score\.scaled|progress_measure)$/, (v) => /^-?\d(\.\d{1,7})?$/.test(v)],
    [/^cmi\.score\.(raw|min|max)$/, (v) => decimal.test(v)],
    [/^cmi\.objectives\.\d+\.id$/, (v) => /^\S{1,4000}$/.test(v) && !v.startsWith('urn:')],
    [/^cmi\.objectives\.\d+\.completion_status$/, (v) => /^(completed|incomplete|not attempted|unknown)$/.test(v)],
    [/^cmi\.objectives\.\d+\.progress_measure$/, (v) => /^\d(\.\d{1,7})?$/.test(v)],
    [/^cmi\.interactions\.\d+\.id$/, (v) => /^\S{1,4000}$/.test(v) && !v.startsWith('urn:')],
    [
      /^cmi\.interactions\.\d+\.type$/,
      (v) => /^(true-false|choice|fill-in|long-fill-in|matching|performance|sequencing|likert|numeric|other)$/.test(v),
    ],
    [
      /^cmi\.interactions\.\d+\.result$/,
      (v) => /^(correct|incorrect|unanticipated|neutral)$/.test(v) || decimal.test(v),
    ],
    [/^cmi\.interactions\.\d+\.timestamp$/, (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v)],
  ];
  const rules = is12 ? rules12 : rules2004;
  const count = (prefix: string) => {
    let n = 0;
    while (values[`${prefix}.${n}.id`] !== undefined) n++;
    return n;
  };
  const typeOf = (element: string) => values[element.replace(/\.[a-z_]+(\.\d+\.pattern)?$/, '.type')];
  const refuse = (query.get('refuse') ?? '').split(',').filter(Boolean);
  const valid = (element: string, value: string): boolean => {
    if (refuse.includes(element)) return false;
    const collection = /^cmi\.(objectives|interactions)\.(\d+)\.(.+)$/.exec(element);
    if (collection) {
      const [, kind, n, field] = collection;
      const total = count(`cmi.${kind}`);
      // A new entry only at index _count, and its id first.
      if (Number(n) > total || (Number(n) === total && field !== 'id')) return false;
      if (!is12 && kind === 'interactions' && /learner_response|correct_responses/.test(field ?? '')) {
        const type = typeOf(element);
        if (type === 'choice' && !value.split('[,]').every((t) => token.test(t))) return false;
      }
      if (is12 && kind === 'interactions' && /student_response|correct_responses/.test(field ?? '')) {
        const type = typeOf(element);
        if (type === 'choice' && !/^[a-z0-9](,[a-z0-9])*$/.test(value)) return false;
        if (type === 'likert' && !/^[a-z0-9]?$/.test(value)) return false;
        if (type === 'numeric' && !decimal.test(value)) return false;
      }
    }
    const rule = rules.find(([pattern]) => pattern.test(element));
    return rule
      ? rule[1](value)
      : /^cmi\.(objectives|interactions)\./.test(element) || element === 'cmi.core.score.raw';
  };

  const ok = (answer: boolean, code = 0) => {
    error = answer ? 0 : code;
    return String(answer);
  };
  const initialize = () => {
    if (state !== 'new') {
      log(`error: Initialize again`);
      return ok(false, is12 ? 101 : 103);
    }
    state = 'running';
    log('Initialize');
    const frame = document.querySelector('iframe');
    frame?.contentWindow?.addEventListener('pagehide', () => (dismissing = query.has('dismiss')));
    return ok(true);
  };
  const get = (element: string) => {
    if (state !== 'running') {
      log(`error: GetValue ${element} ${state === 'new' ? 'before' : 'after'} the end`);
      error = is12 ? 301 : state === 'new' ? 122 : 123;
      return '';
    }
    error = 0;
    const collection = /^(cmi\.(?:objectives|interactions))\._count$/.exec(element);
    if (collection) return String(count(collection[1]!));
    return values[element] ?? '';
  };
  const set = (element: string, value: string) => {
    if (state !== 'running') {
      log(`error: SetValue ${element} after the end`);
      return ok(false, is12 ? 301 : 133);
    }
    if (!valid(element, value)) {
      log(`refused: ${element} = ${value.slice(0, 40)}`);
      return ok(false, is12 ? 405 : 406);
    }
    values[element] = value;
    return ok(true);
  };
  const commit = (what: 'Commit' | 'Finish') => {
    if (state !== 'running') {
      log(`error: ${what} after the end`);
      return ok(false, is12 ? 301 : 143);
    }
    if (dismissing) {
      log(`failed: ${what} during page dismissal (synchronous XHR)`);
      if (query.get('dismiss') === 'throw')
        throw new DOMException('Synchronous XHR in page dismissal is not allowed', 'NetworkError');
      return ok(false, 391);
    }
    if (storedCommits >= lieAfter) {
      log(`lied: ${what}`);
      return ok(true);
    }
    storedCommits++;
    const current = load();
    const { [is12 ? 'cmi.core.entry' : 'cmi.entry']: _entry, ...keep } = values;
    void _entry;
    current.cmi = keep;
    current.log = stored.log;
    localStorage.setItem(key, JSON.stringify(current));
    return ok(true);
  };
  const finish = () => {
    const answer = commit('Finish');
    if (state === 'running') {
      state = 'ended';
      log('Finish');
    }
    return answer;
  };
  const lastError = () => String(error);
  const api = is12
    ? {
        LMSInitialize: initialize,
        LMSFinish: finish,
        LMSGetValue: get,
        LMSSetValue: set,
        LMSCommit: () => commit('Commit'),
        LMSGetLastError: lastError,
        LMSGetErrorString: () => '',
        LMSGetDiagnostic: () => '',
      }
    : {
        Initialize: initialize,
        Terminate: finish,
        GetValue: get,
        SetValue: set,
        Commit: () => commit('Commit'),
        GetLastError: lastError,
        GetErrorString: () => '',
        GetDiagnostic: () => '',
      };
  Object.assign(window, is12 ? { API: api } : { API_1484_11: api });
}
