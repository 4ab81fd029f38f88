/**
 * `npm run lighthouse`: Lighthouse's mobile audit (simulated phone and network, as on
 * pagespeed) of the study pages in dist/ — the catalogue, each course overview and every bijeenkomst
 * page — for performance and accessibility, and of the trainer pages (deck, presenter view, guide,
 * materials, participants' map) for accessibility. Prints the scores per page, writes
 * bench/lighthouse.json and exits with 1 when a page is under its targets (#13 and #14: performance
 * at least 95 on study pages, accessibility 100 everywhere).
 *
 * Scores depend on the machine, so this is a measurement to run on an idle machine after
 * `npm run build`, like `npm run bench` — never part of `npm test`, where timing must not decide.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const TARGETS = { performance: 95, accessibility: 100 };

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4399' },
    chrome: { type: 'string', default: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    out: { type: 'string', default: 'bench/lighthouse.json' },
  },
});
const dist = path.resolve('dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('Nothing to audit: dist/ has no built site. Run "npm run build" first.');
  process.exit(1);
}

interface Audit {
  page: string;
  /** Study pages are held to the performance target too; trainer pages to accessibility only. */
  study: boolean;
}

/** The study and trainer pages of every course, from the courses' outlines. */
function pagesToAudit(): Audit[] {
  const pages: Audit[] = [{ page: '', study: true }];
  const trainer = (page: string) => (existsSync(path.join(dist, page, 'index.html')) ? [{ page, study: false }] : []);
  for (const entry of readdirSync(dist, { withFileTypes: true })) {
    const outline = path.join(dist, entry.name, 'outline.json');
    if (!entry.isDirectory() || !existsSync(outline)) continue;
    const course = JSON.parse(readFileSync(outline, 'utf8')) as { bijeenkomsten: { slug: string }[] };
    const c = entry.name;
    pages.push({ page: `${c}/`, study: true });
    for (const { slug } of course.bijeenkomsten) {
      pages.push({ page: `${c}/${slug}/`, study: true });
      pages.push(
        ...trainer(`${c}/${slug}/slides/`),
        ...trainer(`${c}/${slug}/slides/presenter/`),
        ...trainer(`${c}/${slug}/materiaal/`),
      );
    }
    pages.push(...trainer(`${c}/gids/`), ...trainer(`${c}/deelnemersmap/`));
  }
  return pages;
}

/** Serves dist/ with the project's own server, and resolves once it answers. */
async function serve(port: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', port], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`The site server did not answer on port ${port}.`);
}

interface Row {
  page: string;
  /** Not measured on trainer pages. */
  performance: number | undefined;
  accessibility: number;
  /** The metrics behind the performance score, as Lighthouse shows them. */
  metrics: Record<string, string>;
  /** Accessibility audits that failed, by id. */
  failed: string[];
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

const server = await serve(values.port);
const chrome = await chromeLauncher.launch({
  chromePath: values.chrome,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const rows: Row[] = [];
try {
  for (const { page, study } of pagesToAudit()) {
    const result = await lighthouse(`http://127.0.0.1:${values.port}/${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: study ? ['performance', 'accessibility'] : ['accessibility'],
    });
    if (!result) throw new Error(`Lighthouse gave no result for /${page}.`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    rows.push({
      page: `/${page}`,
      performance: study ? score('performance') : undefined,
      accessibility: score('accessibility'),
      metrics: study ? Object.fromEntries(METRICS.map((id) => [id, audits[id]?.displayValue ?? '?'])) : {},
      failed: (categories.accessibility?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
        .map((ref) => ref.id),
    });
    const row = rows[rows.length - 1]!;
    const performance =
      row.performance === undefined
        ? ''
        : `performance ${String(row.performance).padStart(3)}  LCP ${row.metrics['largest-contentful-paint']}  ` +
          `TBT ${row.metrics['total-blocking-time']}  CLS ${row.metrics['cumulative-layout-shift']}  `;
    console.log(
      `${row.page.padEnd(48)} accessibility ${String(row.accessibility).padStart(3)}  ${performance}` +
        (row.failed.length ? `failed: ${row.failed.join(', ')}` : ''),
    );
  }
} finally {
  chrome.kill();
  server.kill();
}

mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(
  values.out,
  `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), targets: TARGETS, pages: rows }, null, 2)}\n`,
);
const under = rows.filter(
  (r) =>
    (r.performance !== undefined && r.performance < TARGETS.performance) || r.accessibility < TARGETS.accessibility,
);
console.log(
  under.length
    ? `${under.length} of ${rows.length} pages under the targets (performance ${TARGETS.performance} on study pages, accessibility ${TARGETS.accessibility}).`
    : `All ${rows.length} pages meet the targets (performance ≥ ${TARGETS.performance} on study pages, accessibility ${TARGETS.accessibility}).`,
);
process.exitCode = under.length ? 1 : 0;
