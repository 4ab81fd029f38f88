import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from './exercise-loading';
import { closedRoomProblems, trainerNoteTexts } from '../../src/packaging/closed-room';
import { expect, test } from './fixture-site';

/**
 * The LMS administrator's pages: /pakketten/ lists every zip the packager made, the preview says
 * what the LMS records in plain words (with the raw value beside them) for both standards, a
 * package ends in a clear closed state, and every package is a closed room for participants.
 * Run against the fixture courses (global-setup builds and packages them); the closed-room check
 * also runs over the real courses' packages in dist/scorm when they are there.
 */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const LMSS = [
  'Moodle',
  'aNewSpring',
  'TalentLMS',
  'LearnLinq',
  'Cornerstone',
  'SuccessFactors',
  'Brightspace',
  'Docebo',
];
const RAW =
  /\b(?:not attempted|incomplete|completed|passed|failed|suspend|choice|fill-in|performance|wrong|incorrect)\b/;

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** What the recorded section says once the raw SCORM values (the `<code>` beside each word) are left out. */
const wordsOnly = (page: Page) =>
  page.locator('.ll-lms__standards').evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('code, .ll-lms__raw-cell').forEach((code) => code.remove());
    return copy.textContent ?? '';
  });

test('the administrators’ page lists every zip with a working download, and guidance for each LMS', async ({
  page,
  fixtureSite,
}) => {
  const dist = process.env.LEERLIJN_FIXTURE_DIST ?? '';
  const zips = readdirSync(path.join(dist, 'scorm')).filter((name) => name.endsWith('.zip'));
  expect(zips.length).toBeGreaterThan(6);
  await page.goto('./');
  await page.getByRole('link', { name: /SCORM-pakketten downloaden/ }).click();
  await expect(page).toHaveURL(/pakketten\/$/);
  await expect(page.locator('#ll-packages')).toHaveAttribute('data-loaded', String(zips.length));
  const links = page.locator('#ll-packages a[download]');
  await expect(links).toHaveCount(zips.length);
  const files = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).dataset.file));
  expect(files.sort()).toEqual(zips.sort());
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href')) ?? '';
    const response = await page.request.get(new URL(href, page.url()).href);
    expect(response.status(), href).toBe(200);
    expect((await response.body()).subarray(0, 2).toString('latin1'), href).toBe('PK');
  }
  // Per bijeenkomst packages are there, with their bijeenkomst named.
  await expect(page.locator('#ll-packages')).toContainText('Bijeenkomst 2');
  const guide = page.locator('section[aria-labelledby="kiezen"]');
  for (const lms of LMSS) await expect(guide).toContainText(lms);
  await expect(page.locator('section[aria-labelledby="vastleggen"]')).toContainText('bijeenkomst-1');
  expect(await axe(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await noSidewaysScroll(page);
  // The course page links here too (on the website; a package leaves the link out).
  await page.goto('demo/');
  await expect(page.getByRole('link', { name: /SCORM-pakketten van deze cursus/ })).toHaveAttribute(
    'href',
    '../pakketten/',
  );
  expect(fixtureSite).toBeTruthy();
});

