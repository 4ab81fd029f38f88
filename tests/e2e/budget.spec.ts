import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { serveFixture } from './fixture-server';
import { budgetFor } from '../../src/lib/budgets';
import { pageKind } from '../../src/lib/page-weight/report';
import { builtPages } from './built-pages';

// The same budgets as the page-weight report (npm run weight), measured here in the browser.
const STANDALONE = budgetFor('page', 'standalone')!.maxJs;
const IN_LMS = budgetFor('page', 'lms')!.maxJs;

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

test('standalone, a page without exercises loads at most 30 KB of JavaScript (gzip), tracking included', async ({
  page,
}) => {
  const scripts = collectScripts(page);
  await page.goto('zelfregie/');
  await page.waitForFunction(() => window.leerlijnTrackingReady !== undefined);
  await page.evaluate(async () => void (await window.leerlijnTrackingReady));
  await page.waitForLoadState('networkidle');
  expect(
    [...scripts.keys()].some((url) => url.includes('standalone')),
    report(scripts),
  ).toBe(true);
  console.log(
    `standalone page without exercises: ${total(scripts.values())} B of JavaScript (gzip)\n${report(scripts)}`,
  );
  expect(total(scripts.values()), report(scripts)).toBeLessThanOrEqual(STANDALONE);
});

test('with an LMS, a page without exercises loads at most 12 KB of JavaScript (gzip), tracking included, and no scorm-again', async ({
  page,
}) => {
  const scripts = collectScripts(page);
  await page.goto('lms/');
  await page.locator('#ll-lms-package').selectOption('zelfregie-scorm12');
  await page.getByRole('button', { name: 'Gegevens wissen' }).click();
  await page.getByRole('button', { name: 'Starten' }).click();
  const course = page.frameLocator('#ll-lms-player iframe').frameLocator('#ll-frame');
  await expect(course.locator('h1')).toBeVisible();
  await expect(page.locator('#ll-lms-summary [data-field="completion"]')).toHaveText('incomplete');
  await page.waitForLoadState('networkidle');
  // The preview itself is the LMS (scorm-again); only what the package loads counts.
  const fromPackage = new Map([...scripts].filter(([url]) => url.includes('/lms/packages/')));
  expect(fromPackage.size, report(scripts)).toBeGreaterThan(0);
  expect(
    [...fromPackage.keys()].some((url) => url.includes('standalone')),
    report(fromPackage),
  ).toBe(false);
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
    close();
  }
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
