import path from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';

/** The stand-in quiz and reflection (a test double) are added to bijeenkomst-1 in every frame. */
test.beforeEach(async ({ context }) => {
  await context.addInitScript({ path: path.join(import.meta.dirname, '../fixtures/tracking/fake-exercise.js') });
});

const field = (page: Page, name: string) => page.locator(`#ll-lms-summary [data-field="${name}"]`);

async function launch(page: Page, name: string): Promise<FrameLocator> {
  await page.locator('#ll-lms-package').selectOption(name);
  await page.getByRole('button', { name: 'Starten' }).click();
  return page.frameLocator('#ll-lms-player iframe').frameLocator('#ll-frame');
}

/**
 * Reports every real exercise on the current page as completed (knowledge checks with full marks), as
 * the elements do when a participant finishes them; the elements themselves are tested elsewhere.
 */
async function finishEveryExercise(course: FrameLocator) {
  await course.locator('html').evaluate(async () => {
    await (window as unknown as { leerlijnTrackingReady?: Promise<unknown> }).leerlijnTrackingReady;
    for (const el of document.querySelectorAll<HTMLElement>('[data-ll-exercise][id]')) {
      const type = el.dataset.llExercise;
      const max = el.querySelectorAll('[data-ll-question]').length;
      const score = type === 'kennischeck' ? { score: { raw: max, max }, passed: true } : {};
      el.dispatchEvent(
        new CustomEvent('ll-complete', {
          bubbles: true,
          composed: true,
          detail: { id: el.id, type, completed: true, interactions: [], ...score },
        }),
      );
    }
  });
}

async function answer(course: Page | FrameLocator, choice: string, reflection: string) {
  await expect(course.locator('section[data-ready="true"]')).toBeVisible();
  await course.getByLabel(choice, { exact: true }).check();
  await course.getByLabel('Reflectie', { exact: true }).fill(reflection);
  await course.locator('#fake-submit').click();
}

for (const [version, name] of [
  ['1.2', 'zelfregie-scorm12'],
  ['2004', 'zelfregie-scorm2004'],
] as const) {
  test.describe(`SCORM ${version} in the LMS preview`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto('lms/');
      await page.locator('#ll-lms-package').selectOption(name);
      await page.getByRole('button', { name: 'Gegevens wissen' }).click();
    });

    test('resumes at the same place with the answers intact after closing', async ({ page }) => {
      const reflection = 'Ik vraag eerst wat de cliënt zélf wil & wie er kan helpen <geen HTML>.';
      let course = await launch(page, name);
      await course
        .getByRole('link', { name: /Bijeenkomst 1/ })
        .first()
        .click();
      await answer(course, 'Zorgen dat', reflection);
      await expect(field(page, 'location')).toHaveText('bijeenkomst-1/');
      await expect(page.locator('#ll-lms-interactions')).toContainText('fake-quiz-v1');
      await expect(field(page, 'completion')).toHaveText('incomplete');

      await page.getByRole('button', { name: 'Afsluiten' }).click();
      await expect(field(page, 'exit')).toHaveText('suspend');
      // Resume must come from the LMS, not from the browser's own mirror of the state.
      await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('leerlijn:mirror:'))
          .forEach((k) => localStorage.removeItem(k)),
      );

      course = await launch(page, name);
      await expect(course.locator('section[data-ready="true"]')).toBeVisible();
      await expect(course.getByLabel('Zorgen dat', { exact: true })).toBeChecked();
      await expect(course.getByLabel('Reflectie', { exact: true })).toHaveValue(reflection);
    });

    test('completes and passes with the right score once everything is done', async ({ page }) => {
      const course = await launch(page, name);
      await course
        .getByRole('link', { name: /Bijeenkomst 1/ })
        .first()
        .click();
      await answer(course, 'Zorgen dat', 'Klaar.');
      await finishEveryExercise(course);
      for (const n of [2, 3, 4]) {
        await course
          .getByRole('link', { name: new RegExp(`Bijeenkomst ${n}`) })
          .first()
          .click();
        await expect(field(page, 'location')).toHaveText(`bijeenkomst-${n}/`);
        await finishEveryExercise(course);
      }
      if (version === '1.2') {
        await expect(field(page, 'completion')).toHaveText('passed');
        await expect(field(page, 'score')).toHaveText('100 (0–100)');
      } else {
        await expect(field(page, 'completion')).toHaveText('completed');
        await expect(field(page, 'success')).toHaveText('passed');
        await expect(field(page, 'score')).toHaveText('100 (0–100), scaled 1');
      }
      await expect(page.locator('#ll-lms-objectives tr')).toHaveCount(4);
      await expect(page.locator('#ll-lms-objectives')).not.toContainText('incomplete');
    });

    for (const fault of ['answers false', 'throws'] as const) {
      test(`tells the participant politely when the LMS ${fault} on commit, and saves once it accepts`, async ({
        page,
      }) => {
        const course = await launch(page, name);
        await course
          .getByRole('link', { name: /Bijeenkomst 1/ })
          .first()
          .click();
        await expect(course.locator('section[data-ready="true"]')).toBeVisible();
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
        await answer(course, 'Zorgen voor', 'Tekst die niet verloren mag gaan.');
        const launchPage = page.frameLocator('#ll-lms-player iframe');
        const status = launchPage.getByRole('status');
        await expect(status).toContainText('nog niet opgeslagen');
        await page.evaluate(() => (window as unknown as { restoreCommit: () => void }).restoreCommit());
        await expect(status).toContainText('Uw voortgang is opgeslagen.', { timeout: 10_000 });
        await expect(page.locator('#ll-lms-interactions')).toContainText(version === '1.2' ? 'wrong' : 'incorrect');
      });
    }
  });
}

