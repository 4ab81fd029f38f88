import { expect, test, type Locator, type Page } from '../exercise-loading';
import { openGallery } from './keyboard';

/** What the page saved for the gallery, read straight from localStorage (no waiting for autosave). */
const saved = (page: Page) =>
  page.evaluate(
    () =>
      (JSON.parse(localStorage.getItem('leerlijn:oefeningen:progress') ?? '{"e":{}}') as { e: Record<string, unknown> })
        .e,
  );

test('Kennischeck keeps options chosen but not yet checked over a reload', async ({ page }) => {
  await openGallery(page);
  const quiz = page.locator('ll-kennischeck#voorbeeld-kennischeck');
  await quiz.getByRole('checkbox', { name: 'Wmo 2015' }).check();
  await quiz.getByRole('checkbox', { name: 'AWBZ' }).check();
  await quiz.getByRole('radio', { name: 'De aanvraag' }).check();

  await page.reload();
  await expect(quiz.getByRole('checkbox', { name: 'Wmo 2015' })).toBeChecked();
  await expect(quiz.getByRole('checkbox', { name: 'AWBZ' })).toBeChecked();
  await expect(quiz.getByRole('checkbox', { name: /Wlz/ })).not.toBeChecked();
  await expect(quiz.getByRole('radio', { name: 'De aanvraag' })).toBeChecked();
  // Chosen, not checked: no verdict yet, and Controleer still works.
  await expect(quiz.getByText('Goed!')).toHaveCount(0);
  expect((await saved(page))['voorbeeld-kennischeck']).toEqual({
    p: { wetten: ['wmo', 'awbz'], volgorde: ['aanvraag'] },
  });
  await quiz.getByRole('button', { name: 'Controleer' }).last().click();
  await expect(quiz.getByText('Nee. De aanvraag volgt op het gesprek.')).toBeVisible();
  await expect(quiz.getByRole('checkbox', { name: 'AWBZ' })).toBeChecked();
  // A wrong check leaves the question open for another try: the choices stay as they were, the try
  // is counted, and nothing is final yet.
  const afterCheck = (await saved(page))['voorbeeld-kennischeck'] as Record<string, unknown>;
  expect(afterCheck.a).toBeUndefined();
  expect(afterCheck.p).toEqual({ wetten: ['wmo', 'awbz'], volgorde: ['aanvraag'] });
  expect(afterCheck.t).toEqual({ volgorde: 1 });
});

test('Netwerkcirkel keeps a person being added and a rename being typed over a reload', async ({ page }) => {
  await openGallery(page);
  const c = page.locator('ll-netwerkcirkel#voorbeeld-netwerkcirkel section');
  await c.getByRole('textbox', { name: 'Naam of rol', exact: true }).fill('Buurvrouw Ans');
  await c.getByRole('button', { name: 'Toevoegen' }).click();

  // A rename typed but not committed (no Enter, no leaving the field), and a new person half entered.
  await c.getByRole('textbox', { name: 'Naam van persoon 1' }).fill('Ans (maatje)');
  await c.getByRole('combobox', { name: 'Ring', exact: true }).selectOption('3');
  await c.getByRole('textbox', { name: 'Naam of rol', exact: true }).pressSequentially('Wijkteam');

  await page.reload();
  await expect(c.getByRole('textbox', { name: 'Naam van persoon 1' })).toHaveValue('Ans (maatje)');
  await expect(c.getByRole('textbox', { name: 'Naam of rol', exact: true })).toHaveValue('Wijkteam');
  await expect(c.getByRole('combobox', { name: 'Ring', exact: true })).toHaveValue('3');

  await c.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(c.getByRole('combobox', { name: 'Ring van Wijkteam' })).toHaveValue('3');
  await expect(c.getByRole('textbox', { name: 'Naam of rol', exact: true })).toHaveValue('');
});

/**
 * The tab goes to the background, where it may be discarded without a pagehide: what was typed
 * must be in storage at once, not after the autosave pause. Returns what storage then holds.
 */
const hideAndRead = (page: Page) =>
  page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    return (
      JSON.parse(localStorage.getItem('leerlijn:oefeningen:progress') ?? '{"e":{}}') as { e: Record<string, unknown> }
    ).e;
  });

test('text typed just before the page is hidden is saved at once, in every exercise that autosaves', async ({
  page,
}) => {
  await openGallery(page);
  const scale = page.locator('ll-schaalvraag#voorbeeld-schaalvraag');
  await scale.getByRole('radio', { name: '4', exact: true }).check();
  const typing: [string, Locator, unknown][] = [
    [
      'voorbeeld-reflectie',
      page.locator('ll-reflectie#voorbeeld-reflectie').getByRole('textbox', { name: /Wanneer nam u iets over/ }),
      { t: { overnemen: 'Net' } },
    ],
    [
      'voorbeeld-schaalvraag',
      scale.getByRole('textbox', { name: /Wat maakt dat het een 4 is/ }),
      { s: 4, a: { waarom: 'Net' } },
    ],
    [
      'voorbeeld-stappenplan',
      page.locator('ll-stappenplan#voorbeeld-stappenplan').getByRole('textbox'),
      { s: 0, t: { verkennen: 'Net' } },
    ],
    [
      'voorbeeld-netwerkcirkel',
      page
        .locator('ll-netwerkcirkel#voorbeeld-netwerkcirkel')
        .getByRole('textbox', { name: 'Naam of rol', exact: true }),
      { e: { n: 'Net', r: 1 } },
    ],
  ];
  for (const [id, field, expected] of typing) {
    await field.pressSequentially('Net');
    expect((await hideAndRead(page))[id], id).toEqual(expected);
  }
});
