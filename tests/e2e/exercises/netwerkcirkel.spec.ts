import { expect, test, type Page } from '../exercise-loading';
import { collectResults, openGallery, results, tabTo } from './keyboard';

const circle = (page: Page) => page.locator('ll-netwerkcirkel#voorbeeld-netwerkcirkel section');

test('Netwerkcirkel by keyboard: add, rename, move and remove people; table and drawing agree; kept after reload', async ({
  page,
}) => {
  await openGallery(page);
  await collectResults(page);
  const c = circle(page);

  await tabTo(page, c.getByRole('textbox', { name: 'Naam of rol', exact: true }));
  await page.keyboard.type('Buurvrouw Ans');
  await page.keyboard.press('Tab');
  await expect(c.getByRole('combobox', { name: 'Ring', exact: true })).toHaveValue('1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(c.getByRole('status')).toHaveText('Buurvrouw Ans staat nu bij Eigen netwerk.');

  await tabTo(page, c.getByRole('textbox', { name: 'Naam of rol', exact: true }), { back: true });
  await page.keyboard.type('Wijkteam');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(c.getByRole('combobox', { name: 'Ring', exact: true })).toHaveValue('3');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  const rows = c.getByRole('table', { name: 'Personen in de netwerkcirkel' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(c.locator('svg text.person')).toHaveText(['Buurvrouw Ans', 'Wijkteam']);

  // Move Ans to the volunteers' ring and rename her.
  await tabTo(page, c.getByRole('combobox', { name: 'Ring van Buurvrouw Ans' }));
  await page.keyboard.press('ArrowDown');
  await expect(c.getByRole('status')).toHaveText('Buurvrouw Ans staat nu bij Vrijwilligers.');
  await tabTo(page, c.getByRole('textbox', { name: 'Naam van persoon 1' }), { back: true });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Ans (maatje)');
  await page.keyboard.press('Tab');
  await expect(c.locator('svg text.person').first()).toHaveText('Ans (maatje)');

  await tabTo(page, c.getByRole('button', { name: 'Verwijder Wijkteam' }));
  await page.keyboard.press('Enter');
  await expect(c.getByRole('status')).toHaveText('Wijkteam is verwijderd.');
  await expect(c.getByRole('textbox', { name: 'Naam of rol', exact: true })).toBeFocused();

  await tabTo(page, c.getByRole('button', { name: 'Klaar' }));
  await page.keyboard.press('Enter');
  expect(await results(page)).toEqual([
    {
      id: 'voorbeeld-netwerkcirkel',
      type: 'netwerkcirkel',
      completed: true,
      interactions: [
        { id: 'voorbeeld-netwerkcirkel-zelf', type: 'other', response: [] },
        { id: 'voorbeeld-netwerkcirkel-netwerk', type: 'other', response: [] },
        { id: 'voorbeeld-netwerkcirkel-vrijwilligers', type: 'other', response: ['Ans (maatje)'] },
        { id: 'voorbeeld-netwerkcirkel-professionals', type: 'other', response: [] },
      ],
    },
  ]);

  await page.reload();
  await expect(c.getByRole('combobox', { name: 'Ring van Ans (maatje)' })).toHaveValue('2');
  await expect(c.getByText('Uw netwerkcirkel is bewaard.')).toBeVisible();
});

test('Netwerkcirkel by pointer: drag a person to another ring', async ({ page }) => {
  await openGallery(page);
  const c = circle(page);
  await c.getByRole('textbox', { name: 'Naam of rol', exact: true }).fill('Zoon Peter');
  await c.getByRole('button', { name: 'Toevoegen' }).click();
  const person = c.locator('svg text.person').first();
  await c.locator('svg').scrollIntoViewIfNeeded();
  const svg = await c.locator('svg').boundingBox();
  const start = await person.boundingBox();
  if (!svg || !start) throw new Error('the drawing is not visible');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  // Towards the outer ring (professionals), in steps, as a hand would.
  await page.mouse.move(svg.x + svg.width / 2, svg.y + svg.height * 0.04, { steps: 8 });
  await page.mouse.up();
  await expect(c.getByRole('combobox', { name: 'Ring van Zoon Peter' })).toHaveValue('3');
  await expect(c.getByRole('status')).toHaveText('Zoon Peter staat nu bij Professionals.');
});
