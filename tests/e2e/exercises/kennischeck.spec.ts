import { expect, test } from '@playwright/test';
import { changes, collectResults, openGallery, results, tabTo } from './keyboard';

test('Kennischeck by keyboard: answer, feedback, score, kept after reload, retry', async ({ page }) => {
  await openGallery(page);
  const quiz = page.locator('ll-kennischeck#voorbeeld-kennischeck');
  await collectResults(page);

  // Multiple choice: space toggles checkboxes.
  await tabTo(page, quiz.getByRole('checkbox', { name: 'Wmo 2015' }));
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await tabTo(page, quiz.getByRole('button', { name: 'Controleer' }).first());
  await page.keyboard.press('Enter');
  await expect(quiz.getByText('Juist. De Wlz verving')).toBeVisible();
  await expect(quiz.getByText('Goed!')).toBeVisible();

  // Single choice: arrow keys move within the radio group.
  await tabTo(page, quiz.getByRole('radio', { name: 'Het keukentafelgesprek' }));
  await page.keyboard.press('ArrowDown');
  await expect(quiz.getByRole('radio', { name: 'De aanvraag' })).toBeChecked();
  await tabTo(page, quiz.getByRole('button', { name: 'Controleer' }));
  await page.keyboard.press('Enter');
  await expect(quiz.getByText('U hebt 1 van de 2 vragen goed. U bent geslaagd.')).toBeVisible();

  expect(await results(page)).toEqual([
    {
      id: 'voorbeeld-kennischeck',
      type: 'kennischeck',
      completed: true,
      score: { raw: 1, max: 2 },
      passed: true,
      interactions: [
        {
          id: 'voorbeeld-kennischeck-wetten',
          type: 'choice',
          response: ['wmo', 'wlz'],
          choices: ['wmo', 'wlz', 'awbz'],
          correct: true,
        },
        {
          id: 'voorbeeld-kennischeck-volgorde',
          type: 'choice',
          response: ['aanvraag'],
          choices: ['gesprek', 'aanvraag'],
          correct: false,
        },
      ],
    },
  ]);

  // One ll-change per saved change (each choice is saved too, then each check), bubbling out of
  // the shadow root to the document.
  expect(await changes(page)).toEqual(Array(5).fill({ id: 'voorbeeld-kennischeck', type: 'kennischeck' }));

  await page.reload();
  await expect(quiz.getByText('U hebt 1 van de 2 vragen goed.')).toBeVisible();
  await expect(quiz.getByRole('radio', { name: 'De aanvraag' })).toBeChecked();

  await tabTo(page, quiz.getByRole('button', { name: 'Opnieuw beginnen' }));
  await page.keyboard.press('Enter');
  await expect(quiz.getByText('U hebt 1 van de 2')).toHaveCount(0);
  await expect(quiz.getByRole('checkbox', { name: 'Wmo 2015' })).toBeFocused();
  await expect(quiz.getByRole('checkbox', { name: 'Wmo 2015' })).not.toBeChecked();
});
