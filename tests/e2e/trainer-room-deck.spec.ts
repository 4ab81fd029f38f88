import { expect, test, type Page } from './exercise-loading';

/**
 * Giving a bijeenkomst from Leerlijn alone: the exercises reach the projector one question a slide,
 * the presenter view fits one laptop screen, and the audience deck shows number, progress and when
 * a break ends. Runs on the real course (zelfregie, bijeenkomst 1).
 */
const DECK = 'zelfregie/bijeenkomst-1/slides/';
const PRESENTER = 'zelfregie/bijeenkomst-1/slides/presenter/';

const current = (page: Page) => page.locator('ll-deck > [data-current]');
const titles = (page: Page, host: 'll-deck' | 'll-presenter') =>
  page
    .locator(`${host} > [data-ll-deck-slide]`)
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.title ?? ''));
const inViewport = (page: Page, selector: string) =>
  page.locator('ll-presenter').evaluate((host, selector) => {
    const el = host.shadowRoot!.querySelector(selector)!;
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
  }, selector);

test('a six-question Kennischeck is six question slides; each reveals its answer and feedback on the next key', async ({
  page,
}) => {
  await page.goto(DECK);
  const all = await titles(page, 'll-deck');
  const questions = all.filter((title) => /^Kennisvragen Wmo \(\d\/6\)$/.test(title));
  expect(questions).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Kennisvragen Wmo (${n}/6)`));
  // The slide the notes belong to comes first, then the questions, in order, and the deep links follow.
  const first = all.indexOf('Kennisvragen Wmo (1/6)') + 1;
  expect(all[first - 2]).toBe('Kennisvragen Wmo');
  await page.goto(`${DECK}#${first + 1}`);
  const slide = current(page);
  await expect(slide.locator('.ll-room__label')).toHaveText('Kennischeck: Kennisvragen over de Wmo · vraag 2 van 6');
  await expect(slide.locator('.ll-room-question')).toHaveCount(1);
  await expect(slide.locator('.ll-room-options > li')).toHaveCount(5);
  // Everything on the question slide fits the 16:9 canvas: nothing is cut off at the bottom.
  const fits = await slide.evaluate((el) => {
    const bottom = el.getBoundingClientRect().bottom;
    return [...el.querySelectorAll('.ll-room-options > li')].every((li) => li.getBoundingClientRect().bottom <= bottom);
  });
  expect(fits).toBe(true);
  const feedback = slide.getByText('Klopt. De Jeugdwet hoort bij de drie decentralisaties.');
  await expect(feedback).toBeHidden();
  await expect(slide.locator('.ll-room-option__mark').first()).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(slide.locator('.ll-room-reveal')).toContainText('Goed antwoord: A. Wmo 2015; B. Jeugdwet');
  await expect(feedback).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`#${first + 2}$`));
  await expect(current(page).locator('.ll-room__label')).toHaveText(
    'Kennischeck: Kennisvragen over de Wmo · vraag 3 van 6',
  );

  // Printed (the PDF export), every question slide is a page of its own with its answer.
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('ll-deck > [data-ll-deck-slide]');
  await expect(printed).toHaveCount(all.length);
  await expect(printed.nth(first - 1)).toBeVisible();
  await expect(printed.nth(first - 1).getByText('Juist. De Wmo wil dat iedereen kan meedoen')).toBeVisible();
});

test('the outline, the deck numbers and the guide count the slides the deck shows, question slides included', async ({
  page,
  request,
}) => {
  let split = 0;
  for (const course of ['zelfregie', 'vrijwilligers', 'leidinggeven-zelfregie']) {
    const outline = (await (await request.get(`${course}/outline.json`)).json()) as {
      bijeenkomsten: { slug: string; slides: { n: number; title: string }[] }[];
    };
    for (const { slug, slides } of outline.bijeenkomsten) {
      await page.goto(`${course}/${slug}/slides/`);
      const deck = await page
        .locator('ll-deck > [data-ll-deck-slide]')
        .evaluateAll((els) =>
          els.map((el) => ({ n: Number((el as HTMLElement).dataset.n), title: (el as HTMLElement).dataset.title })),
        );
      // One outline entry per slide of the deck, numbered 1, 2, 3… as the deck counts (and #N links).
      expect(
        slides.map(({ n, title }) => ({ n, title })),
        `${course}/${slug}`,
      ).toEqual(deck.map(({ title }, i) => ({ n: i + 1, title })));
      expect(deck.map((slide) => slide.n)).toEqual(deck.map((_, i) => i + 1));
      split += slides.filter((slide) => /\(\d+\/\d+\)$/.test(slide.title)).length;
    }
  }
  expect(split).toBeGreaterThan(0);

  // The guide names a split slide by the deck's numbers of its first and last part.
  await page.goto('zelfregie/bijeenkomst-1/slides/');
  const all = await titles(page, 'll-deck');
  const first = all.indexOf('Kennisvragen Wmo') + 1;
  await page.goto('zelfregie/gids/');
  const session = page.locator('.ll-guide-session').first();
  await expect(session.locator('.ll-guide-slide h4', { hasText: 'Kennisvragen Wmo' })).toHaveText(
    `Dia ${first}–${first + 6} Kennisvragen Wmo`,
  );
});

