import type { FrameLocator, Page } from './exercise-loading';
import { expect, test } from './fixture-site';

/**
 * Progress where participants see it (issue 14): after one exercise on bijeenkomst 1 the catalogue,
 * the course overview and the bijeenkomst page all show it, standalone and inside an LMS. The
 * fixture course `voortgang` has two bijeenkomsten with two exercises and one exercise.
 */
type Where = FrameLocator | Page;

async function passKennischeck(course: Where) {
  const answers: [string, string][] = [
    ['doel van de Wmo', 'Meedoen'],
    ['Wie voert de Wmo uit', 'De gemeente'],
  ];
  for (const [prompt, option] of answers) {
    const group = course.getByRole('group', { name: new RegExp(prompt) });
    await group.getByLabel(option, { exact: true }).check();
    await group.getByRole('button', { name: 'Controleer' }).click();
  }
}

const sessionState = (course: Where, n: number) => course.locator(`[data-ll-session-state="bijeenkomst-${n}"]`);
const sessionCount = (course: Where) => course.locator('[data-ll-session-count]');
const coursePercent = (course: Where) => course.locator('[data-ll-course-percent]');

async function loaded(course: Where, bijeenkomst?: number) {
  const html = bijeenkomst ? `html[data-bijeenkomst="bijeenkomst-${bijeenkomst}"]` : 'html[data-course]';
  await expect(course.locator(`${html}[data-ll-progress="loaded"]`)).toBeAttached();
}

test('standalone: one exercise on bijeenkomst 1 shows on the page, the overview and the catalogue', async ({
  page,
}) => {
  await page.goto('./');
  const card = page.locator('[data-ll-course-card="voortgang"]');
  await expect(card.locator('[data-ll-course-percent]')).toBeHidden();

  await page.goto('voortgang/');
  await loaded(page);
  await expect(coursePercent(page)).toHaveText('0% van de cursus afgerond');
  await expect(sessionState(page, 1)).toHaveText('Nog niet begonnen');

  await page.goto('voortgang/bijeenkomst-1/');
  await loaded(page, 1);
  await expect(sessionCount(page)).toHaveText('0 van 2 oefeningen gedaan');
  await passKennischeck(page);
  await expect(sessionCount(page)).toHaveText('1 van 2 oefeningen gedaan');
  // The compact bar says the same without scrolling.
  await expect(page.locator('[data-ll-session-short]')).toHaveText('1/2');

  await page.goto('voortgang/');
  await loaded(page);
  await expect(sessionState(page, 1)).toHaveText('Bezig');
  await expect(sessionState(page, 2)).toHaveText('Nog niet begonnen');
  await expect(coursePercent(page)).toHaveText('25% van de cursus afgerond');
  const onOverview = page.getByRole('link', { name: /Verder waar u was/ });
  await expect(onOverview).toContainText('Bijeenkomst 1: Kennis en reflectie');

  await page.goto('./');
  await expect(card.locator('[data-ll-course-percent]')).toHaveText('25% van de cursus afgerond');
  const onCatalogue = card.getByRole('link', { name: /Verder waar u was/ });
  await onCatalogue.click();
  await expect(page).toHaveURL(/\/voortgang\/bijeenkomst-1\/(#.*)?$/);
});

for (const [version, name] of [
  ['1.2', 'voortgang-scorm12'],
  ['2004', 'voortgang-scorm2004'],
] as const) {
  test(`SCORM ${version}: one exercise on bijeenkomst 1 shows on the page and the overview`, async ({ page }) => {
    await page.goto('lms/');
    await page.locator('#ll-lms-package').selectOption(name);
    await page.getByRole('button', { name: 'Gegevens wissen' }).click();
    await page.getByRole('button', { name: 'Starten' }).click();
    const course = page.frameLocator('#ll-lms-player iframe').frameLocator('#ll-frame');

    await loaded(course);
    await expect(sessionState(course, 1)).toHaveText('Nog niet begonnen');
    await expect(coursePercent(course)).toHaveText('0% van de cursus afgerond');

    await course
      .getByRole('link', { name: /Bijeenkomst 1/ })
      .first()
      .click();
    await loaded(course, 1);
    await expect(sessionCount(course)).toHaveText('0 van 2 oefeningen gedaan');
    await passKennischeck(course);
    await expect(sessionCount(course)).toHaveText('1 van 2 oefeningen gedaan');

    await course.getByRole('navigation', { name: 'U bent hier' }).getByRole('link').last().click();
    await loaded(course);
    await expect(sessionState(course, 1)).toHaveText('Bezig');
    await expect(coursePercent(course)).toHaveText('25% van de cursus afgerond');
    // The LMS records the same state for the bijeenkomst.
    await expect(page.locator('#ll-lms-objectives tr', { hasText: 'bijeenkomst-1' })).toContainText('incomplete');
  });
}
