import { readFileSync } from 'node:fs';
import { expect, test } from '../exercise-loading';
import { collectResults, openGallery, results, tabTo } from './keyboard';

test('Stappenplan by keyboard: one step at a time, the whole plan, download, kept after reload', async ({ page }) => {
  await openGallery(page);
  await collectResults(page);
  const plan = page.locator('ll-stappenplan#voorbeeld-stappenplan section');
  const texts = [
    'Mevrouw Jansen wil hulp bij boodschappen.',
    'Geen persoonlijke verzorging.',
    '',
    'Elke maand een belafspraak.',
    'Na drie maanden evalueren.',
  ];

  await tabTo(page, plan.getByRole('textbox', { name: 'Uw plan voor deze stap' }));
  for (const [i, text] of texts.entries()) {
    await expect(plan.getByText(`Stap ${i + 1} van 5`)).toBeVisible();
    await expect(plan.getByRole('listitem').nth(i)).toHaveAttribute('aria-current', 'step');
    if (i > 0) await page.keyboard.press('Tab');
    await expect(plan.getByRole('textbox', { name: 'Uw plan voor deze stap' })).toBeFocused();
    await page.keyboard.type(text);
    await tabTo(page, plan.getByRole('button', { name: i === 4 ? 'Bekijk het hele plan' : 'Volgende stap' }));
    await page.keyboard.press('Enter');
    if (i === 1) {
      // Back one step and forward again: nothing typed is lost.
      await tabTo(page, plan.getByRole('button', { name: 'Vorige stap' }));
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await expect(plan.getByRole('textbox', { name: 'Uw plan voor deze stap' })).toHaveValue(texts[1]!);
      await tabTo(page, plan.getByRole('button', { name: 'Volgende stap' }));
      await page.keyboard.press('Enter');
    }
  }

  await expect(plan.locator('.plan-title')).toBeFocused();
  await expect(plan.locator('.plan-title')).toHaveText('Mijn plan voor vrijwillige inzet');
  await expect(plan.getByText('Na drie maanden evalueren.')).toBeVisible();
  await expect(plan.getByText('(nog niet ingevuld)')).toBeVisible();
  expect((await results(page)).at(-1)).toMatchObject({
    id: 'voorbeeld-stappenplan',
    type: 'stappenplan',
    completed: true,
  });

  // Saving as a file sits behind a disclosure, out of the way of most participants (issue 14).
  await expect(plan.getByRole('button', { name: 'Download als Markdown' })).toBeHidden();
  await tabTo(page, plan.locator('summary', { hasText: 'Opslaan als bestand' }));
  await page.keyboard.press('Enter');
  await tabTo(page, plan.getByRole('button', { name: 'Download als Markdown' }));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('mijn-plan-voor-vrijwillige-inzet.md');
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toContain(
    '# Mijn plan voor vrijwillige inzet\n\n## Stap 1: Verkennen\n\nMevrouw Jansen wil hulp bij boodschappen.',
  );
  expect(markdown).toContain('## Stap 3: Vinden en verbinden\n\n_(nog niet ingevuld)_');

  await page.reload();
  await expect(plan.getByText('Elke maand een belafspraak.')).toBeVisible();
  await expect(plan.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
});

test('Stappenplan prints only the plan', async ({ page }) => {
  await openGallery(page);
  await page.evaluate(() =>
    localStorage.setItem(
      'leerlijn:oefeningen:progress',
      JSON.stringify({ v: 1, e: { 'voorbeeld-stappenplan': { s: 5, t: { verkennen: 'Kort plan.' } } } }),
    ),
  );
  await page.reload();
  await page.evaluate(() => {
    // What the print button sets around window.print(), which headless Chromium skips.
    document.documentElement.dataset.llPrint = '';
    document.querySelector('ll-stappenplan')!.setAttribute('data-printing', '');
  });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('ll-stappenplan section').getByText('Kort plan.')).toBeVisible();
  await expect(page.locator('ll-kennischeck section')).toBeHidden();
  await expect(page.locator('h1')).toBeHidden();
  await expect(page.locator('ll-stappenplan').getByRole('button', { name: 'Afdrukken' })).toBeHidden();
});
