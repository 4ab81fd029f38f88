import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './exercise-loading';
import { serveFixture } from './fixture-server';

/**
 * Exercises on slides, in their room form, and touch on the audience deck. The fixture course
 * (tests/fixtures/valid-courses) has a Kennischeck, Reflectie, Rollenspel and Schaalvraag on slides
 * 3 to 6 of demo/bijeenkomst-1, and a Netwerkcirkel, Zelfredzaamheidscan and Stappenplan on the
 * English course's slides.
 */
let origin = '';
let close = () => {};

test.beforeAll(async () => {
  ({ origin, close } = await serveFixture());
});

test.afterAll(() => close());

const deck = (n: number) => `${origin}/demo/bijeenkomst-1/slides/#${n}`;
const current = (page: Page) => page.locator('ll-deck > [data-current]');

test('a Kennischeck on a slide shows its question and options large, and reveals the answer and feedback as a step', async ({
  page,
}) => {
  await page.goto(deck(3));
  const slide = current(page);
  await expect(slide.locator('h2')).toHaveText('Samen checken');
  await expect(slide.locator('.ll-room__label')).toHaveText('Kennischeck: In de zaal');
  await expect(slide.getByText('Wat is de hoofdstad van Nederland?')).toBeVisible();
  const options = slide.locator('.ll-room-options > li');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toContainText('Amsterdam');
  await expect(options.nth(1)).toContainText('Den Haag');
  // Readable from the back of the room: the options are as large as the slide's body text.
  const size = await options.nth(0).evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  const width = await slide.evaluate((el) => el.getBoundingClientRect().width);
  expect(size / width).toBeGreaterThan(0.025);
  // No controls: nothing to click or type on a projected slide.
  expect(await slide.locator('button, input, textarea, select, ll-kennischeck').count()).toBe(0);

  const feedback = slide.getByText('Daar zetelt de regering, maar het is niet de hoofdstad.');
  const answer = slide.locator('.ll-room-reveal');
  await expect(feedback).toBeHidden();
  await expect(answer).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(answer).toHaveText('Goed antwoord: A. Amsterdam');
  await expect(feedback).toBeVisible();
  await expect(options.nth(0).locator('.ll-room-option__mark')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#4$/);
});

test('Reflectie, Rollenspel and Schaalvraag take their room form', async ({ page }) => {
  await page.goto(deck(4));
  await expect(current(page).locator('.ll-room-prompts > li')).toHaveText([
    'Wat vond u lastig vandaag?',
    'Wat doet u morgen anders?',
  ]);

  await page.keyboard.press('ArrowRight');
  const play = current(page);
  await expect(play.locator('.ll-room-client')).toHaveText('Meneer De Vries');
  await expect(play.locator('.ll-room-says')).toHaveText('Ik red me prima, hoor.');
  await expect(play.locator('.ll-room-options > li .ll-room-option__text')).toHaveText([
    'Wat gaat er goed?',
    'Toch maak ik me zorgen.',
  ]);
  // Only the opening situation: the endings are for participants' own practice.
  await expect(play.getByText('Meneer De Vries vertelt over zijn buren.')).toHaveCount(0);
  const feedback = play.getByText('U sluit aan bij wat hij zelf zegt.');
  await expect(feedback).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(feedback).toBeVisible();

  await page.keyboard.press('ArrowRight');
  const scale = current(page);
  await expect(scale.locator('.ll-room-scale__points > li')).toHaveText([
    '0',
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
    '7',
    '8',
    '9',
    '10',
  ]);
  await expect(scale.locator('.ll-room-scale__ends')).toContainText('0: nog niets');
  await expect(scale.locator('.ll-room-scale__ends')).toContainText('10: helemaal klaar');
  const followUp = scale.getByText('Wat is er nodig om één punt hoger te komen?');
  await expect(followUp).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(followUp).toBeVisible();
  // <Voortgang> is about one participant's own reading: not on a projected slide.
  await expect(scale.locator('ll-voortgang, button')).toHaveCount(0);
});

test('Netwerkcirkel, Zelfredzaamheidscan and Stappenplan take their room form, in the course language', async ({
  page,
}) => {
  await page.goto(`${origin}/english/session-1/slides/#1`);
  await expect(
    current(page).getByRole('img', { name: 'Self, Own network, Volunteers, Professionals: Mrs Smith' }),
  ).toBeVisible();
  await expect(current(page).getByText('Who helps Mrs Smith?')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  const table = current(page).getByRole('table');
  await expect(table.getByRole('rowheader')).toHaveText(['Housekeeping', 'Money']);
  await expect(table.getByRole('columnheader')).toHaveText([
    'Life domain',
    'Without help (1–5)',
    'With help and network (1–5)',
  ]);
  await page.keyboard.press('ArrowRight');
  await expect(current(page).locator('.ll-room-steps__title')).toHaveText(['Explore', 'Agree']);
});

test('the presenter view previews the same room form, with the answer for the trainer', async ({ context }) => {
  const audience = await context.newPage();
  await audience.goto(deck(3));
  const presenter = await context.newPage();
  await presenter.goto(`${origin}/demo/bijeenkomst-1/slides/presenter/#3`);
  const room = (page: Page, where: string) =>
    page.locator(`${where} .ll-room`).evaluate((el) => el.outerHTML.replace(/ data-revealed=""/g, ''));
  expect(await room(presenter, 'll-presenter > [slot="current"]')).toBe(
    await room(audience, 'll-deck > [data-current]'),
  );
  await expect(presenter.locator('ll-presenter > [slot="next"] .ll-room-prompts > li')).toHaveCount(2);
  // The trainer sees the right answer before revealing it, the feedback with the room; the step is marked as still to come.
  const current = presenter.locator('ll-presenter > [slot="current"]');
  await expect(current.locator('.ll-room-option--right .ll-room-option__mark')).toBeVisible();
  await expect(current.getByText('Ja, volgens de Grondwet.')).toBeHidden();
  await expect(presenter.locator('ll-presenter').getByText('Stap 0 van 1')).toBeVisible();
  await presenter.keyboard.press('ArrowRight');
  await expect(current.getByText('Ja, volgens de Grondwet.')).toBeVisible();
  await presenter.keyboard.press('ArrowLeft');
  // Trainer notes of an exercise slide stay out of the audience deck.
  await expect(presenter.locator('ll-presenter > [slot="notes"]')).toContainText('Laat de groep eerst stemmen');
  const html = await (await audience.request.get(deck(3))).text();
  expect(html).not.toContain('Laat de groep eerst stemmen');
});

test('the deck saves nothing of participants: no exercise scripts, no tracker, nothing stored', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(deck(3));
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    const source = await (await page.request.get(script)).text();
    expect(source, script).not.toMatch(
      /ll-kennischeck|ll-reflectie|ll-rollenspel|ll-schaalvraag|ll-voortgang|leerlijnTrackingReady|suspend_data/,
    );
  }
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(await page.evaluate(() => 'leerlijnTrackingReady' in window)).toBe(false);
});

