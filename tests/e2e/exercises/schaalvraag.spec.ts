import { expect, test } from '../exercise-loading';
import { collectResults, openGallery, results, tabTo } from './keyboard';

test('Schaalvraag by keyboard: a value with arrow keys, the follow-up questions, kept after reload', async ({
  page,
}) => {
  await openGallery(page);
  await collectResults(page);
  const scale = page.locator('ll-schaalvraag#voorbeeld-schaalvraag');
  await expect(scale.getByRole('radiogroup', { name: /regie te laten houden/ })).toBeVisible();

  await tabTo(page, scale.getByRole('radio', { name: '0: ik neem alles over' }));
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(scale.getByRole('radio', { name: '4', exact: true })).toBeChecked();

  const why = scale.getByRole('textbox', { name: 'Wat maakt dat het een 4 is en geen 3?' });
  await tabTo(page, why);
  await page.keyboard.type('Ik vraag vaker door.');
  await page.keyboard.press('Tab');
  await expect(
    scale.getByRole('textbox', { name: 'Wat is er nodig om één punt hoger te komen, op een 5?' }),
  ).toBeFocused();
  await page.keyboard.type('Minder snel zelf bellen.');
  await tabTo(page, scale.getByRole('button', { name: 'Opslaan' }));
  await page.keyboard.press('Enter');
  await expect(scale.getByText('Bewaard: u koos een 4.')).toBeVisible();
  expect(await results(page)).toEqual([
    {
      id: 'voorbeeld-schaalvraag',
      type: 'schaalvraag',
      completed: true,
      interactions: [
        { id: 'voorbeeld-schaalvraag-score', type: 'likert', response: ['4'] },
        { id: 'voorbeeld-schaalvraag-waarom', type: 'long-fill-in', response: ['Ik vraag vaker door.'] },
        { id: 'voorbeeld-schaalvraag-hoger', type: 'long-fill-in', response: ['Minder snel zelf bellen.'] },
      ],
    },
  ]);

  await page.reload();
  await expect(scale.getByRole('radio', { name: '4', exact: true })).toBeChecked();
  await expect(why).toHaveValue('Ik vraag vaker door.');
  await expect(scale.getByText('Bewaard: u koos een 4.')).toBeVisible();
});
