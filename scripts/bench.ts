/**
 * `npm run bench`: builds synthetic courses of 10, 100 and 500 bijeenkomsten (text, slides, notes
 * and exercises in the real courses' proportions) and, from the same text, a plain Astro + MDX site
 * without Leerlijn. Reports build time, peak memory, pages per second, output size per page and
 * Leerlijn's time as a ratio to the baseline; writes bench/results.json and exits with 1 when a
 * target is missed (see TARGETS).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaselineSite } from './bench/baseline-site';
import { EXERCISES_PER_BIJEENKOMST } from './bench/synthetic-exercises';
import { writeSyntheticCourse } from './bench/synthetic-course';

const WORK_ROOT = path.resolve('bench/tmp');
/** At 500 bijeenkomsten: time, peak memory, and time at most 3× the baseline's (Leerlijn writes three pages a bijeenkomst). */
const TARGETS = { seconds500: 120, memoryMB: 2048, ratio500to100: 6, baselineRatio500: 3 };

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10,100,500' } } });
const sizes = values.sizes.split(',').map(Number);
// The same Node options as `npm run build` (the heap limit), so the benchmark measures what users run.
const buildScript =
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.build ?? '';
const nodeOptions = buildScript.match(/--max-old-space-size=\d+/g) ?? [];

interface Build {
  pages: number;
  seconds: number;
  peakMemoryMB: number;
  pagesPerSecond: number;
  bytesPerPage: number;
}

interface Result extends Build {
  bijeenkomsten: number;
  exercises: number;
  baseline: Build;
  /** Leerlijn's build time divided by the baseline's. */
  baselineRatio: number;
}

const round = (n: number): number => Math.round(n * 10) / 10;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f));
}

/** One build in a process of its own, so its peak memory is its own. */
function measure(label: string, outDir: string, env: NodeJS.ProcessEnv, root?: string): Build {
  process.stdout.write(`building ${label}… `);
  const args = [...nodeOptions, path.resolve('scripts/bench/build-once.mjs'), outDir, ...(root ? [root] : [])];
  const run = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) {
    console.error(`\nthe build of ${label} failed:\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
  }
  const measured = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
    seconds: number;
    peakMemoryMB: number;
  };
  const pages = htmlFiles(outDir);
  const bytes = pages.reduce((sum, file) => sum + statSync(file).size, 0);
  console.log(`${round(measured.seconds)} s`);
  return {
    pages: pages.length,
    seconds: round(measured.seconds),
    peakMemoryMB: round(measured.peakMemoryMB),
    pagesPerSecond: round(pages.length / measured.seconds),
    bytesPerPage: Math.round(bytes / pages.length),
  };
}

const results: Result[] = [];
for (const size of sizes) {
  // Inside the project: Astro resolves MDX modules and packages relative to the project root.
  mkdirSync(WORK_ROOT, { recursive: true });
  const work = mkdtempSync(path.join(WORK_ROOT, `${size}-`));
  const courses = path.join(work, 'courses');
  writeSyntheticCourse(courses, size);
  const leerlijn = measure(`${size} bijeenkomsten`, path.join(work, 'dist'), {
    ...process.env,
    LEERLIJN_COURSES: courses,
  });
  const baselineRoot = path.join(work, 'baseline');
  writeBaselineSite(baselineRoot, size);
  const baseline = measure(
    `${size} bijeenkomsten, plain Astro + MDX`,
    path.join(work, 'baseline-dist'),
    process.env,
    baselineRoot,
  );
  results.push({
    bijeenkomsten: size,
    exercises: size * EXERCISES_PER_BIJEENKOMST,
    ...leerlijn,
    baseline,
    baselineRatio: round(leerlijn.seconds / baseline.seconds),
  });
  rmSync(work, { recursive: true, force: true });
}

console.table(
  results.map(({ baseline, ...r }) => ({
    ...r,
    baselineSeconds: baseline.seconds,
    baselineMemoryMB: baseline.peakMemoryMB,
  })),
);
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
  checks.push({
    target: `≤ ${TARGETS.baselineRatio500}× the time of plain Astro + MDX for the same text (${r500.baselineRatio}×)`,
    ok: r500.baselineRatio <= TARGETS.baselineRatio500,
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
  `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, targets: TARGETS, results, checks }, null, 2)}\n`,
);
console.log('written to bench/results.json');
process.exit(checks.every((c) => c.ok) ? 0 : 1);
