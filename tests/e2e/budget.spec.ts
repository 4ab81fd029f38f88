import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { serveFixture } from './fixture-server';
import { budgetFor, STANDALONE_ONLY_MODULES } from '../../src/lib/budgets';
import { CHUNK_MODULES_FILE, type ChunkModules } from '../../src/integrations/chunk-modules';
import { pageKind } from '../../src/lib/page-weight/report';
import { builtPages } from './built-pages';

// The same budgets as the page-weight report (npm run weight), measured here in the browser.
const STANDALONE = budgetFor('page', 'standalone')!.maxJs;
const IN_LMS = budgetFor('page', 'lms')!.maxJs;
const EXERCISES_STANDALONE = budgetFor('exercises', 'standalone')!.maxJs;
const EXERCISES_IN_LMS = budgetFor('exercises', 'lms')!.maxJs;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The file names of the stand-in LMS's chunks, found by module as the weight report does. */
const chunks = JSON.parse(readFileSync(`dist/${CHUNK_MODULES_FILE}`, 'utf8')) as Record<string, ChunkModules>;
const standaloneFiles = Object.entries(chunks)
  .filter(([, chunk]) => STANDALONE_ONLY_MODULES.includes(chunk.facade ?? ''))
  .map(([file]) => file.split('/').pop()!);
const loadsStandIn = (urls: Iterable<string>) =>
  [...urls].some((url) => standaloneFiles.includes(url.split('/').pop()!));

/** Gzipped bytes of every script the page and its frames really load. */
function collectScripts(page: Page) {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    const url = response.url();
    if (!url.endsWith('.js') && !(response.headers()['content-type'] ?? '').includes('javascript')) return;
    scripts.set(url, gzipSync(await response.body(), { level: 9 }).length);
  });
  return scripts;
}

const total = (sizes: Iterable<number>) => [...sizes].reduce((sum, n) => sum + n, 0);
const report = (scripts: Map<string, number>) =>
  [...scripts].map(([url, n]) => `${url.split('/').pop()}: ${n} B`).join('\n');

test(`standalone, a page without exercises loads at most ${kb(STANDALONE)} of JavaScript (gzip), tracking included`, async ({
  page,
}) => {
  const scripts = collectScripts(page);
  await page.goto('zelfregie/');
  await page.waitForFunction(() => window.leerlijnTrackingReady !== undefined);
  await page.evaluate(async () => void (await window.leerlijnTrackingReady));
  await page.waitForLoadState('networkidle');
  expect(standaloneFiles.length).toBeGreaterThan(0);
  expect(loadsStandIn(scripts.keys()), report(scripts)).toBe(true);
  console.log(
    `standalone page without exercises: ${total(scripts.values())} B of JavaScript (gzip)\n${report(scripts)}`,
  );
  expect(total(scripts.values()), report(scripts)).toBeLessThanOrEqual(STANDALONE);
});

/** Starts zelfregie's SCORM 1.2 package afresh in the LMS preview; gives the course's frame. */
async function launchInPreview(page: Page) {
  await page.goto('lms/');
  await page.locator('#ll-lms-package').selectOption('zelfregie-scorm12');
  await page.getByRole('button', { name: 'Gegevens wissen' }).click();
  await page.getByRole('button', { name: 'Starten' }).click();
  return page.frameLocator('#ll-lms-player iframe').frameLocator('#ll-frame');
}

test(`with an LMS, a page without exercises loads at most ${kb(IN_LMS)} of JavaScript (gzip), tracking included, and no stand-in LMS`, async ({
  page,
}) => {
  const scripts = collectScripts(page);
  const course = await launchInPreview(page);
  await expect(course.locator('h1')).toBeVisible();
  await expect(page.locator('#ll-lms-summary [data-field="completion"]')).toHaveText('incomplete');
  await page.waitForLoadState('networkidle');
  // The preview itself is the LMS (scorm-again); only what the package loads counts.
  const fromPackage = new Map([...scripts].filter(([url]) => url.includes('/lms/packages/')));
  expect(fromPackage.size, report(scripts)).toBeGreaterThan(0);
  expect(loadsStandIn(fromPackage.keys()), report(fromPackage)).toBe(false);
  console.log(
    `with an LMS, launch page + page without exercises: ${total(fromPackage.values())} B of JavaScript (gzip)\n${report(fromPackage)}`,
  );
  expect(total(fromPackage.values()), report(fromPackage)).toBeLessThanOrEqual(IN_LMS);
});

