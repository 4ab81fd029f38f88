import type { FrameLocator, Locator, Page } from './exercise-loading';
import { expect, test } from './fixture-site';
import { expectChosen } from './kennischeck-choice';

/**
 * Tracking with the real exercise elements, in the LMS preview (scorm-again as the LMS, strict
 * where Moodle is) and standalone. The fixture course `voortgang` has two bijeenkomsten: a
 * Kennischeck of two questions and a Reflectie, then a Kennischeck of one question; mastery 60.
 */
const field = (page: Page, name: string) => page.locator(`#ll-lms-summary [data-field="${name}"]`);
const REFLECTION = 'Wat neemt u mee naar uw werk?';

async function clearPackage(page: Page, name: string) {
  await page.goto('lms/');
  await page.locator('#ll-lms-package').selectOption(name);
  await page.getByRole('button', { name: 'Gegevens wissen' }).click();
}

async function launch(page: Page, name: string): Promise<FrameLocator> {
  await page.locator('#ll-lms-package').selectOption(name);
  await page.getByRole('button', { name: 'Starten' }).click();
  return page.frameLocator('#ll-lms-player iframe').frameLocator('#ll-frame');
}

/** Closes the package as a learner closing the LMS window would, and forgets the browser's mirror. */
async function closeAndForgetMirror(page: Page) {
  await page.getByRole('button', { name: 'Afsluiten' }).click();
  await expect(field(page, 'exit')).toHaveText('suspend');
  // Resume must come from the LMS, not from the browser's own copy of the state.
  await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('leerlijn:copy:'))
      .forEach((k) => localStorage.removeItem(k)),
  );
}

async function openBijeenkomst(course: FrameLocator | Page, n: number) {
  await course
    .getByRole('link', { name: new RegExp(`Bijeenkomst ${n}`) })
    .first()
    .click();
  await expect(course.locator(`html[data-bijeenkomst="bijeenkomst-${n}"][data-ll-progress="loaded"]`)).toBeAttached();
}

const question = (course: FrameLocator | Page, prompt: string): Locator =>
  course.getByRole('group', { name: new RegExp(prompt) });

async function answer(course: FrameLocator | Page, prompt: string, option: string) {
  const group = question(course, prompt);
  await group.getByLabel(option, { exact: true }).check();
  await group.getByRole('button', { name: 'Controleer' }).click();
  await expect(group.getByRole('status')).toBeVisible();
  // A wrong choice leaves the question open for another try; ending it with "Toon het antwoord"
  // makes the wrong choice the final answer (and earns no point), as these tests need.
  const show = group.getByRole('button', { name: 'Toon het antwoord' });
  if (await show.isVisible()) await show.click();
}

async function reflect(course: FrameLocator | Page, text: string) {
  await course.getByLabel(REFLECTION).fill(text);
}

