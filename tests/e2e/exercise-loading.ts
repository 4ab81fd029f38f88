/**
 * Exercise code loads when the page needs it (src/exercises/load-near-viewport.ts). Specs about
 * what an exercise does import `test` from here: every page they open loads all its exercises at
 * once, as printing does, so a locator inside an element far down the page finds it upgraded.
 * Specs about the loading itself (lazy-loading, budgets) use `@playwright/test` and the helpers.
 */
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export * from '@playwright/test';

/** Every exercise element on a page. */
export const EXERCISE_ELEMENTS = '[data-ll-exercise], ll-voortgangsoverzicht';

/** Every page of the context (and every frame: an LMS's course frame too) loads all its exercises at once. */
export async function eagerExercises(context: BrowserContext): Promise<void> {
  // Module scripts run before DOMContentLoaded: the loader is there by then.
  await context.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => void window.leerlijnLoadExercises?.()),
  );
}

/** Once the page's exercises have all upgraded (at once if the page has no exercise loader). */
export async function exercisesUpgraded(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !window.leerlijnLoadExercises || document.documentElement.dataset.llExercises === 'loaded',
  );
}

export const test = base.extend({
  context: async ({ context }, use) => {
    await eagerExercises(context);
    await use(context);
  },
  // As before exercise code loaded on demand: a page opened (or reloaded) is a page with its exercises upgraded,
  // so nothing upgrades (and moves) under a test's measurements after it.
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (!options?.waitUntil || options.waitUntil === 'load') await exercisesUpgraded(page);
      return response;
    };
    const reload = page.reload.bind(page);
    page.reload = async (options) => {
      const response = await reload(options);
      if (!options?.waitUntil || options.waitUntil === 'load') await exercisesUpgraded(page);
      return response;
    };
    await use(page);
  },
});

/** The element, scrolled into view the way a reader would, once it has upgraded. */
export async function exercise(page: Page, selector: string): Promise<Locator> {
  const element = page.locator(selector).first();
  await element.scrollIntoViewIfNeeded();
  await expect(element).toHaveJSProperty('isConnected', true);
  await page.waitForFunction(
    (el) => el !== null && customElements.get(el.localName) !== undefined,
    await element.elementHandle(),
  );
  return element;
}

/** Loads every exercise on the page now and waits until each has upgraded. */
export async function loadAllExercises(page: Page): Promise<void> {
  await page.evaluate(() => window.leerlijnLoadExercises?.());
  await expect(page.locator('html[data-ll-exercises="loaded"]')).toBeAttached();
}

/** The exercise elements not upgraded yet (their code not loaded). */
export const notUpgraded = (page: Page) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)]
        .filter((el) => !customElements.get(el.localName))
        .map((el) => el.localName),
    EXERCISE_ELEMENTS,
  );