test('the audience deck with exercises on its slides loads at most 40 KB of JavaScript (gzip)', async ({ page }) => {
  // The fixture course has a Kennischeck, Reflectie, Rollenspel, Schaalvraag and Voortgang on its slides.
  const { origin, close } = await serveFixture();
  try {
    const scripts = collectScripts(page);
    await page.goto(`${origin}/demo/bijeenkomst-1/slides/#3`);
    await expect(page.locator('ll-deck > [data-current] .ll-room')).toBeVisible();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await page.waitForLoadState('networkidle');
    expect(scripts.size, report(scripts)).toBeGreaterThan(0);
    console.log(`audience deck with exercises: ${total(scripts.values())} B of JavaScript (gzip)\n${report(scripts)}`);
    expect(total(scripts.values()), report(scripts)).toBeLessThanOrEqual(budgetFor('deck', 'standalone')!.maxJs);
  } finally {
    await close();
  }
});

/** The bijeenkomst pages with exercises of every course, as the weight report tells them. */
const exercisePages = builtPages().filter(
  (path) => pageKind(path, readFileSync(`dist/${path}index.html`, 'utf8')) === 'exercises',
);

test(`standalone, every bijeenkomst page with exercises loads at most ${kb(EXERCISES_STANDALONE)} of JavaScript (gzip) before scrolling`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(exercisePages.length).toBeGreaterThan(5);
  // Routing turns the HTTP cache off, so each page's scripts are all seen.
  await page.route('**/*', (route) => route.continue());
  for (const path of exercisePages) {
    const scripts = collectScripts(page);
    await page.goto(path);
    await expect(page.locator('html[data-ll-progress="loaded"]')).toBeAttached();
    await page.waitForLoadState('networkidle');
    const before = total(scripts.values());
    const beforeReport = report(scripts);
    // Then every exercise, as after reading the whole page or printing it: reported, not budgeted.
    await page.evaluate(() => window.leerlijnLoadExercises?.());
    await expect(page.locator('html[data-ll-exercises="loaded"]')).toBeAttached();
    await page.waitForLoadState('networkidle');
    console.log(
      `${path} standalone: ${before} B of JavaScript (gzip) before scrolling, ${total(scripts.values())} B all loaded`,
    );
    expect(loadsStandIn(scripts.keys()), report(scripts)).toBe(true);
    expect(before, `${path}\n${beforeReport}`).toBeLessThanOrEqual(EXERCISES_STANDALONE);
    page.removeAllListeners('response');
  }
});

test(`with an LMS, the heaviest bijeenkomst page loads at most ${kb(EXERCISES_IN_LMS)} of JavaScript (gzip) before scrolling, launch page included`, async ({
  page,
}) => {
  const scripts = collectScripts(page);
  const course = await launchInPreview(page);
  await expect(course.locator('html[data-ll-progress="loaded"]')).toBeAttached();
  // Bijeenkomst 2 has the most exercise code (Netwerkcirkel, Kennischeck, scan, Reflectie).
  await course
    .getByRole('link', { name: /Bijeenkomst 2/ })
    .first()
    .click();
  await expect(course.locator('html[data-bijeenkomst="bijeenkomst-2"][data-ll-progress="loaded"]')).toBeAttached();
  await expect(course.locator('ll-netwerkcirkel')).toBeAttached();
  await page.waitForLoadState('networkidle');
  const fromPackage = new Map([...scripts].filter(([url]) => url.includes('/lms/packages/')));
  expect(loadsStandIn(fromPackage.keys()), report(fromPackage)).toBe(false);
  console.log(
    `with an LMS, launch page + overview + bijeenkomst 2: ${total(fromPackage.values())} B\n${report(fromPackage)}`,
  );
  expect(total(fromPackage.values()), report(fromPackage)).toBeLessThanOrEqual(EXERCISES_IN_LMS);
});

test('print pages and the trainer guide load no JavaScript: nothing on paper is tracked', async ({ page }) => {
  const paper = builtPages().filter((path) => ['print', 'guide'].includes(pageKind(path, '')));
  // Each course's guide and workbook, and the materials of every bijeenkomst with sheets.
  expect(paper.filter((path) => path.endsWith('/gids/')).length).toBeGreaterThan(1);
  expect(paper.filter((path) => path.endsWith('/materiaal/')).length).toBeGreaterThan(1);
  expect(paper.filter((path) => path.endsWith('/deelnemersmap/')).length).toBeGreaterThan(1);
  for (const path of paper) {
    const scripts = collectScripts(page);
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect([...scripts.keys()], path).toEqual([]);
    expect(
      await page.evaluate(() => document.querySelectorAll('script:not([type="application/json"])').length),
      path,
    ).toBe(0);
    expect(await page.evaluate(() => window.leerlijnTrackingReady), path).toBeUndefined();
    page.removeAllListeners('response');
  }
});
