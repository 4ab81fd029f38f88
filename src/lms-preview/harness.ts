/**
 * The LMS preview's player: scorm-again as the LMS (`window.API` or `window.API_1484_11`), the
 * package in a frame, the data model kept per package in localStorage between launches, and a
 * live view of what is recorded. Strict where Moodle is: 1.2's limits refuse longer values.
 */
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type Scorm12ApiClass from 'scorm-again/scorm12';
import type Scorm2004ApiClass from 'scorm-again/scorm2004';
import { recorded, relaunchModel, type Version } from './data-model';
import { fillPlaceholders } from '../i18n/fill';

// scorm-again 3's type files declare default exports; its ESM builds export the classes by name.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12ApiClass };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof Scorm2004ApiClass };

interface PackageInfo {
  name: string;
  version: Version;
  title: string;
  launch: string;
  mastery: number;
}

type Api = Scorm12ApiClass | Scorm2004ApiClass;
type LmsWindow = Window & { API?: unknown; API_1484_11?: unknown };

const root = document.getElementById('ll-lms') as HTMLElement;
const select = document.getElementById('ll-lms-package') as HTMLSelectElement;
const player = document.getElementById('ll-lms-player') as HTMLElement;
const state = document.getElementById('ll-lms-state') as HTMLElement;
const msg = (key: string, values: Record<string, string | number> = {}) =>
  fillPlaceholders(root.dataset[key] ?? '', values);

const storageKey = (name: string) => `leerlijn-lms:${name}`;
const LIMITS_12: Record<string, number> = { 'cmi.suspend_data': 4096, 'cmi.core.lesson_location': 255 };

let packages: PackageInfo[] = [];
let session: { info: PackageInfo; api: Api; frame: HTMLIFrameElement } | undefined;

function snapshot(api: Api): unknown {
  return JSON.parse(JSON.stringify(api.cmi)) as unknown;
}

function save(info: PackageInfo, api: Api) {
  localStorage.setItem(storageKey(info.name), JSON.stringify(snapshot(api)));
}

function cell(row: HTMLTableRowElement, text: string) {
  row.insertCell().textContent = text;
}

function render(info: PackageInfo | undefined, cmi: unknown) {
  const summary = document.getElementById('ll-lms-summary') as HTMLElement;
  const objectives = document.getElementById('ll-lms-objectives') as HTMLTableSectionElement;
  const interactions = document.getElementById('ll-lms-interactions') as HTMLTableSectionElement;
  summary.replaceChildren();
  objectives.replaceChildren();
  interactions.replaceChildren();
  if (!info || !cmi) return;
  const data = recorded(info.version, cmi);
  const pairs: [string, string, string][] = [
    ['lmsCompletion', data.completion, 'completion'],
    ['lmsSuccess', data.success, 'success'],
    ['lmsScore', data.score, 'score'],
    ['lmsLocation', data.location, 'location'],
    ['lmsExit', data.exit, 'exit'],
    ['lmsSessionTime', data.sessionTime, 'session-time'],
    ['lmsSuspend', msg('lmsSuspendSize', { length: data.suspendLength, limit: data.suspendLimit }), 'suspend'],
  ];
  for (const [label, value, field] of pairs) {
    const dt = document.createElement('dt');
    dt.textContent = msg(label);
    const dd = document.createElement('dd');
    dd.textContent = value || '—';
    dd.dataset.field = field;
    summary.append(dt, dd);
  }
  for (const o of data.objectives) {
    const row = objectives.insertRow();
    [o.id, o.status, o.progress].forEach((text) => cell(row, text));
  }
  for (const i of data.interactions) {
    const row = interactions.insertRow();
    [i.id, i.type, i.response, i.result].forEach((text) => cell(row, text));
  }
}

function stored(info: PackageInfo): unknown {
  try {
    return JSON.parse(localStorage.getItem(storageKey(info.name)) ?? 'null') as unknown;
  } catch {
    return null;
  }
}

