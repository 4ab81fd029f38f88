/**
 * `npm run weight` (after `npm run build`): the page-weight report. For every built page, its HTML,
 * CSS and the JavaScript it really loads, gzipped, on the website (standalone) and, for course
 * pages, inside an LMS (with the SCORM launch page around it). Checks the budgets of
 * src/lib/budgets.ts and exits with 1 on a miss. `--json <file>` also writes the rows.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { LoadMode } from '../src/lib/budgets';
import { moduleImports, pageAssets, type ModuleImports } from '../src/lib/page-weight/page-assets';
import { checkBudgets, formatTable, launchPageOf, pageKind, type WeightRow } from '../src/lib/page-weight/report';
import { missingModules, resolveImport, scriptClosure, type BuildGraph } from '../src/lib/page-weight/script-closure';
import { CHUNK_MODULES_FILE, type ChunkModules } from '../src/integrations/chunk-modules';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, json: { type: 'string' } } });
const dist = path.resolve(values.dist);
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`No build in ${values.dist}/: run npm run build first.`);
  process.exit(1);
}

// Which source module each chunk was made for, written by the build (src/integrations/chunk-modules.ts).
const chunkMap = path.join(dist, CHUNK_MODULES_FILE);
if (!existsSync(chunkMap)) {
  console.error(`No ${CHUNK_MODULES_FILE} in ${values.dist}/: run npm run build first.`);
  process.exit(1);
}
const chunks = JSON.parse(readFileSync(chunkMap, 'utf8')) as Record<string, ChunkModules>;
const missing = missingModules(Object.values(chunks).map((chunk) => chunk.facade));
if (missing.length) {
  console.error(
    `src/lib/budgets.ts names modules no chunk of the build is made for (renamed or gone?): ${missing.join(', ')}`,
  );
  process.exit(1);
}

/** Site paths of every page (`zelfregie/bijeenkomst-1/`); the LMS preview's unpacked packages are copies. */
function sitePaths(): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('index.html') && !file.startsWith('lms/packages/'))
    .map((file) => file.replace(/index\.html$/, ''))
    .sort();
}

const read = (file: string) => readFileSync(path.join(dist, file));
const gzipped = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(read(file), { level: 9 }).length;
    gzipped.set(file, size);
  }
  return size;
}
const imports = new Map<string, Promise<ModuleImports>>();
function importsOf(file: string): Promise<ModuleImports> {
  let found = imports.get(file);
  if (!found) {
    found = moduleImports(read(file).toString('utf8'));
    imports.set(file, found);
  }
  return found;
}

const build: BuildGraph = { importsOf, facadeOf: (file) => chunks[file]?.facade };

/** A page's assets as paths inside dist. */
function assetsOf(sitePath: string) {
  const html = read(`${sitePath}index.html`).toString('utf8');
  const assets = pageAssets(html);
  const resolve = (url: string) => resolveImport(`${sitePath}index.html`, url.replace(/^\//, ''));
  return { html, scripts: assets.scripts.map(resolve), stylesheets: assets.stylesheets.map(resolve) };
}

/** The exercise elements a page has (`ll-reflectie`, …). */
const elementTags = (html: string) => new Set([...html.matchAll(/<(ll-[a-z]+)[\s>]/g)].map((m) => m[1]!));

const rows: WeightRow[] = [];
for (const sitePath of sitePaths()) {
  const page = assetsOf(sitePath);
  const kind = pageKind(sitePath, page.html);
  const launch = launchPageOf(sitePath);
  const inLms =
    (kind === 'page' || kind === 'exercises') &&
    launch !== undefined &&
    existsSync(path.join(dist, launch, 'index.html'));
  const modes: LoadMode[] = inLms ? ['standalone', 'lms'] : ['standalone'];
  for (const mode of modes) {
    // Inside an LMS the page runs in the launch page's frame: the launch page's code loads too.
    const entries = mode === 'lms' ? [...assetsOf(launch!).scripts, ...page.scripts] : page.scripts;
    // Before scrolling: no element's own code (it loads near the viewport); all loaded: every
    // element on the page, as after scrolling through it or printing it.
    const scripts = await scriptClosure(entries, build, mode, kind !== 'page', new Set());
    const all = await scriptClosure(entries, build, mode, kind !== 'page', elementTags(page.html));
    rows.push({
      page: sitePath,
      kind,
      mode,
      html: gzipSize(`${sitePath}index.html`),
      css: page.stylesheets.reduce((sum, file) => sum + gzipSize(file), 0),
      js: scripts.reduce((sum, file) => sum + gzipSize(file), 0),
      jsAll: all.reduce((sum, file) => sum + gzipSize(file), 0),
      scripts,
    });
  }
}

const { verdicts, unmeasured } = checkBudgets(rows);
console.log(formatTable(verdicts));
if (values.json) writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`);
const misses = verdicts.filter((v) => !v.ok);
for (const { row, budget } of misses) {
  console.error(
    `\nOVER BUDGET: ${row.page} (${budget!.label}) loads ${row.js} B of JavaScript, gzipped; the budget is ${budget!.maxJs} B:`,
  );
  for (const file of row.scripts) console.error(`  ${file}: ${gzipSize(file)} B`);
}
for (const budget of unmeasured)
  console.error(`\nNo page measured for the budget "${budget.label}": is the build complete?`);
if (misses.length || unmeasured.length) process.exit(1);
console.log(`\nEvery page is within its budget (${verdicts.filter((v) => v.budget).length} checks).`);
