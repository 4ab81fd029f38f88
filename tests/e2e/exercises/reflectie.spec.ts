import { expect, test } from '../exercise-loading';
import { collectResults, openGallery, results, tabTo } from './keyboard';

test('Reflectie by keyboard: autosave while typing, count and limit, kept after reload, shown back escaped', async ({
  page,
}) => {
  await openGallery(page);
  const reflectie = page.locator('ll-reflectie#voorbeeld-reflectie');
  const first = reflectie.getByRole('textbox', { name: /Wanneer nam u iets over/ });
  const second = reflectie.getByRole('textbox', { name: /anders doen/ });

  await tabTo(page, first);
  await page.keyboard.type('Ik belde <b>zelf</b> de thuiszorg.');
  await expect(reflectie.getByText('Bewaard in deze browser.')).toBeVisible();
  await expect(reflectie.getByText('34 van maximaal 600 tekens')).toBeVisible();
  await expect(first).toHaveAttribute('maxlength', '600');

  await page.reload();
  await collectResults(page);
  await expect(first).toHaveValue('Ik belde <b>zelf</b> de thuiszorg.');
  await expect(reflectie.getByRole('button', { name: 'Klaar' })).toBeDisabled();

  await tabTo(page, second);
  await page.keyboard.type('Eerst vragen wat zij wil.');
  await page.keyboard.press('Tab');
  await expect(reflectie.getByRole('button', { name: 'Klaar' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(reflectie.getByText('Uw antwoorden zijn bewaard.')).toBeVisible();
  await expect(reflectie.getByText('Ik belde <b>zelf</b> de thuiszorg.')).toBeVisible();
  await expect(reflectie.locator('b')).toHaveCount(0);
  expect(await results(page)).toEqual([
    {
      id: 'voorbeeld-reflectie',
      type: 'reflectie',
      completed: true,
      interactions: [
        { id: 'voorbeeld-reflectie-overnemen', type: 'long-fill-in', response: ['Ik belde <b>zelf</b> de thuiszorg.'] },
        { id: 'voorbeeld-reflectie-anders', type: 'long-fill-in', response: ['Eerst vragen wat zij wil.'] },
      ],
    },
  ]);

  await page.reload();
  await expect(reflectie.getByText('Uw antwoorden zijn bewaard.')).toBeVisible();
  await tabTo(page, reflectie.getByRole('button', { name: 'Antwoorden aanpassen' }));
  await page.keyboard.press('Enter');
  await expect(first).toBeFocused();
  await expect(first).toHaveValue('Ik belde <b>zelf</b> de thuiszorg.');
});

test('Reflectie keeps text typed just before the page is left, before autosave would run', async ({ page }) => {
  await openGallery(page);
  const first = page
    .locator('ll-reflectie#voorbeeld-reflectie')
    .getByRole('textbox', { name: /Wanneer nam u iets over/ });
  await tabTo(page, first);
  await page.keyboard.type('Net getypt');
  await page.reload();
  await expect(first).toHaveValue('Net getypt');
});