/** scorm-again is lenient; this wrapper refuses what Moodle refuses under SCORM 1.2 (error 405). */
function strict12(api: Scorm12ApiClass) {
  let refused = false;
  return {
    LMSInitialize: (p: '') => api.LMSInitialize(p),
    LMSFinish: (p: '') => api.LMSFinish(p),
    LMSGetValue: (e: string) => api.LMSGetValue(e),
    LMSSetValue: (e: string, v: string) => {
      const limit = LIMITS_12[e];
      refused = limit !== undefined && String(v).length > limit;
      return refused ? 'false' : api.LMSSetValue(e, v);
    },
    LMSCommit: (p: '') => api.LMSCommit(p),
    LMSGetLastError: () => (refused ? '405' : api.LMSGetLastError()),
    LMSGetErrorString: (c: string) => api.LMSGetErrorString(c),
    LMSGetDiagnostic: (c: string) => api.LMSGetDiagnostic(c),
  };
}

function close() {
  if (!session) return;
  const { info, api, frame } = session;
  // Removing the frame fires its pagehide: the course terminates its own session.
  frame.remove();
  save(info, api);
  render(info, stored(info));
  const win = window as LmsWindow;
  delete win.API;
  delete win.API_1484_11;
  session = undefined;
  state.textContent = msg('lmsClosed', { name: info.name });
}

function launch() {
  close();
  const info = packages.find((p) => p.name === select.value);
  if (!info) return;
  const model = relaunchModel(
    info.version,
    stored(info) ?? {},
    { id: 'voorbeeld', name: 'Deelnemer, Voorbeeld' },
    info.mastery,
    (document.getElementById('ll-lms-review') as HTMLInputElement | null)?.checked ? 'review' : 'normal',
  );
  const settings = { autocommit: false, logLevel: 5 as const };
  const win = window as LmsWindow;
  let api: Api;
  if (info.version === '1.2') {
    const api12 = new Scorm12API(settings);
    api12.loadFromJSON(model, '');
    win.API = strict12(api12);
    api = api12;
  } else {
    const api04 = new Scorm2004API(settings);
    api04.loadFromJSON(model, '');
    win.API_1484_11 = api04;
    api = api04;
  }
  const prefix = info.version === '1.2' ? 'LMS' : '';
  const refresh = () => {
    save(info, api);
    render(info, snapshot(api));
  };
  api.on(`${prefix}Commit`, refresh);
  api.on(info.version === '1.2' ? 'LMSFinish' : 'Terminate', refresh);
  api.on(`${prefix}SetValue.cmi.*`, () => render(info, snapshot(api)));
  const frame = document.createElement('iframe');
  frame.title = msg('lmsFrame');
  frame.className = 'll-lms__frame';
  frame.src = `packages/${info.name}/${info.launch}`;
  player.append(frame);
  session = { info, api, frame };
  state.textContent = msg('lmsRunning', { name: info.name });
  render(info, snapshot(api));
}

function reset() {
  const info = packages.find((p) => p.name === select.value);
  if (!info) return;
  close();
  localStorage.removeItem(storageKey(info.name));
  render(info, null);
  state.textContent = msg('lmsCleared', { name: info.name });
}

async function init() {
  try {
    packages = (await (await fetch('packages/packages.json')).json()) as PackageInfo[];
  } catch {
    packages = [];
  }
  if (packages.length === 0) state.textContent = msg('lmsNoPackages');
  for (const info of packages) select.add(new Option(`${info.title} (SCORM ${info.version})`, info.name));
  select.addEventListener('change', () => {
    const info = packages.find((p) => p.name === select.value);
    render(info, info ? stored(info) : null);
  });
  select.dispatchEvent(new Event('change'));
  document.getElementById('ll-lms-launch')?.addEventListener('click', launch);
  document.getElementById('ll-lms-close')?.addEventListener('click', close);
  document.getElementById('ll-lms-reset')?.addEventListener('click', reset);
}

void init();
