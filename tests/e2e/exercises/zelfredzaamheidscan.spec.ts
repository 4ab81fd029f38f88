import { expect, test } from '../exercise-loading';
import { collectResults, openGallery, results, tabTo } from './keyboard';

test('Zelfredzaamheidscan by keyboard: score zelf and samen, chart and table agree, kept after reload', async ({
  page,
}) => {
  await openGallery(page);
  await collectResults(page);
  const scan = page.locator('ll-zelfredzaamheidscan#voorbeeld-scan section');
  await expect(scan.getByText(/niet de officiële Zelfredzaamheid-Matrix/)).toBeVisible();

  const scores: [string, number, number][] = [
    ['Het huishouden', 2, 4],
    ['Geldzaken', 3, 3],
    ['Contact met anderen', 1, 3],
  ];
  await tabTo(page, scan.getByRole('combobox', { name: 'Het huishouden: Zonder hulp' }));
  for (const [, zelf, samen] of scores) {
    for (let i = 0; i < zelf; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    for (let i = 0; i < samen; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
  }
  await expect(scan.getByRole('combobox', { name: 'Geldzaken: Met hulp en netwerk' })).toHaveValue('3');
  await expect(
    scan.getByText('Het netwerk maakt het verschil bij: Het huishouden, Contact met anderen.'),
  ).toBeVisible();
  // The chart draws a bar for each of the six scores (a bar's length is its class, v1–v5).
  await expect(scan.locator('.chart .bar:not(.v0)')).toHaveCount(6);

  const last = (await results(page)).at(-1);
  expect(last).toMatchObject({ id: 'voorbeeld-scan', type: 'zelfredzaamheidscan', completed: true });
  expect((last as { interactions: unknown[] }).interactions).toContainEqual({
    id: 'voorbeeld-scan-contacten-samen',
    type: 'likert',
    response: ['3'],
  });

  await page.reload();
  await expect(scan.getByRole('combobox', { name: 'Het huishouden: Zonder hulp' })).toHaveValue('2');
  await expect(scan.getByRole('combobox', { name: 'Contact met anderen: Met hulp en netwerk' })).toHaveValue('3');
});
