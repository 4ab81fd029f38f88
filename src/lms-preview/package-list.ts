/**
 * The administrators' page in the browser: reads the list the packager wrote
 * (scorm/packages.json) and shows, per course, each scope (whole course, one bijeenkomst) with a
 * download per standard and its size. Without a list (packages not built yet) it says how to
 * build them.
 */
import { fillPlaceholders } from '../i18n/fill';
import type { PackageListing } from '../packaging/listing';

const root = document.getElementById('ll-packages') as HTMLElement;
const state = document.getElementById('ll-packages-state') as HTMLElement;
const tables = document.getElementById('ll-packages-tables') as HTMLElement;

const lang = document.documentElement.lang || 'nl';
const kilobytes = new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
const VERSIONS = ['1.2', '2004'] as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  return el;
}

function download(item: PackageListing): HTMLElement {
  const wrap = element('span');
  const link = element('a', root.dataset.download ?? '');
  link.href = `${root.dataset.folder ?? '../scorm/'}${encodeURIComponent(item.file)}`;
  link.download = item.file;
  link.dataset.file = item.file;
  const name = element('span', ` ${item.file}`);
  name.className = 'll-visually-hidden';
  link.append(name);
  const size = element('span', ` (${kilobytes.format(item.bytes / 1024)})`);
  size.className = 'll-packages__size';
  wrap.append(link, size);
  return wrap;
}

function courseTable(title: string, items: PackageListing[]) {
  const table = element('table');
  table.className = 'll-table ll-packages__table';
  table.append(element('caption', title));
  const head = table.createTHead().insertRow();
  const labels = [root.dataset.scope ?? '', ...VERSIONS.map((v) => `SCORM ${v}`)];
  for (const label of labels) {
    const th = element('th', label);
    th.scope = 'col';
    head.append(th);
  }
  const body = table.createTBody();
  const scopes = [...new Set(items.map((i) => i.bijeenkomst?.number ?? 0))].sort((a, b) => a - b);
  for (const number of scopes) {
    const inScope = items.filter((i) => (i.bijeenkomst?.number ?? 0) === number);
    const row = body.insertRow();
    const first = inScope[0];
    const th = element(
      'th',
      first?.bijeenkomst
        ? fillPlaceholders(root.dataset.one ?? '', { number: first.bijeenkomst.number, title: first.bijeenkomst.title })
        : (root.dataset.whole ?? ''),
    );
    th.scope = 'row';
    row.append(th);
    VERSIONS.forEach((version, i) => {
      const cell = row.insertCell();
      cell.dataset.label = labels[i + 1] ?? '';
      const item = inScope.find((p) => p.version === version);
      cell.append(item ? download(item) : '—');
    });
  }
  tables.append(table);
}

async function show() {
  let items: PackageListing[] = [];
  try {
    const response = await fetch(root.dataset.listing ?? '../scorm/packages.json', { cache: 'no-store' });
    if (response.ok) items = (await response.json()) as PackageListing[];
  } catch {
    items = [];
  }
  if (items.length === 0) {
    state.textContent = root.dataset.notBuilt ?? '';
    return;
  }
  const courses = [...new Set(items.map((i) => i.course))];
  for (const course of courses) {
    const own = items.filter((i) => i.course === course);
    courseTable(own[0]?.courseTitle ?? course, own);
  }
  state.textContent = '';
  root.dataset.loaded = String(items.length);
}

void show();
