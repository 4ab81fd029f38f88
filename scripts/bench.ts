/**
 * `npm run bench`: builds synthetic courses of 10, 100 and 500 bijeenkomsten and reports build time,
 * peak memory, pages per second and output size per page. Writes bench/results.json and exits with
 * 1 when a target is missed (500 bijeenkomsten ≤ 120 s and ≤ 2 GB; 500/100 time ratio ≤ 6).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticCourse } from './bench/synthetic-course';

const WORK_ROOT = path.resolve('bench/tmp');
const TARGETS = { seconds500: 120, memoryMB: 2048, ratio500to100: 6 };

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10,100,500' } } });
const sizes = values.sizes.split(',').map(Number);
// The same Node options as `npm run build` (the heap limit), so the benchmark measures what users run.
const buildScript =
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.build ?? '';
const nodeOptions = buildScript.match(/--max-old-space-size=\d+/g) ?? [];

interface Result {
  bijeenkomsten: number;
  pages: number;
  seconds: number;
  peakMemoryMB: number;
  pagesPerSecond: number;
  bytesPerPage: number;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f));
}

const results: Result[] = [];
for (const size of sizes) {
  // Inside the project: Astro resolves MDX modules relative to the project root.
  mkdirSync(WORK_ROOT, { recursive: true });
  const work = mkdtempSync(path.join(WORK_ROOT, `${size}-`));
  const courses = path.join(work, 'courses');
  const outDir = path.join(work, 'dist');
  writeSyntheticCourse(courses, size);
  process.stdout.write(`building ${size} bijeenkomsten… `);
  const run = spawnSync(process.execPath, [...nodeOptions, path.resolve('scripts/bench/build-once.mjs'), outDir], {
    env: { ...process.env, LEERLIJN_COURSES: courses },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    console.error(`\nthe build of ${size} bijeenkomsten failed:\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
  }
  const measured = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
    seconds: number;
    peakMemoryMB: number;
  };
  const pages = htmlFiles(outDir);
  const bytes = pages.reduce((sum, file) => sum + statSync(file).size, 0);
  const result: Result = {
    bijeenkomsten: size,
    pages: pages.length,
    seconds: round(measured.seconds),
    peakMemoryMB: round(measured.peakMemoryMB),
    pagesPerSecond: round(pages.length / measured.seconds),
    bytesPerPage: Math.round(bytes / pages.length),
  };
  results.push(result);
  console.log(`${result.seconds} s`);
  rmSync(work, { recursive: true, force: true });
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

console.table(results);
const by = (n: number) => results.find((r) => r.bijeenkomsten === n);
const checks: { target: string; ok: boolean }[] = [];
const r500 = by(500);
const r100 = by(100);
if (r500) {
  checks.push({
    target: `500 bijeenkomsten build in ≤ ${TARGETS.seconds500} s (${r500.seconds} s)`,
    ok: r500.seconds <= TARGETS.seconds500,
  });
  checks.push({
    target: `peak memory ≤ ${TARGETS.memoryMB} MB (${r500.peakMemoryMB} MB)`,
    ok: r500.peakMemoryMB <= TARGETS.memoryMB,
  });
}
if (r500 && r100) {
  const ratio = round(r500.seconds / r100.seconds);
  checks.push({
    target: `time grows linearly: 500/100 ratio ≤ ${TARGETS.ratio500to100} (${ratio})`,
    ok: ratio <= TARGETS.ratio500to100,
  });
}
for (const check of checks) console.log(`${check.ok ? 'ok  ' : 'MISS'} ${check.target}`);

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), cores: (await import('node:os')).cpus().length, targets: TARGETS, results, checks }, null, 2)}\n`,
);
console.log('written to bench/results.json');
process.exit(checks.every((c) => c.ok) ? 0 : 1);
