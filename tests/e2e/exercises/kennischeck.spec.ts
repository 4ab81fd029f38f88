import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../exercise-loading';
import { changes, collectResults, openGallery, results, tabTo } from './keyboard';

test('Kennischeck by keyboard: answer, feedback on a wrong choice, show the answer, kept after reload, reset asks first', async ({
  page,
}) => {
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

  // Single choice: arrow keys move within the radio group. A wrong check explains the choice made,
  // shows no right answer and keeps the question open.
  await tabTo(page, quiz.getByRole('radio', { name: 'Het keukentafelgesprek' }));
  await page.keyboard.press('ArrowDown');
  await expect(quiz.getByRole('radio', { name: 'De aanvraag' })).toBeChecked();
  await tabTo(page, quiz.getByRole('button', { name: 'Controleer' }));
  await page.keyboard.press('Enter');
  await expect(quiz.getByText('Nee. De aanvraag volgt op het gesprek.')).toBeVisible();
  await expect(quiz.getByText('Uw keuze: niet goed')).toBeVisible();
  await expect(quiz.getByText('Goed antwoord')).toHaveCount(0);
  await expect(quiz.getByText('Juist. Het gesprek komt')).toHaveCount(0);
  await expect(quiz.getByText('U kunt het nog 1 keer proberen.')).toBeVisible();
  await expect(quiz.getByRole('radio', { name: 'Het keukentafelgesprek' })).toBeEnabled();
  expect(await results(page)).toEqual([]);

  // The answer only on request; a shown answer earns no point.
  await tabTo(page, quiz.getByRole('button', { name: 'Toon het antwoord' }));
  await page.keyboard.press('Enter');
  await expect(quiz.getByText('Niet goed. Het goede antwoord is aangegeven.')).toBeFocused();
  await expect(quiz.getByText('Goed antwoord', { exact: true })).toBeVisible();
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
          correctResponse: ['wmo', 'wlz'],
          correct: true,
        },
        {
          id: 'voorbeeld-kennischeck-volgorde',
          type: 'choice',
          response: ['aanvraag'],
          choices: ['gesprek', 'aanvraag'],
          correctResponse: ['gesprek'],
          correct: false,
        },
      ],
    },
  ]);

  // One ll-change per saved change (each choice, each check, the shown answer), bubbling out of
  // the shadow root to the document.
  expect(await changes(page)).toEqual(Array(6).fill({ id: 'voorbeeld-kennischeck', type: 'kennischeck' }));

  // The participant's own choice stays readable: text, not a greyed-out control.
  await expect(quiz.getByRole('radio')).toHaveCount(0);
  const contrast = await new AxeBuilder({ page })
    .include('ll-kennischeck#voorbeeld-kennischeck')
    .withTags(['wcag2aa', 'wcag21aa'])
    .analyze();
  expect(contrast.violations.map((v) => v.id)).toEqual([]);

  await page.reload();
  await expect(quiz.getByText('U hebt 1 van de 2 vragen goed.')).toBeVisible();
  await expect(quiz.getByText('Uw keuze: niet goed')).toBeVisible();

  // A passed result is never wiped without asking; "no" keeps it.
  await tabTo(page, quiz.getByRole('button', { name: 'Opnieuw beginnen' }));
  await page.keyboard.press('Enter');
  await expect(quiz.getByText('U bent geslaagd. Als u opnieuw begint, wist u dit resultaat.')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(quiz.getByRole('button', { name: 'Nee, resultaat bewaren' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quiz.getByText('U hebt 1 van de 2 vragen goed.')).toBeVisible();
  await expect(quiz.getByRole('button', { name: 'Opnieuw beginnen' })).toBeFocused();

  await page.keyboard.press('Enter');
  await tabTo(page, quiz.getByRole('button', { name: 'Ja, opnieuw beginnen' }));
  await page.keyboard.press('Enter');
  await expect(quiz.getByText('U hebt 1 van de 2')).toHaveCount(0);
  await expect(quiz.getByRole('checkbox', { name: 'Wmo 2015' })).toBeFocused();
  await expect(quiz.getByRole('checkbox', { name: 'Wmo 2015' })).not.toBeChecked();
});

test('Kennischeck: trying again after a wrong check counts when right; the attempts end with the answer', async ({
  page,
}) => {
  await openGallery(page);
  const quiz = page.locator('ll-kennischeck#voorbeeld-kennischeck');
  await collectResults(page);

  // Second try right: a point.
  await quiz.getByRole('radio', { name: 'De aanvraag' }).check();
  await quiz.getByRole('button', { name: 'Controleer' }).nth(1).click();
  await expect(quiz.getByText('Nog niet goed.')).toBeVisible();
  await expect(quiz.getByRole('button', { name: 'Controleer' }).nth(1)).toBeDisabled();
  await quiz.getByRole('radio', { name: 'Het keukentafelgesprek' }).check();
  await quiz.getByRole('button', { name: 'Controleer' }).nth(1).click();
  await expect(quiz.getByText('Juist. Het gesprek komt vóór de aanvraag.')).toBeVisible();

  // Both tries wrong (the gallery allows the default two): the question ends with the right answer marked.
  await quiz.getByRole('checkbox', { name: 'AWBZ' }).check();
  await quiz.getByRole('button', { name: 'Controleer' }).click();
  await expect(quiz.getByText('Nee. De AWBZ hield juist op te bestaan.')).toBeVisible();
  // A pending retry survives a reload, with the feedback it answers.
  await page.reload();
  await expect(quiz.getByText('Nee. De AWBZ hield juist op te bestaan.')).toBeVisible();
  await expect(quiz.getByText('U kunt het nog 1 keer proberen.')).toBeVisible();
  await collectResults(page);
  await quiz.getByRole('checkbox', { name: 'Wmo 2015' }).check();
  await quiz.getByRole('button', { name: 'Controleer' }).click();
  await expect(quiz.getByText('Niet goed. Het goede antwoord is aangegeven.')).toBeVisible();
  await expect(quiz.getByText('Goed antwoord', { exact: true })).toHaveCount(1);
  await expect(quiz.getByText('U hebt 1 van de 2 vragen goed. U bent geslaagd.')).toBeVisible();
  expect(await results(page)).toMatchObject([
    {
      score: { raw: 1, max: 2 },
      interactions: [
        { response: ['awbz', 'wmo'], correct: false },
        { response: ['gesprek'], correct: true },
      ],
    },
  ]);
});
