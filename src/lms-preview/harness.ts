/**
 * The LMS preview's player: the simulated LMS (simulated-lms.ts) as `window.API` or
 * `window.API_1484_11`, the package in a frame, and a live view of what is recorded, in plain
 * words with the raw SCORM value beside them.
 *
 * Both standards side by side: the package's own tracker talks to the LMS of its standard; a
 * second, unchanged Tracker in this page receives every call the course pages make to the first
 * one and records the same work in an LMS of the other standard.
 */
import { fillPlaceholders } from '../i18n/fill';
import { readScope } from '../tracking/scope';
import { DIALECT } from '../tracking/scorm-elements';
import { lmsPort } from '../tracking/scorm-port';
import { browserCopy } from '../tracking/browser-copy';
import { memoryStore } from '../tracking/safe-storage';
import { Tracker } from '../tracking/tracker';
import type { TrackingHost } from '../tracking/tracker-contract';
import { recorded, type Recorded, type Version } from './data-model';
import { FACES, makeLms, other, snapshot, storageKey, stored, type Api } from './simulated-lms';
import { chosenOptions, exitWords, resultWords, sessionParts, statusWords, typeWords } from './plain-words';
import type { QuestionText } from './questions';

interface PackageInfo {
  name: string;
  version: Version;
  course: string;
  bijeenkomst: string | null;
  title: string;
  launch: string;
  mastery: number;
}

type LmsWindow = Window & { API?: unknown; API_1484_11?: unknown };
/** The launch page's tracker as the course pages see it, and the launch page finishes it. */
type LaunchTracker = TrackingHost & { finish(): void };

const json = <T>(id: string, fallback: T): T => {
  try {
    return JSON.parse(document.getElementById(id)?.textContent ?? '') as T;
  } catch {
    return fallback;
  }
};
const words = json<Record<string, string>>('ll-lms-words', {});
const questions = json<Record<string, QuestionText>>('ll-lms-questions', {});
const sessions = json<Record<string, { slug: string; title: string; checks: number }[]>>('ll-lms-sessions', {});
const msg = (key: string, values: Record<string, string | number> = {}) => fillPlaceholders(words[key] ?? '', values);

const select = document.getElementById('ll-lms-package') as HTMLSelectElement;
const player = document.getElementById('ll-lms-player') as HTMLElement;
const state = document.getElementById('ll-lms-state') as HTMLElement;
const lang = document.documentElement.lang || 'nl';
const decimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });

let packages: PackageInfo[] = [];
let session:
  { info: PackageInfo; api: Api; frame: HTMLIFrameElement; shadow?: { api: Api; tracker: Tracker } } | undefined;

/** Words first, the raw SCORM value beside them (the value tests and experts read). */
function worded(text: string, raw: string, field?: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const plain = document.createElement('span');
  plain.className = 'll-lms__words';
  plain.textContent = text;
  const code = document.createElement('code');
  code.className = 'll-lms__raw';
  code.title = msg('lmsv.raw');
  code.textContent = raw || '—';
  if (field) code.dataset.field = field;
  fragment.append(plain, ' ', code);
  return fragment;
}

function sessionTitle(info: PackageInfo, slug: string): string {
  return sessions[info.course]?.find((s) => s.slug === slug)?.title ?? slug;
}

function scoreWords(info: PackageInfo, data: Recorded): string {
  const mastery = data.mastery ?? info.mastery;
  if (data.scoreRaw) {
    const score = Number.parseFloat(data.scoreRaw);
    const met = score >= mastery ? msg('lmsv.scoreMet') : msg('lmsv.scoreNotMet');
    return `${msg('lmsv.scoreOf', { score: decimal.format(score), mastery: decimal.format(mastery) })}: ${met}`;
  }
  const inScope = (sessions[info.course] ?? []).filter((s) => !info.bijeenkomst || s.slug === info.bijeenkomst);
  const checks = inScope.reduce((sum, s) => sum + s.checks, 0);
  return msg(checks > 0 ? 'lmsv.scoreWaiting' : 'lmsv.scoreNoChecks', { mastery: decimal.format(mastery) });
}

function durationWords(raw: string): string {
  const parts = sessionParts(raw);
  if (!parts) return msg('lmsv.exitNone');
  return [parts.h ? `${parts.h} h` : '', parts.m ? `${parts.m} min` : '', `${parts.s} s`].filter(Boolean).join(' ');
}

function summaryRow(list: HTMLElement, label: string, content: Node) {
  const dt = document.createElement('dt');
  dt.textContent = label;
  const dd = document.createElement('dd');
  dd.append(content);
  list.append(dt, dd);
}

function suspendBar(data: Recorded): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const meter = document.createElement('meter');
  meter.min = 0;
  meter.max = data.suspendLimit;
  meter.value = data.suspendLength;
  meter.high = data.suspendLimit * 0.9;
  meter.optimum = 0;
  meter.className = 'll-lms__meter';
  const text = document.createElement('span');
  text.dataset.field = 'suspend';
  text.textContent = msg('lmsv.suspendOf', {
    length: data.suspendLength,
    limit: data.suspendLimit,
    percent: Math.round((data.suspendLength / data.suspendLimit) * 100),
  });
  meter.setAttribute('aria-label', `${msg('lms.suspend')}: ${text.textContent}`);
  fragment.append(meter, text);
  return fragment;
}

