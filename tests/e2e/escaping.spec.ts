import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from './exercise-loading';
import { markdownText } from '../../src/exercises/stappenplan/plan';
import { openGallery } from './exercises/keyboard';

/**
 * What a participant types stays text everywhere it is shown: on the page, after a reload, in the
 * progress summary, in print, in the Stappenplan downloads and in the LMS preview. Every payload
 * would run script if it reached the DOM as HTML; the CSP would block most of that, so the test
 * also asserts no element of it exists and no CSP violation was even attempted.
 */
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '</script><script>alert(1)</script>';
const PWNED = '<img src=x onerror="window.__pwned=1">';

/** Records dialogs and CSP violations, in every frame of the page, from before any page script. */
async function watch(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective}: ${e.sample}`),
    );
  });
  return { dialogs };
}

/** Nothing typed became markup or ran: no injected element in any document or shadow root of any frame. */
async function expectInert(page: Page, watched: { dialogs: string[] }): Promise<void> {
  for (const frame of page.frames()) {
    const found = await frame.evaluate(() => {
      const hits: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === 'img' && el.getAttribute('src') === 'x') hits.push(el.outerHTML);
          if (el.localName === 'script' && /alert\(1\)|__pwned/.test(el.textContent ?? '')) hits.push(el.outerHTML);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const w = window as unknown as { __pwned?: unknown; __violations?: string[] };
      return { hits, pwned: w.__pwned ?? null, violations: w.__violations ?? [] };
    });
    expect(found, frame.url()).toEqual({ hits: [], pwned: null, violations: [] });
  }
  expect(watched.dialogs).toEqual([]);
}

const downloaded = async (download: Download) => readFileSync(await download.path(), 'utf8');

test('typed HTML stays text in the exercises, after reload, in the summary, in print and in the plan downloads', async ({
  page,
}) => {
  const watched = await watch(page);
  await openGallery(page);

  const reflectie = page.locator('ll-reflectie#voorbeeld-reflectie');
  await reflectie.getByRole('textbox', { name: /Wanneer nam u iets over/ }).fill(IMG);
  await reflectie.getByRole('textbox', { name: /anders doen/ }).fill(SCRIPT);
  await reflectie.getByRole('button', { name: 'Klaar' }).click();
  await expect(reflectie.getByText(IMG, { exact: true })).toBeVisible();
  await expect(reflectie.getByText(SCRIPT, { exact: true })).toBeVisible();

  const circle = page.locator('ll-netwerkcirkel#voorbeeld-netwerkcirkel section');
  await circle.getByRole('textbox', { name: 'Naam of rol', exact: true }).fill(PWNED);
  await circle.getByRole('textbox', { name: 'Naam of rol', exact: true }).press('Enter');
  // The drawing may shorten a long name with "…"; what it shows is still the typed text, as text.
  await expect(circle.locator('svg text.person')).toHaveCount(1);
  await expect(circle.locator('svg text.person')).toContainText('<img src=x');

  const scale = page.locator('ll-schaalvraag#voorbeeld-schaalvraag');
  await scale.getByRole('radio', { name: '4', exact: true }).check();
  await scale.getByRole('textbox', { name: /Wat maakt dat het een 4 is/ }).fill(SCRIPT);
  await scale.getByRole('textbox', { name: /één punt hoger/ }).fill(IMG);
  await scale.getByRole('button', { name: 'Opslaan' }).click();
  await expect(scale.getByText('Bewaard: u koos een 4.')).toBeVisible();

  const plan = page.locator('ll-stappenplan#voorbeeld-stappenplan section');
  const steps = [IMG, SCRIPT, PWNED, `${IMG}\n# kop\n&lt;b&gt;`, '*nadruk* [link](javascript:alert(1))'];
  for (const [i, text] of steps.entries()) {
    await plan.getByRole('textbox', { name: 'Uw plan voor deze stap' }).fill(text);
    await plan.getByRole('button', { name: i === steps.length - 1 ? 'Bekijk het hele plan' : 'Volgende stap' }).click();
  }
  await expect(plan.locator('.plan-text')).toHaveText(steps.map((s) => s.trim()));
  await expectInert(page, watched);

  // Saved progress comes back as text too.
  await page.reload();
  await expect(reflectie.getByText(IMG, { exact: true })).toBeVisible();
  await expect(circle.locator('svg text.person')).toContainText('<img src=x');
  await expect(scale.getByRole('textbox', { name: /Wat maakt dat het een 4 is/ })).toHaveValue(SCRIPT);
  await expect(plan.locator('.plan-text')).toHaveText(steps.map((s) => s.trim()));
  await expect(page.locator('ll-voortgangsoverzicht')).toBeVisible();
  await expectInert(page, watched);

  // The printable plan: the same text, still text.
  await page.emulateMedia({ media: 'print' });
  await expect(plan.locator('.plan-text').first()).toBeVisible();
  await expect(plan.locator('.plan-text')).toHaveText(steps.map((s) => s.trim()));
  await expectInert(page, watched);
  await page.emulateMedia({ media: 'screen' });

  await plan.locator('summary', { hasText: 'Opslaan als bestand' }).click();
  // Plain text: exactly as typed. Markdown: escaped so no viewer turns it into HTML (see plan.test.ts).
  const [txt] = await Promise.all([
    page.waitForEvent('download'),
    plan.getByRole('button', { name: 'Download als tekst' }).click(),
  ]);
  const text = await downloaded(txt);
  for (const typed of steps) expect(text).toContain(typed);
  const [md] = await Promise.all([
    page.waitForEvent('download'),
    plan.getByRole('button', { name: 'Download als Markdown' }).click(),
  ]);
  const markdown = await downloaded(md);
  for (const typed of steps) expect(markdown).toContain(markdownText(typed));
  // Every `<` is escaped: nothing can open an HTML tag.
  expect(markdown).not.toMatch(/(^|[^\\])</m);
  expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
  await expectInert(page, watched);
});

test('typed HTML stays text in the LMS preview: the recorded interactions show it literally', async ({ page }) => {
  const watched = await watch(page);
  await page.goto('lms/');
  await page.locator('#ll-lms-package').selectOption('vrijwilligers-scorm12');
  await page.getByRole('button', { name: 'Gegevens wissen' }).click();
  await page.getByRole('button', { name: 'Starten' }).click();
  const course = page.frameLocator('#ll-lms-player iframe').frameLocator('#ll-frame');
  await course
    .getByRole('link', { name: /Bijeenkomst 1/ })
    .first()
    .click();
  await expect(course.locator('html[data-bijeenkomst="bijeenkomst-1"][data-ll-progress="loaded"]')).toBeAttached();
  const reflectie = course.locator('ll-reflectie#eigen-organisatie');
  const fields = reflectie.locator('textarea');
  for (let i = 0; i < (await fields.count()); i++) await fields.nth(i).fill(`${IMG} ${SCRIPT}`);
  await reflectie.getByRole('button', { name: 'Klaar' }).click();

  const row = page.locator('#ll-lms-interactions tr', { hasText: 'eigen-organisatie' }).first();
  await expect(row).toContainText(`${IMG} ${SCRIPT}`);
  await expectInert(page, watched);
  // Saved with the preview's data and shown again on a fresh load of the preview.
  await page.reload();
  await page.locator('#ll-lms-package').selectOption('vrijwilligers-scorm12');
  await expect(page.locator('#ll-lms-interactions tr', { hasText: 'eigen-organisatie' }).first()).toContainText(
    `${IMG} ${SCRIPT}`,
  );
  await expectInert(page, watched);
});