test('the administrators’ page says how to build packages when there are none', async ({ page }) => {
  await page.route('**/scorm/packages.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('pakketten/');
  await expect(page.getByRole('status')).toContainText('npm run package');
});

for (const [version, name, otherVersion] of [
  ['1.2', 'voortgang-bijeenkomst-2-scorm12', '2004'],
  ['2004', 'voortgang-bijeenkomst-2-scorm2004', '1.2'],
] as const) {
  test(`the preview says in plain words what a SCORM ${version} and a SCORM ${otherVersion} LMS record, score against mastery`, async ({
    page,
  }) => {
    await page.goto('lms/');
    await page.locator('#ll-lms-package').selectOption(name);
    await page.getByRole('button', { name: 'Gegevens wissen' }).click();
    await page.getByRole('button', { name: 'Starten' }).click();
    const course = page.frameLocator('#ll-lms-player iframe').frameLocator('#ll-frame');
    await expect(course.locator('html[data-ll-progress="loaded"]')).toBeAttached();
    const summary = page.locator('#ll-lms-summary');
    await expect(summary).toContainText('Bezig');
    // No score yet, and the page says why and against what it will be held.
    await expect(summary).toContainText('Nog geen score');
    await expect(summary).toContainText('norm van 60');

    const group = course.getByRole('group', { name: /regie/ });
    await group.getByLabel('De cliënt', { exact: true }).check();
    await group.getByRole('button', { name: 'Controleer' }).click();
    await expect(summary.locator('[data-field="score"]')).toContainText('100 (0–100)');
    await expect(summary).toContainText('100 van 100 — norm 60: norm gehaald');
    await expect(summary).toContainText(version === '1.2' ? 'Geslaagd' : 'Voltooid');
    // The other standard, side by side, from the same work.
    const other = page.locator('#ll-lms-summary-other');
    await expect(page.locator('#ll-lms-standard-other')).toContainText(`SCORM ${otherVersion}`);
    await expect(other.locator('[data-field="score"]')).toContainText('100 (0–100)');
    await expect(other.locator('[data-field="completion"]')).toHaveText(
      otherVersion === '1.2' ? 'passed' : 'completed',
    );
    // Interactions: the question, the participant's answer and the right one in words.
    for (const suffix of ['', '-other']) {
      const row = page.locator(`#ll-lms-interactions${suffix} tr`).first();
      await expect(row).toContainText('Goed');
      await expect(row).toContainText('Meerkeuze');
      await expect(row.locator('td').nth(3)).toHaveText('De cliënt');
      await expect(row.locator('td').nth(4)).toHaveText('De cliënt');
    }
    await expect(page.locator('#ll-lms-objectives tr')).toContainText('Voltooid');
    expect(await wordsOnly(page)).not.toMatch(RAW);
    // Every raw value has its words beside it.
    const bare = await page
      .locator('.ll-lms__standards code.ll-lms__raw')
      .evaluateAll((codes) => codes.filter((c) => !c.previousElementSibling?.textContent?.trim()).length);
    expect(bare).toBe(0);

    // One way to end: the package's own "Opslaan en afsluiten"; frame and page then agree.
    const launchPage = page.frameLocator('#ll-lms-player iframe');
    await launchPage.getByRole('button', { name: 'Opslaan en afsluiten' }).click();
    await expect(launchPage.getByRole('heading', { name: 'Afgesloten' })).toBeVisible();
    await expect(launchPage.locator('#ll-frame')).toHaveCount(0);
    await expect(page.locator('#ll-lms-state')).toContainText('is afgesloten');
    await expect(summary.locator('[data-field="exit"]')).toHaveText('suspend');
    await expect(summary).toContainText('Onderbroken — wordt hervat');
    expect(await wordsOnly(page)).not.toMatch(RAW);

    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await noSidewaysScroll(page);
  });
}

test('the launch page’s closed state has no axe violations and no sideways scroll on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('lms/');
  await page.locator('#ll-lms-package').selectOption('demo-scorm12');
  await page.getByRole('button', { name: 'Starten' }).click();
  const launchPage = page.frameLocator('#ll-lms-player iframe');
  await expect(launchPage.frameLocator('#ll-frame').locator('html[data-ll-progress="loaded"]')).toBeAttached();
  await page.getByRole('button', { name: 'Opslaan en afsluiten' }).click();
  await expect(launchPage.getByRole('heading', { name: 'Afgesloten' })).toBeVisible();
  await noSidewaysScroll(page);
  const launchUrl = await page.locator('#ll-lms-player iframe').getAttribute('src');
  await page.goto(`lms/${launchUrl}`);
  await page.getByRole('button', { name: 'Opslaan en afsluiten' }).click();
  await expect(page.getByRole('heading', { name: 'Afgesloten' })).toBeVisible();
  await expect(page.locator('#ll-closed')).toBeFocused();
  expect(await axe(page)).toEqual([]);
  await noSidewaysScroll(page);
});

test('every package is a closed room: walked from its launch page, no link out, no trainer page or note', () => {
  const builds = [
    { dist: process.env.LEERLIJN_FIXTURE_DIST ?? '', courses: 'tests/fixtures/valid-courses' },
    { dist: 'dist', courses: 'courses' },
  ];
  let checked = 0;
  for (const { dist, courses } of builds) {
    let zips: string[];
    try {
      zips = readdirSync(path.join(dist, 'scorm')).filter((name) => name.endsWith('.zip'));
    } catch {
      continue; // the real courses' packages are made by npm test before the browser tests
    }
    const notes = trainerNoteTexts(courses);
    expect(notes.length).toBeGreaterThan(0);
    for (const zip of zips) {
      expect(closedRoomProblems(readFileSync(path.join(dist, 'scorm', zip)), notes), zip).toEqual([]);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(0);
});