test('the presenter has the same slides, with the right answer marked before it is revealed', async ({ page }) => {
  await page.goto(DECK);
  const audience = await titles(page, 'll-deck');
  await page.goto(PRESENTER);
  expect(await titles(page, 'll-presenter')).toEqual(audience);
  const first = audience.indexOf('Kennisvragen Wmo (1/6)') + 1;
  await page.goto(`${PRESENTER}#${first}`);
  const slide = page.locator('ll-presenter > [slot="current"]');
  await expect(slide.locator('.ll-room-option--right .ll-room-option__mark')).toBeVisible();
  await expect(slide.locator('.ll-room-option--right')).toContainText('Meedoen');
  // The notes of the Kennischeck stay in view on every question.
  await expect(page.locator('ll-presenter > [slot="notes"]')).toContainText('Laat de deelnemers per vraag stemmen');
});

test('the group exercises the notes ask for are on the slides of every bijeenkomst', async ({ page }) => {
  const expected: Record<string, string[]> = {
    'zelfregie/bijeenkomst-1': ['Kennischeck: Kennisvragen over de Wmo', 'Rollenspel: Rollenspel: zorgen dat'],
    'zelfregie/bijeenkomst-2': ['Kennischeck: Kennisvragen over empowerment en zelfredzaamheid'],
    'zelfregie/bijeenkomst-3': [
      'Kennischeck: Herken de oplossingsgerichte vraag',
      'Schaalvraag: De schaalvraag: zelf ervaren',
      'Kennischeck: Welke reactie is reflecteren?',
      'Kennischeck: Verandertaal of behoudtaal?',
      'Rollenspel: Rollenspel: in gesprek met meneer De Vries',
    ],
    'zelfregie/bijeenkomst-4': ['Schaalvraag: Hoe zeker bent u?'],
    'vrijwilligers/bijeenkomst-1': ['Kennischeck: Kennisvragen over de Wmo, de kanteling en informele zorg'],
    'vrijwilligers/bijeenkomst-2': ['Kennischeck: Wat doet u in deze situatie?'],
  };
  for (const [bijeenkomst, labels] of Object.entries(expected)) {
    await page.goto(`${bijeenkomst}/slides/`);
    const shown = await page.locator('ll-deck .ll-room__label').allTextContents();
    for (const label of labels)
      expect(
        shown.some((text) => text.trim().startsWith(label)),
        `${bijeenkomst}: ${label}`,
      ).toBe(true);
    // Still interactive, once, on the self-study page.
    await page.goto(`${bijeenkomst}/`);
    expect(await page.locator('ll-kennischeck, ll-rollenspel, ll-schaalvraag').count()).toBeGreaterThanOrEqual(
      labels.length,
    );
  }
});

for (const [width, height] of [
  [1366, 768],
  [1280, 720],
] as const) {
  test(`at ${width}×${height} the presenter view is one screen: slides, notes, timer and agenda in view, no page scroll`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    for (const n of [1, 9, 10]) {
      await page.goto(`${PRESENTER}#${n}`);
      await expect(page.locator('ll-presenter > [slot="current"]')).toHaveCount(1);
      const scroll = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      expect(scroll, `slide ${n}`).toBeLessThanOrEqual(0);
      for (const part of ['.current .stage', '.next', '.notes-scroll', '[role="timer"]', '.pace', '.status'])
        expect(await inViewport(page, part), `${part} on slide ${n}`).toBe(true);
      const slide = await page.locator('ll-presenter > [slot="current"]').boundingBox();
      expect(slide!.y + slide!.height).toBeLessThanOrEqual(height);
      // The current slide is the largest thing on the screen.
      expect(slide!.width).toBeGreaterThan(width * 0.5);
    }
  });
}