function render(which: 'this' | 'other', info: PackageInfo | undefined, version: Version, cmi: unknown) {
  const suffix = which === 'this' ? '' : '-other';
  const heading = document.getElementById(`ll-lms-standard${suffix}`) as HTMLElement;
  heading.textContent = msg(which === 'this' ? 'lmsv.this' : 'lmsv.other', { version });
  const note = heading.parentElement?.querySelector<HTMLElement>('[data-note]');
  if (note) note.textContent = msg('lmsv.otherNote', { version });
  const summary = document.getElementById(`ll-lms-summary${suffix}`) as HTMLElement;
  const objectives = document.getElementById(`ll-lms-objectives${suffix}`) as HTMLTableSectionElement;
  const interactions = document.getElementById(`ll-lms-interactions${suffix}`) as HTMLTableSectionElement;
  summary.replaceChildren();
  objectives.replaceChildren();
  interactions.replaceChildren();
  if (!info || !cmi) {
    // A <dl> holds only term and description: "nothing yet" is the status's description.
    summaryRow(summary, msg('lms.completion'), document.createTextNode(msg('lmsv.none')));
    return;
  }
  const data = recorded(version, cmi);
  summaryRow(summary, msg('lms.completion'), worded(msg(statusWords(data.completion)), data.completion, 'completion'));
  summaryRow(summary, msg('lms.success'), worded(msg(statusWords(data.success)), data.success, 'success'));
  summaryRow(summary, msg('lms.score'), worded(scoreWords(info, data), data.score, 'score'));
  const where = data.location.replace(/\/$/, '');
  summaryRow(
    summary,
    msg('lmsv.location'),
    worded(where ? sessionTitle(info, where) : msg('lmsv.locationStart'), data.location, 'location'),
  );
  summaryRow(summary, msg('lms.exit'), worded(msg(exitWords(data.exit)), data.exit, 'exit'));
  summaryRow(
    summary,
    msg('lms.sessionTime'),
    worded(durationWords(data.sessionTime), data.sessionTime, 'session-time'),
  );
  summaryRow(summary, msg('lms.suspend'), suspendBar(data));

  const labels = (table: HTMLTableSectionElement) =>
    [...(table.parentElement?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent ?? '');
  const labelled = (row: HTMLTableRowElement, names: string[]) =>
    [...row.cells].forEach((cell, i) => i > 0 && (cell.dataset.label = names[i] ?? ''));

  const objectiveLabels = labels(objectives);
  for (const o of data.objectives) {
    const row = objectives.insertRow();
    row.insertCell().append(worded(sessionTitle(info, o.id), o.id));
    row.insertCell().append(worded(msg(statusWords(o.status)), o.status));
    const share = Number.parseFloat(o.progress);
    const percent = Number.isFinite(share) ? Math.round(DIALECT[version].objectivePercent(share)) : 0;
    row.insertCell().append(worded(`${percent}%`, o.progress));
    labelled(row, objectiveLabels);
  }
  const answerLabels = labels(interactions);
  for (const i of data.interactions) {
    const row = interactions.insertRow();
    const words = questions[i.id.replace(/_/g, '-')] ?? questions[i.id];
    const question = row.insertCell();
    question.append(worded(words?.text ?? i.id, i.id));
    row.insertCell().append(worded(msg(typeWords(i.type)), i.type));
    const raw = row.insertCell();
    raw.className = 'll-lms__raw-cell';
    raw.textContent = i.response;
    const chosen = words?.options ? chosenOptions(version, i.response, words.options) : [];
    row.insertCell().textContent = chosen.length > 0 ? chosen.map((o) => o.text).join(' · ') : i.response;
    const right = words?.options?.filter((o) => o.correct) ?? [];
    row.insertCell().textContent = right.length > 0 ? right.map((o) => o.text).join(' · ') : '—';
    const result = resultWords(i.result);
    row.insertCell().append(worded(result ? msg(result) : i.result, i.result));
    labelled(row, answerLabels);
  }
}

function renderBoth(info: PackageInfo | undefined) {
  if (!info) {
    render('this', undefined, '1.2', null);
    render('other', undefined, '2004', null);
    return;
  }
  const live = session?.info === info ? session : undefined;
  render('this', info, info.version, live ? snapshot(live.api) : stored(storageKey(info.name)));
  const otherVersion = other(info.version);
  render(
    'other',
    info,
    otherVersion,
    live?.shadow ? snapshot(live.shadow.api) : stored(storageKey(info.name, otherVersion)),
  );
}

function onRecord(api: Api, version: Version, save: () => void, finished: () => void) {
  const { calls } = DIALECT[version];
  api.on(calls.commit, save);
  api.on(calls.finish, () => {
    save();
    finished();
  });
  api.on(`${calls.setValue}.cmi.*`, () => renderBoth(session?.info));
}

/**
 * The other standard's recorder: an unchanged Tracker of its own, started when the package opens
 * its session, fed every call the course pages make to the package's tracker.
 */
function startShadow(info: PackageInfo, launchWindow: Window, review: boolean) {
  if (!session) return;
  const version = other(info.version);
  const key = storageKey(info.name, version);
  const api = makeLms(version, key, info.mastery, review);
  const runtime = FACES[version](api);
  const full = readScope(launchWindow.document);
  if (!full) return;
  // The same narrowing as the launch page: a per-bijeenkomst package tracks its bijeenkomst.
  const only = new URLSearchParams(launchWindow.location.search).get('bijeenkomst');
  const part = only ? full.bijeenkomsten.filter((b) => b.slug === only) : [];
  // The shadow's browser copy lives in memory: it must never stand in for what this LMS stored.
  const memory = memoryStore();
  const tracker = new Tracker({
    port: lmsPort(runtime, version),
    scope: part.length > 0 ? { ...full, bijeenkomsten: part } : full,
    copies: (learner) =>
      browserCopy({ course: full.course, scopeKey: only ?? 'all', version, learner: learner ?? '' }, memory),
  });
  session.shadow = { api, tracker };
  const save = () => {
    localStorage.setItem(key, JSON.stringify(snapshot(api)));
    renderBoth(info);
  };
  onRecord(api, version, save, () => {});
  void tracker.start();
  // The launch page publishes its tracker as `leerlijnTracking` once it is running; catch that
  // moment, before any course page asks for it, and pass every call on to this tracker too.
  const win = launchWindow as Window & { leerlijnTracking?: LaunchTracker };
  Object.defineProperty(win, 'leerlijnTracking', {
    configurable: true,
    get: () => undefined,
    set: (host: LaunchTracker) => {
      for (const name of ['saveState', 'complete', 'visit', 'flush', 'setShrink', 'finish'] as const) {
        const own = (host[name] as (...args: unknown[]) => unknown).bind(host);
        const copy = (tracker[name] as (...args: unknown[]) => void).bind(tracker);
        (host as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
          // The package's own tracker answers (finish says what the participant is told).
          const answer: unknown = own(...args);
          copy(...args);
          return answer;
        };
      }
      Object.defineProperty(win, 'leerlijnTracking', { configurable: true, writable: true, value: host });
    },
  });
}

/** Removes the frame: its pagehide makes the course finish its own session. */
function removeFrame() {
  if (!session) return;
  const { info, frame } = session;
  frame.remove();
  const win = window as LmsWindow;
  delete win.API;
  delete win.API_1484_11;
  session = undefined;
  renderBoth(info);
}

function launch() {
  removeFrame();
  const info = packages.find((p) => p.name === select.value);
  if (!info) return;
  const review = (document.getElementById('ll-lms-review') as HTMLInputElement | null)?.checked ?? false;
  const api = makeLms(info.version, storageKey(info.name), info.mastery, review);
  const frame = document.createElement('iframe');
  const opened = () => {
    if (frame.contentWindow) startShadow(info, frame.contentWindow, review);
  };
  const win = window as LmsWindow;
  win[DIALECT[info.version].apiObject] = FACES[info.version](api, opened);
  const save = () => {
    localStorage.setItem(storageKey(info.name), JSON.stringify(snapshot(api)));
    renderBoth(info);
  };
  onRecord(api, info.version, save, () => {
    // The package ended its session: the frame shows its closed state, and so does this page.
    if (session?.api === api) state.textContent = msg('lmsv.closedByPackage', { name: info.name });
  });
  frame.title = msg('lms.frame');
  frame.className = 'll-lms__frame';
  frame.src = `packages/${info.name}/${info.launch}`;
  session = { info, api, frame };
  player.append(frame);
  state.textContent = msg('lmsv.running', { name: info.name });
  renderBoth(info);
}

/** Ends the launch the one way a participant does: the package's own "Opslaan en afsluiten". */
function exit() {
  if (!session) return;
  const exitButton = session.frame.contentDocument?.getElementById('ll-exit');
  if (exitButton) exitButton.click();
  else removeFrame();
}

function reset() {
  const info = packages.find((p) => p.name === select.value);
  if (!info) return;
  removeFrame();
  localStorage.removeItem(storageKey(info.name));
  localStorage.removeItem(storageKey(info.name, other(info.version)));
  renderBoth(info);
  state.textContent = msg('lms.cleared', { name: info.name });
}

async function init() {
  try {
    packages = (await (await fetch('packages/packages.json')).json()) as PackageInfo[];
  } catch {
    packages = [];
  }
  if (packages.length === 0) state.textContent = msg('lms.noPackages');
  for (const info of packages) select.add(new Option(`${info.title} (SCORM ${info.version})`, info.name));
  select.addEventListener('change', () => renderBoth(packages.find((p) => p.name === select.value)));
  select.dispatchEvent(new Event('change'));
  document.getElementById('ll-lms-launch')?.addEventListener('click', launch);
  document.getElementById('ll-lms-close')?.addEventListener('click', exit);
  document.getElementById('ll-lms-reset')?.addEventListener('click', reset);
}

void init();
