import { expect, test } from '../exercise-loading';
import { collectResults, openGallery, results, tabTo } from './keyboard';

test('Rollenspel by keyboard: choose replies, feedback, an ending, the path kept, restart', async ({ page }) => {
  await openGallery(page);
  await collectResults(page);
  // The conversation as rendered (the light-DOM source holds the same texts, hidden).
  const dialogue = page.locator('ll-rollenspel#voorbeeld-rollenspel section');

  await tabTo(page, dialogue.getByRole('button', { name: 'Wat zou u zelf het liefst willen?' }));
  await page.keyboard.press('Enter');
  await expect(dialogue.getByText('U volgt mevrouw Jansen in plaats van te leiden.')).toBeVisible();
  await expect(dialogue.getByText('Mijn buurvrouw helpt al met de boodschappen.')).toBeVisible();

  await tabTo(page, dialogue.getByRole('button', { name: /buurvrouw willen vragen/ }));
  await page.keyboard.press('Enter');
  await expect(dialogue.getByText('Einde: Mevrouw Jansen houdt de regie')).toBeVisible();
  await expect(dialogue.getByText(/zorgen dát/)).toBeVisible();
  expect(await results(page)).toEqual([
    {
      id: 'voorbeeld-rollenspel',
      type: 'rollenspel',
      completed: true,
      interactions: [
        { id: 'voorbeeld-rollenspel-begin', type: 'choice', response: ['r2'], choices: ['r1', 'r2'] },
        { id: 'voorbeeld-rollenspel-verkennen', type: 'choice', response: ['r1'], choices: ['r1', 'r2'] },
        { id: 'voorbeeld-rollenspel-einde', type: 'other', response: ['samen'] },
      ],
    },
  ]);

  await page.reload();
  await expect(dialogue.getByText('Einde: Mevrouw Jansen houdt de regie')).toBeVisible();
  await expect(dialogue.getByRole('button', { name: 'Wat zou u zelf het liefst willen?' })).toHaveCount(0);

  await tabTo(page, dialogue.getByRole('button', { name: 'Opnieuw beginnen' }));
  await page.keyboard.press('Enter');
  await expect(dialogue.getByRole('button', { name: /ik regel een nieuwe hulp/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialogue.getByText('Einde: U heeft het overgenomen')).toBeVisible();
  await expect(dialogue.getByText(/U zorgt vóór mevrouw Jansen/)).toBeVisible();
});