test('keeps progress in the browser without an LMS, and says so', async ({ page }) => {
  await page.goto('zelfregie/bijeenkomst-1/');
  // The exercises on the page have status messages of their own.
  await expect(page.getByRole('status').filter({ hasText: 'Uw voortgang wordt in deze browser bewaard.' })).toHaveCount(1);
  await answer(page, 'Zorgen dat', 'Zonder leeromgeving bewaard.');
  await page.reload();
  await expect(page.locator('section[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel('Zorgen dat', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Reflectie', { exact: true })).toHaveValue('Zonder leeromgeving bewaard.');
});

test('at SCORM 1.2’s 4096-character limit, keeps suspend_data whole and decodable and tells the participant', async ({
  page,
}) => {
  await page.goto('lms/');
  await page.locator('#ll-lms-package').selectOption('zelfregie-scorm12');
  await page.getByRole('button', { name: 'Gegevens wissen' }).click();
  const course = await launch(page, 'zelfregie-scorm12');
  await course
    .getByRole('link', { name: /Bijeenkomst 1/ })
    .first()
    .click();
  await expect(course.locator('section[data-ready="true"]')).toBeVisible();
  await course.getByLabel('Zorgen dat', { exact: true }).check();
  // Text that barely compresses, far more than 4096 characters once encoded.
  let noise = '';
  for (let i = 0, n = 7; i < 7000; i++) noise += String.fromCharCode(33 + ((n = (n * 48271) % 2147483647) % 90));
  await course.getByLabel('Reflectie', { exact: true }).fill(noise);
  await course.locator('#fake-submit').click();
  await expect(page.frameLocator('#ll-lms-player iframe').getByRole('status')).toContainText(
    'Niet al uw antwoorden passen',
  );
  const size = await page.locator('#ll-lms-summary [data-field="suspend"]').textContent();
  const length = Number(/(\d+) van 4096/.exec(size ?? '')?.[1]);
  expect(length).toBeGreaterThan(0);
  expect(length).toBeLessThanOrEqual(4096);

  await page.getByRole('button', { name: 'Afsluiten' }).click();
  await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('leerlijn:mirror:'))
      .forEach((k) => localStorage.removeItem(k)),
  );
  const again = await launch(page, 'zelfregie-scorm12');
  await expect(again.locator('section[data-ready="true"]')).toBeVisible();
  await expect(again.getByLabel('Zorgen dat', { exact: true })).toBeChecked();
  await expect(page.locator('#ll-lms-summary [data-field="completion"]')).toHaveText('incomplete');
});

test('a per-bijeenkomst package opens at its bijeenkomst and tracks only that one', async ({ page }) => {
  await page.goto('lms/');
  await page.locator('#ll-lms-package').selectOption('zelfregie-bijeenkomst-2-scorm2004');
  await page.getByRole('button', { name: 'Gegevens wissen' }).click();
  const course = await launch(page, 'zelfregie-bijeenkomst-2-scorm2004');
  await expect(course.locator('html')).toHaveAttribute('data-bijeenkomst', 'bijeenkomst-2');
  await expect(page.locator('#ll-lms-summary [data-field="completion"]')).toHaveText('incomplete');
  await finishEveryExercise(course);
  await expect(page.locator('#ll-lms-summary [data-field="completion"]')).toHaveText('completed');
  await expect(page.locator('#ll-lms-objectives tr')).toHaveCount(1);
  await expect(page.locator('#ll-lms-objectives')).toContainText('bijeenkomst-2');
});

test('inside an LMS frame of another origin, says the LMS cannot be reached instead of pretending', async ({
  page,
  baseURL,
}) => {
  // The "LMS": a page on localhost (a plain-text page of the test server, without our CSP); the
  // package on 127.0.0.1, another origin, so the launch page cannot read its parent.
  const lms = new URL('/', baseURL).href.replace('127.0.0.1', 'localhost');
  await page.goto(lms);
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.title = 'LMS';
    frame.src = src;
    document.body.append(frame);
  }, new URL('zelfregie/scorm/', baseURL).href);
  const launchPage = page.frameLocator('iframe');
  await expect(launchPage.getByRole('status')).toContainText('Geen verbinding met de leeromgeving');
});