for (const [version, name] of [
  ['1.2', 'voortgang-scorm12'],
  ['2004', 'voortgang-scorm2004'],
] as const) {
  test.describe(`SCORM ${version} in the LMS preview`, () => {
    test.beforeEach(async ({ page }) => clearPackage(page, name));

    test('resumes at the same place with the answers and the reflection intact after closing', async ({ page }) => {
      const reflection = 'Ik vraag eerst wat de cliënt zélf wil & wie er kan helpen <geen HTML>.';
      let course = await launch(page, name);
      await openBijeenkomst(course, 1);
      await answer(course, 'doel van de Wmo', 'Meedoen');
      await reflect(course, reflection);
      await expect(field(page, 'location')).toHaveText('bijeenkomst-1/');
      await expect(field(page, 'completion')).toHaveText('incomplete');

      await closeAndForgetMirror(page);
      course = await launch(page, name);
      await expect(course.locator('html[data-bijeenkomst="bijeenkomst-1"][data-ll-progress="loaded"]')).toBeAttached();
      const first = question(course, 'doel van de Wmo');
      await expectChosen(first, 'Meedoen');
      await expect(first.getByRole('status')).toHaveText('Goed!');
      await expect(course.getByLabel(REFLECTION)).toHaveValue(reflection);
      // The second question was never answered and still waits for an answer.
      await expect(question(course, 'Wie voert').getByRole('button', { name: 'Controleer' })).toBeVisible();
    });

    test('completes and passes with the right score once everything is done, then opens for review', async ({
      page,
    }) => {
      let course = await launch(page, name);
      await openBijeenkomst(course, 1);
      await answer(course, 'doel van de Wmo', 'Meedoen');
      await answer(course, 'Wie voert', 'Het Rijk');
      await reflect(course, 'Klaar.');
      await course.getByRole('button', { name: 'Klaar' }).click();
      await expect(course.getByText('Uw antwoorden zijn bewaard.')).toBeVisible();
      await expect(field(page, 'completion')).toHaveText('incomplete');
      await openBijeenkomst(course, 2);
      await answer(course, 'regie', 'De cliënt');

      // 2 of 3 points: 66.67, above the course's mastery score of 60 (from its course.yaml).
      if (version === '1.2') {
        await expect(field(page, 'completion')).toHaveText('passed');
        await expect(field(page, 'score')).toHaveText('66.67 (0–100)');
      } else {
        await expect(field(page, 'completion')).toHaveText('completed');
        await expect(field(page, 'success')).toHaveText('passed');
        await expect(field(page, 'score')).toHaveText('66.67 (0–100), scaled 0.6667');
      }
      await expect(page.locator('#ll-lms-objectives tr')).toHaveCount(2);
      await expect(page.locator('#ll-lms-objectives')).not.toContainText('incomplete');
      const interactions = page.locator('#ll-lms-interactions');
      // SCORM 1.2 records the option's place as a letter; 2004 its id as a token.
      const wrong = interactions.locator('tr', { hasText: 'kc-wmo-wie' });
      await expect(wrong).toContainText('choice');
      await expect(wrong).toContainText(version === '1.2' ? 'wrong' : 'incorrect');
      await expect(wrong.locator('td').nth(2)).toHaveText(version === '1.2' ? 'a' : 'rijk');
      await expect(interactions).toContainText('eigen-werk-wat');
      const recorded = await interactions.locator('tr').count();

      // Relaunched in review mode: the work is there, and nothing the learner does is recorded.
      await page.getByRole('button', { name: 'Afsluiten' }).click();
      await page.getByLabel('Openen in inzagemodus (review)').check();
      course = await launch(page, name);
      const launchPage = page.frameLocator('#ll-lms-player iframe');
      await expect(launchPage.getByRole('status')).toContainText('U bekijkt uw eerdere werk');
      await expect(course.locator('html[data-ll-progress="loaded"]')).toBeAttached();
      await expectChosen(question(course, 'regie'), 'De cliënt');
      // The question was passed: starting again asks for confirmation first (the Kennischeck's retry flow).
      await course.getByRole('button', { name: 'Opnieuw beginnen' }).click();
      await course.getByRole('button', { name: 'Ja, opnieuw beginnen' }).click();
      await answer(course, 'regie', 'De professional');
      await page.getByRole('button', { name: 'Afsluiten' }).click();
      await expect(field(page, 'completion')).toHaveText(version === '1.2' ? 'passed' : 'completed');
      await expect(field(page, 'score')).toContainText('66.67');
      await expect(interactions.locator('tr')).toHaveCount(recorded);
    });

    for (const fault of ['answers false', 'throws'] as const) {
      test(`tells the participant politely when the LMS ${fault} on commit, and saves once it accepts`, async ({
        page,
      }) => {
        const course = await launch(page, name);
        await openBijeenkomst(course, 2);
        const commit = version === '1.2' ? 'LMSCommit' : 'Commit';
        await page.evaluate(
          ([method, how]) => {
            const api = (window as unknown as Record<string, Record<string, unknown>>)[
              method === 'LMSCommit' ? 'API' : 'API_1484_11'
            ];
            if (!api) throw new Error('no API');
            const original = api[method] as () => string;
            api[method] = () => {
              if (how === 'throws') throw new Error('LMS bridge broken');
              return 'false';
            };
            (window as unknown as { restoreCommit: () => void }).restoreCommit = () => (api[method] = original);
          },
          [commit, fault] as const,
        );
        await answer(course, 'regie', 'De professional');
        const status = page.frameLocator('#ll-lms-player iframe').getByRole('status');
        await expect(status).toContainText('nog niet opgeslagen');
        await page.evaluate(() => (window as unknown as { restoreCommit: () => void }).restoreCommit());
        await expect(status).toContainText('Uw voortgang is naar de leeromgeving gestuurd.', { timeout: 10_000 });
        await expect(page.locator('#ll-lms-interactions')).toContainText(version === '1.2' ? 'wrong' : 'incorrect');
      });
    }

    test('does not trust an LMS that says "true" while the connection is gone', async ({ page, context }) => {
      const course = await launch(page, name);
      await openBijeenkomst(course, 1);
      await context.setOffline(true);
      await answer(course, 'doel van de Wmo', 'Meedoen');
      const status = page.frameLocator('#ll-lms-player iframe').getByRole('status');
      await expect(status).toContainText('nog niet opgeslagen');
      await context.setOffline(false);
      await expect(status).toContainText('Uw voortgang is naar de leeromgeving gestuurd.', { timeout: 10_000 });
    });
  });
}

