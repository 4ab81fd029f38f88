import { expect, test, type Page } from '../exercise-loading';
import { openGallery } from './keyboard';

/**
 * A course update that renames or removes a Stappenplan step or a scan domain: what the participant
 * wrote or chose under the old id stays in the saved state with every later change, and the text
 * is shown where it belonged (issue 16).
 */
const KEY = 'leerlijn:oefeningen:progress';

async function seed(page: Page, id: string, state: unknown): Promise<void> {
  await page.evaluate(
    ([key, id, state]) => localStorage.setItem(key as string, JSON.stringify({ v: 1, e: { [id as string]: state } })),
    [KEY, id, state],
  );
  await page.reload();
}

const stored = (page: Page, id: string) =>
  page.evaluate(
    ([key, id]) =>
      (JSON.parse(localStorage.getItem(key as string) ?? '{}') as { e?: Record<string, unknown> }).e?.[id as string],
    [KEY, id],
  );

test('Stappenplan: text under a step the plan no longer has is shown and kept when the participant goes on', async ({
  page,
}) => {
  await openGallery(page);
  await seed(page, 'voorbeeld-stappenplan', {
    s: 1,
    t: { verkennen: 'Boodschappen.', 'oude-stap': 'Dit schreef ik bij een stap van vroeger.' },
  });
  const plan = page.locator('ll-stappenplan#voorbeeld-stappenplan section');
  await expect(plan.getByText('Uit een eerdere versie')).toBeVisible();
  await expect(plan.getByText('Dit schreef ik bij een stap van vroeger.')).toBeVisible();

  await plan.getByRole('textbox', { name: 'Uw plan voor deze stap' }).fill('Geen verzorging.');
  await plan.getByRole('button', { name: 'Volgende stap' }).click();
  await expect
    .poll(() => stored(page, 'voorbeeld-stappenplan'))
    .toEqual({
      s: 2,
      t: {
        verkennen: 'Boodschappen.',
        afbakenen: 'Geen verzorging.',
        'oude-stap': 'Dit schreef ik bij een stap van vroeger.',
      },
    });
  await page.reload();
  await expect(plan.getByText('Dit schreef ik bij een stap van vroeger.')).toBeVisible();
});

test('Zelfredzaamheidscan: scores of a domain the scan no longer has stay in the saved state, never counted', async ({
  page,
}) => {
  await openGallery(page);
  await seed(page, 'voorbeeld-scan', { z: { huishouden: 2, werk: 4 }, s: { werk: 5 } });
  const scan = page.locator('ll-zelfredzaamheidscan#voorbeeld-scan section');
  await scan.getByRole('combobox', { name: 'Geldzaken: Zonder hulp' }).selectOption('3');
  await expect
    .poll(() => stored(page, 'voorbeeld-scan'))
    .toEqual({ z: { huishouden: 2, geldzaken: 3, werk: 4 }, s: { werk: 5 } });
  // The old domain counts for nothing: the scan is not complete with it.
  await expect(scan.locator('.chart .bar:not(.v0)')).toHaveCount(2);
});