test('the notes scroll in their own pane, by ↑/↓ and when focused, while PageDown still moves the slide', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${PRESENTER}#9`);
  const pane = page.locator('ll-presenter').locator('.notes-scroll');
  const larger = page.getByRole('button', { name: 'Notities groter' });
  // Large notes do not fit: the pane scrolls, the page does not.
  while (await larger.isEnabled()) await larger.click();
  const size = await page
    .locator('ll-presenter > [slot="notes"]')
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
  expect(await pane.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(0);
  const top = () => pane.evaluate((el) => el.scrollTop);
  await page.keyboard.press('ArrowDown');
  await expect.poll(top).toBeGreaterThan(0);
  await expect(page).toHaveURL(/#9$/);
  await page.keyboard.press('ArrowUp');
  await expect.poll(top).toBe(0);
  // With the focus in the pane, the arrows scroll it natively.
  await pane.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(top).toBeGreaterThan(0);
  await expect(page).toHaveURL(/#9$/);
  // The clicker's key moves the slide whatever has the focus.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#10$/);
  // The size is kept for the next time.
  await page.reload();
  expect(
    await page
      .locator('ll-presenter > [slot="notes"]')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
  ).toBe(size);
  await page.getByRole('button', { name: 'Notities kleiner' }).click();
  expect(
    await page
      .locator('ll-presenter > [slot="notes"]')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
  ).toBeLessThan(size);
});

test('before the timer runs the presenter says so, not that the trainer is ahead', async ({ page }) => {
  await page.clock.install();
  await page.goto(`${PRESENTER}#9`);
  const status = page.locator('ll-presenter .status');
  await expect(status).toHaveText('Timer loopt nog niet');
  await expect(page.locator('ll-presenter .pace')).toContainText('Kennisvragen Wmo · 12 min.');
  await expect(page.locator('ll-presenter .pace')).toContainText('Gepland van 30 tot 42 min.');
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(status).toHaveAttribute('data-status', 'ahead');
  await expect(status).toHaveText(/min\. voor op schema/);
  await page.clock.runFor(31 * 60_000);
  await expect(status).toHaveText('Op schema');
  await expect(page.locator('ll-presenter .pace')).toContainText('Verstreken: 31 min.');
});

test('the overview shows thumbnails of the slides grouped by agenda block; Enter jumps there', async ({ page }) => {
  await page.goto(`${PRESENTER}#2`);
  await page.keyboard.press('o');
  const overview = page.locator('ll-presenter > .ll-overview');
  await expect(overview.locator('h3')).toContainText([
    'Welkom en kennismaking · 10 min.',
    'Kennisvragen Wmo · 12 min.',
  ]);
  const thumbs = overview.locator('.ll-overview__thumb > .ll-deck-slide');
  expect(await thumbs.count()).toBe((await titles(page, 'll-presenter')).length);
  await expect(thumbs.nth(0).locator('h2')).toHaveText('Welkom');
  // Copies carry no ids of their own, so the page has no duplicates.
  expect(await overview.locator('[id]').count()).toBe(0);
  await expect(overview.getByRole('button', { name: /^2\. / })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#4$/);
  await expect(overview).toHaveCount(0);
});

test('the audience sees slide number and progress, which the trainer turns off from the presenter', async ({
  context,
}) => {
  const audience = await context.newPage();
  await audience.goto(`${DECK}#3`);
  const slide = current(audience);
  const total = (await titles(audience, 'll-deck')).length;
  await expect(slide).toHaveAttribute('data-position', `3 / ${total}`);
  const number = () => slide.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(await number()).toBe(`"3 / ${total}"`);
  const presenter = await context.newPage();
  await presenter.goto(PRESENTER);
  await presenter.getByRole('button', { name: 'Dianummers' }).click();
  await expect(presenter.getByRole('button', { name: 'Dianummers' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(number).toBe('none');
});

test('a pauze slide says when the group starts again, and the trainer can change it', async ({ context }) => {
  const start = new Date(2026, 11, 2, 14, 25, 0);
  const audience = await context.newPage();
  await audience.clock.install({ time: start });
  await audience.goto(DECK);
  const all = await titles(audience, 'll-deck');
  const pauze = all.indexOf('Pauze') + 1;
  const presenter = await context.newPage();
  await presenter.clock.install({ time: start });
  await presenter.goto(PRESENTER);
  // The presenter joins the audience window at its slide; then the trainer goes to the slide before the break.
  await expect(presenter).toHaveURL(/#1$/);
  await presenter.keyboard.type(String(pauze - 1));
  await presenter.keyboard.press('Enter');
  await expect(presenter).toHaveURL(new RegExp(`#${pauze - 1}$`));
  await presenter.keyboard.press('PageDown');
  await expect(presenter).toHaveURL(new RegExp(`#${pauze}$`));
  // The Pauze block is 10 minutes.
  await expect(current(audience).locator('.ll-deck-resume')).toHaveText('We gaan verder om 14:35');
  await expect(presenter.locator('ll-presenter .resume')).toContainText('Verder om 14:35');
  await presenter.getByRole('button', { name: 'Pauze 5 min. langer' }).click();
  await expect(current(audience).locator('.ll-deck-resume')).toHaveText('We gaan verder om 14:40');
  // Going back and forth keeps the time once set.
  await presenter.keyboard.press('ArrowLeft');
  await presenter.keyboard.press('ArrowRight');
  await expect(current(audience).locator('.ll-deck-resume')).toHaveText('We gaan verder om 14:40');
});