test('keeps progress in the browser without an LMS, and says so', async ({ page }) => {
  await page.goto('voortgang/bijeenkomst-1/');
  await expect(page.getByRole('status').filter({ hasText: 'in deze browser' })).toHaveText(
    'Uw voortgang wordt in deze browser bewaard.',
  );
  await expect(page.locator('html[data-ll-progress="loaded"]')).toBeAttached();
  await answer(page, 'doel van de Wmo', 'Meedoen');
  await reflect(page, 'Zonder leeromgeving bewaard.');
  await page.reload();
  await expect(page.locator('html[data-ll-progress="loaded"]')).toBeAttached();
  await expectChosen(question(page, 'doel van de Wmo'), 'Meedoen');
  await expect(page.getByLabel(REFLECTION)).toHaveValue('Zonder leeromgeving bewaard.');
});

test('resumes in a browser without DecompressionStream, through the fallback inflater', async ({ page }) => {
  // Browsers from before 2023 lack raw deflate in DecompressionStream.
  await page.addInitScript(() => Object.defineProperty(window, 'DecompressionStream', { value: undefined }));
  await page.goto('voortgang/bijeenkomst-1/');
  await expect(page.locator('html[data-ll-progress="loaded"]')).toBeAttached();
  await reflect(page, 'Bewaard in een oudere browser.');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.reload();
  await expect(page.locator('html[data-ll-progress="loaded"]')).toBeAttached();
  await expect(page.getByLabel(REFLECTION)).toHaveValue('Bewaard in een oudere browser.');
  expect(requested.some((url) => url.includes('/fallback-decoders.'))).toBe(true);
});

test('at SCORM 1.2’s 4096-character limit, keeps suspend_data whole and decodable and tells the participant', async ({
  page,
}) => {
  await clearPackage(page, 'voortgang-scorm12');
  const course = await launch(page, 'voortgang-scorm12');
  await openBijeenkomst(course, 1);
  await answer(course, 'doel van de Wmo', 'Meedoen');
  // Text that barely compresses, far more than 4096 characters once encoded.
  let noise = '';
  for (let i = 0, n = 7; i < 7000; i++) noise += String.fromCharCode(33 + ((n = (n * 48271) % 2147483647) % 90));
  await reflect(course, noise);
  await expect(page.frameLocator('#ll-lms-player iframe').getByRole('status')).toContainText(
    'Niet al uw antwoorden passen',
  );
  const size = await field(page, 'suspend').textContent();
  const length = Number(/(\d+) van 4096/.exec(size ?? '')?.[1]);
  expect(length).toBeGreaterThan(0);
  expect(length).toBeLessThanOrEqual(4096);

  await closeAndForgetMirror(page);
  const again = await launch(page, 'voortgang-scorm12');
  await expect(again.locator('html[data-ll-progress="loaded"]')).toBeAttached();
  await expectChosen(question(again, 'doel van de Wmo'), 'Meedoen');
  await expect(field(page, 'completion')).toHaveText('incomplete');
});

test('a per-bijeenkomst package opens at its bijeenkomst and tracks only that one', async ({ page }) => {
  await clearPackage(page, 'voortgang-bijeenkomst-2-scorm2004');
  const course = await launch(page, 'voortgang-bijeenkomst-2-scorm2004');
  await expect(course.locator('html')).toHaveAttribute('data-bijeenkomst', 'bijeenkomst-2');
  await answer(course, 'regie', 'De cliënt');
  await expect(field(page, 'completion')).toHaveText('completed');
  await expect(field(page, 'success')).toHaveText('passed');
  await expect(page.locator('#ll-lms-objectives tr')).toHaveCount(1);
  await expect(page.locator('#ll-lms-objectives')).toContainText('bijeenkomst-2');
});

test('inside an LMS frame of another origin, says the LMS cannot be reached instead of pretending', async ({
  page,
  baseURL,
}) => {
  // The "LMS": the test server under another name (localhost), the package on 127.0.0.1: another
  // origin, so the launch page cannot read its parent.
  await page.goto(new URL('voortgang/outline.json', baseURL).href.replace('127.0.0.1', 'localhost'));
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.title = 'LMS';
    frame.src = src;
    document.body.append(frame);
  }, new URL('voortgang/scorm/', baseURL).href);
  await expect(page.frameLocator('iframe').getByRole('status')).toContainText('Geen verbinding met de leeromgeving');
});
