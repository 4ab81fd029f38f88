import { expect, test } from '../exercise-loading';
import { openGallery, tabTo } from './keyboard';

test('Voortgang by keyboard: mark a section read, the summary counts it, kept after reload', async ({ page }) => {
  await openGallery(page);
  const summary = page.locator('ll-voortgangsoverzicht');
  await expect(summary.getByText('0 van 8 onderdelen afgerond')).toBeVisible();

  const read = page
    .locator('ll-voortgang#voorbeeld-gelezen')
    .getByRole('button', { name: 'Ik heb de uitleg over zelfregie gelezen' });
  await tabTo(page, read);
  await expect(read).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await expect(read).toHaveAttribute('aria-pressed', 'true');
  await expect(summary.getByText('1 van 8 onderdelen afgerond')).toBeVisible();
  await expect(summary.getByRole('listitem').filter({ hasText: 'Gelezen: de uitleg over zelfregie' })).toContainText(
    'afgerond',
  );

  await page.reload();
  await expect(read).toHaveAttribute('aria-pressed', 'true');
  await expect(summary.getByText('1 van 8 onderdelen afgerond')).toBeVisible();

  await tabTo(page, summary.getByRole('link', { name: /Rollenspel/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#voorbeeld-rollenspel$/);
});
