import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './exercise-loading';
import { budgetFor } from '../../src/lib/budgets';

const DECK = 'zelfregie/bijeenkomst-1/slides/';
const PRESENTER = 'zelfregie/bijeenkomst-1/slides/presenter/';

/** The title of the slide the audience sees. */
const audienceSlide = (page: Page) => page.locator('ll-deck > [data-current] h2');
/** The title of the slide in the presenter's "current" pane. */
const presenterSlide = (page: Page) => page.locator('ll-presenter > [slot="current"] h2');

test('the presenter advances and the audience window follows, steps, jumps and blackout included', async ({
  context,
}) => {
  const presenter = await context.newPage();
  await presenter.goto(PRESENTER);
  const audience = await context.newPage();
  await audience.goto(DECK);
  await expect(audienceSlide(audience)).toHaveCount(1);

  const titles = await presenter
    .locator('ll-presenter > [data-ll-deck-slide]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.title));
  expect(titles.length).toBeGreaterThan(1);

  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await expect(presenterSlide(presenter)).toHaveText(titles[1]!);
  await expect(audienceSlide(audience)).toHaveText(titles[1]!);
  await expect(audience).toHaveURL(/#2$/);

  await presenter.getByRole('button', { name: 'Vorige', exact: true }).click();
  await expect(audienceSlide(audience)).toHaveText(titles[0]!);

  // A number and Enter jump; End goes to the last slide.
  await presenter.keyboard.press('2');
  await presenter.keyboard.press('Enter');
  await expect(audienceSlide(audience)).toHaveText(titles[1]!);
  await presenter.keyboard.press('End');
  await expect(audienceSlide(audience)).toHaveText(titles.at(-1)!);
  await presenter.keyboard.press('Home');
  await expect(audienceSlide(audience)).toHaveText(titles[0]!);

  // O opens the overview with the focus on the current slide; picking one there moves the audience too.
  await presenter.keyboard.press('o');
  const list = presenter.locator('ll-presenter > .ll-overview');
  await expect(list.getByRole('button', { name: `1. ${titles[0]}` })).toBeFocused();
  await list.getByRole('button', { name: `2. ${titles[1]}` }).click();
  await expect(list).toHaveCount(0);
  await expect(audienceSlide(audience)).toHaveText(titles[1]!);
  await presenter.keyboard.press('Home');

  // Blackout from the clicker key, and back.
  const black = audience.locator('ll-deck').locator('.black');
  await expect(black).toBeHidden();
  await presenter.keyboard.press('b');
  await expect(black).toBeVisible();
  await expect(audience.locator('ll-deck [role="status"]')).toHaveText('Het scherm is zwart');
  await expect(presenter.getByRole('button', { name: 'Zwart scherm' })).toHaveAttribute('aria-pressed', 'true');
  await presenter.keyboard.press('.');
  await expect(black).toBeHidden();

  // The audience window takes keys too (a clicker plugged into the projector laptop), and the presenter follows.
  await audience.bringToFront();
  await audience.keyboard.press('PageDown');
  await expect(presenterSlide(presenter)).toHaveText(titles[1]!);
  await expect(audience.locator('ll-deck [role="status"]')).toHaveText(new RegExp(`^Dia 2 van ${titles.length}: `));
});

test("an audience window opened late jumps to the presenter's slide", async ({ context }) => {
  const presenter = await context.newPage();
  await presenter.goto(PRESENTER);
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter).toHaveURL(/#2$/);

  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    presenter.getByRole('button', { name: 'Open het publieksscherm' }).click(),
  ]);
  await audience.waitForLoadState();
  const title = await presenterSlide(presenter).textContent();
  await expect(audienceSlide(audience)).toHaveText(title!);

  // Another late window, opened by hand at slide 1, is also brought in step.
  const late = await context.newPage();
  await late.goto(`${DECK}#1`);
  await expect(audienceSlide(late)).toHaveText(title!);
  await expect(late).toHaveURL(/#2$/);
});

test('late windows take over the shared state: slide, black screen and timer, whichever window came first', async ({
  context,
}) => {
  // The audience window alone (the projector laptop), opened at slide 4 and not moved since.
  const audience = await context.newPage();
  await audience.goto(`${DECK}#4`);
  await expect(audienceSlide(audience)).toHaveCount(1);

  const presenter = await context.newPage();
  await presenter.goto(PRESENTER);
  const title = await audienceSlide(audience).textContent();
  await expect(presenterSlide(presenter)).toHaveText(title!);
  await expect(presenter).toHaveURL(/#4$/);
  // The newcomer did not reset the audience to slide 1.
  await expect(audience).toHaveURL(/#4$/);

  // From there on the presenter drives.
  await presenter.getByRole('button', { name: 'Start timer' }).click();
  await presenter.keyboard.press('5');
  await presenter.keyboard.press('Enter');
  await expect(audience).toHaveURL(/#5$/);
  await presenter.keyboard.press('b');
  await expect(audience.locator('ll-deck .black')).toBeVisible();

  // A reloaded audience window, even one loaded at slide 1, rejoins: same slide, still black.
  await audience.goto('about:blank');
  await audience.goto(`${DECK}#1`);
  await expect(audience).toHaveURL(/#5$/);
  await expect(audience.locator('ll-deck .black')).toBeVisible();

  // So does a reloaded presenter view, from the audience window: the timer still runs.
  await presenter.goto('about:blank');
  await presenter.goto(`${PRESENTER}#1`);
  await expect(presenter).toHaveURL(/#5$/);
  await expect(presenter.getByRole('button', { name: 'Pauzeer timer' })).toBeVisible();
  await expect(presenter.getByRole('button', { name: 'Zwart scherm' })).toHaveAttribute('aria-pressed', 'true');
  await expect(audience).toHaveURL(/#5$/);
});

test('the help overlay lists every key and closes with Escape', async ({ page }) => {
  await page.goto(DECK);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(dialog).toBeVisible();
  for (const label of [
    '→ / Spatie / PageDown',
    '← / PageUp',
    'Home',
    'End',
    '1 2 3 … Enter',
    'B / .',
    'O',
    'F',
    '?',
    'Esc',
  ]) {
    await expect(dialog.locator('kbd', { hasText: label }).first()).toBeVisible();
  }
  // Keys do not move the deck behind the dialog.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#1$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#2$/);
});

test('a deep link opens that slide, the overview picks one, and swipes move', async ({ page }) => {
  await page.goto(`${DECK}#2`);
  const titles = await page
    .locator('ll-deck > [data-ll-deck-slide]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.title));
  await expect(audienceSlide(page)).toHaveText(titles[1]!);
  await page.keyboard.press('o');
  const overview = page.locator('ll-deck .overview');
  await expect(overview).toBeVisible();
  await page
    .locator('ll-deck > .ll-overview')
    .getByRole('button', { name: `1. ${titles[0]}` })
    .click();
  await expect(overview).toBeHidden();
  await expect(audienceSlide(page)).toHaveText(titles[0]!);
  await page.locator('ll-deck').dispatchEvent('pointerdown', { pointerType: 'touch', clientX: 600 });
  await page.locator('ll-deck').dispatchEvent('pointerup', { pointerType: 'touch', clientX: 300 });
  await expect(audienceSlide(page)).toHaveText(titles[1]!);
});

test('keys typed into a field are not deck commands', async ({ page }) => {
  await page.goto(PRESENTER);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'test');
    document.querySelector('main')!.prepend(input);
  });
  await page.getByLabel('test').fill('b 2');
  await page.getByLabel('test').press('ArrowRight');
  await page.getByLabel('test').press('Enter');
  await expect(page).toHaveURL(/#1$/);
  await expect(page.getByRole('button', { name: 'Zwart scherm' })).toHaveAttribute('aria-pressed', 'false');
});

test('trainer notes are in the presenter view and the guide, never in the audience deck', async ({ page }) => {
  for (const path of ['zelfregie/bijeenkomst-1/', 'vrijwilligers/bijeenkomst-1/']) {
    const presenter = await (await page.request.get(`${path}slides/presenter/`)).text();
    const notes = [...presenter.matchAll(/data-ll-notes-for="\d+">([\s\S]*?)<\/div>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, '').trim(),
    );
    expect(notes.length, path).toBeGreaterThan(0);
    const deck = await (await page.request.get(`${path}slides/`)).text();
    const selfStudy = await (await page.request.get(path)).text();
    for (const note of notes) {
      const sample = note.slice(0, 40);
      expect(deck, path).not.toContain(sample);
      expect(selfStudy, path).not.toContain(sample);
    }
    expect(deck).not.toContain('data-ll-notes');
  }
});

test('the presenter shows notes, the agenda block and a timer that runs, pauses and resets', async ({ page }) => {
  await page.clock.install();
  await page.goto(PRESENTER);
  await expect(page.locator('ll-presenter > [slot="notes"]')).toContainText('Heet iedereen welkom');
  const timer = page.locator('ll-presenter').getByRole('timer');
  await expect(timer).toHaveText('0:00');
  await page.getByRole('button', { name: 'Start timer' }).click();
  await page.clock.runFor(125_000);
  await expect(timer).toHaveText('2:05');
  await expect(page.locator('ll-presenter .status')).toHaveText('Op schema');
  await page.clock.runFor(12 * 60_000);
  // Still on the welcome slide well after its 10 minutes: behind.
  await expect(page.locator('ll-presenter .status')).toHaveAttribute('data-status', 'behind');
  await page.getByRole('button', { name: 'Pauzeer timer' }).click();
  const paused = await timer.textContent();
  await page.clock.runFor(60_000);
  await expect(timer).toHaveText(paused!);
  await page.getByRole('button', { name: 'Zet timer op nul' }).click();
  await expect(timer).toHaveText('0:00');
});

test('deck and presenter keep working with the network gone', async ({ context }) => {
  const presenter = await context.newPage();
  await presenter.goto(PRESENTER);
  const audience = await context.newPage();
  await audience.goto(DECK);
  await expect(audienceSlide(audience)).toHaveCount(1);
  await context.setOffline(true);
  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await expect(audience).toHaveURL(/#2$/);
  await presenter.keyboard.press('b');
  await expect(audience.locator('ll-deck .black')).toBeVisible();
  await context.setOffline(false);
});

test('the audience deck loads at most 40 KB of JavaScript, gzipped', async ({ page }) => {
  const scripts: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
  });
  await page.goto(DECK);
  await expect(audienceSlide(page)).toHaveCount(1);
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(scripts);
  expect(sizes.length).toBeGreaterThan(0);
  const total = sizes.reduce((sum, n) => sum + n, 0);
  test
    .info()
    .annotations.push({ type: 'deck JavaScript (gzip)', description: `${total} bytes in ${sizes.length} files` });
  console.log(`audience deck JavaScript: ${total} bytes gzipped in ${sizes.length} files`);
  expect(total).toBeLessThanOrEqual(budgetFor('deck', 'standalone')!.maxJs);
});

/** Axe violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('no axe violations in the deck with the overview or the help open', async ({ page }) => {
  // Two full scans; a busy machine needs more than the default time, which says nothing about the page.
  test.setTimeout(90_000);
  await page.goto(`${DECK}#2`);
  await page.keyboard.press('o');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.locator('[role="application"]').count()).toBe(0);
});

test('no axe violations in the presenter view with the black screen and the help on', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${PRESENTER}#2`);
  await page.keyboard.press('b');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Sneltoetsen' }).click();
  await expect(page.getByRole('dialog', { name: 'Sneltoetsen' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.locator('[role="application"]').count()).toBe(0);
});

test('slide changes do not animate when the user asks for reduced motion', async ({ browser }) => {
  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(DECK);
    await page.keyboard.press('ArrowRight');
    const animation = await page
      .locator('ll-deck > [data-current]')
      .evaluate((el) => getComputedStyle(el).animationName);
    expect(animation, reducedMotion).toBe(reducedMotion === 'reduce' ? 'none' : 'll-deck-fade');
    await context.close();
  }
});

test('trainers find the deck, the presenter view and the guide from the course and bijeenkomst pages', async ({
  page,
}) => {
  await page.goto('zelfregie/');
  const trainers = page.getByRole('region', { name: 'Voor trainers' });
  await expect(trainers.getByRole('link', { name: 'Trainershandleiding (afdrukbaar)' })).toHaveAttribute(
    'href',
    'gids/',
  );
  await expect(trainers.getByRole('link', { name: "Dia's voor het publiek" }).first()).toHaveAttribute(
    'href',
    'bijeenkomst-1/slides/',
  );
  await page.goto('zelfregie/bijeenkomst-2/');
  const here = page.getByRole('region', { name: 'Voor trainers' });
  await expect(here.getByRole('link', { name: 'Presentatorweergave met notities en timer' })).toHaveAttribute(
    'href',
    'slides/presenter/',
  );
  await here.getByRole('link', { name: 'Trainershandleiding (afdrukbaar)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Bijeenkomst 2:/ })).toBeVisible();
  // The schedules of both variants (the front section also names each variant, as "Variant: …").
  await expect(page.getByRole('heading', { name: '4 bijeenkomsten van 2 uur', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '2 dagdelen van 4 uur', exact: true })).toBeVisible();
});