/** Axe violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('no axe violations on slides with exercises, in the deck and the presenter view', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(deck(3));
  await page.keyboard.press('ArrowRight');
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(deck(5));
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`${origin}/english/session-1/slides/#1`);
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`${origin}/demo/bijeenkomst-1/slides/presenter/#6`);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 960, height: 540 } });

  test('a tap on the right part goes on, on the left part back; buttons in the slide keep their taps', async ({
    page,
  }) => {
    await page.goto(deck(1));
    await page.touchscreen.tap(800, 270);
    await expect(page).toHaveURL(/#2$/);
    await page.touchscreen.tap(700, 270);
    await expect(current(page).locator('[data-ll-step]').first()).toBeVisible();
    await page.touchscreen.tap(100, 270);
    await expect(current(page).locator('[data-ll-step]').first()).toBeHidden();
    await page.touchscreen.tap(100, 270);
    await expect(page).toHaveURL(/#1$/);

    // A control inside the slide (as an exercise or a link would be) keeps its tap.
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Probeer';
      button.addEventListener('click', () => (button.textContent = 'Geklikt'));
      // On the right part, where a tap would otherwise go to the next slide.
      button.style.marginLeft = '70%';
      document.querySelector('ll-deck > [data-current] .ll-deck-slide__inner')!.append(button);
    });
    const button = page.getByRole('button', { name: 'Probeer' });
    const box = (await button.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByRole('button', { name: 'Geklikt' })).toBeVisible();
    await expect(page).toHaveURL(/#1$/);

    // In the overview a tap picks a slide and does not also move the deck.
    await page.keyboard.press('o');
    await page.locator('ll-deck > .ll-overview').getByRole('button', { name: '3. Samen checken' }).tap();
    await expect(page).toHaveURL(/#3$/);
  });
});
