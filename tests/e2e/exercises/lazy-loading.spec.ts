/**
 * Exercise code loads when the page needs it (src/exercises/load-near-viewport.ts): near the
 * viewport, at a link into an exercise, when focus moves into one, and all of it for printing.
 */
import { expect, test, type Page } from '@playwright/test';
import { exercise, notUpgraded } from '../exercise-loading';

/** The element modules the page has fetched so far (`ll-reflectie`, …). */
function elementModules(page: Page): Set<string> {
  const seen = new Set<string>();
  page.on('request', (request) => {
    const tag = request.url().match(/\/(ll-[a-z]+)\.[^/]*\.js$/)?.[1];
    if (tag) seen.add(tag);
  });
  return seen;
}

const upgraded = (page: Page, selector: string) =>
  page.waitForFunction((s) => {
    const el = document.querySelector(s);
    return el !== null && customElements.get(el.localName) !== undefined && el.shadowRoot !== null;
  }, selector);

test('an exercise far down the page loads only when it comes near the viewport', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  const loaded = elementModules(page);
  await page.goto('zelfregie/bijeenkomst-2/');
  await expect(page.locator('html[data-ll-progress="loaded"]')).toBeAttached();
  await page.waitForLoadState('networkidle');
  // The Kennischeck is the page's last exercise, far below the first screen.
  expect(loaded.has('ll-kennischeck'), [...loaded].join()).toBe(false);
  expect(await notUpgraded(page)).toContain('ll-kennischeck');
  await page.locator('#begrippen-check').scrollIntoViewIfNeeded();
  await upgraded(page, '#begrippen-check');
  expect(loaded.has('ll-kennischeck')).toBe(true);
  await expect(page.locator('#begrippen-check').getByRole('radio').first()).toBeVisible();
});

test('opened at a link into an exercise: it loads at once and the page stays at it', async ({ page }) => {
  await page.goto('zelfregie/bijeenkomst-2/#begrippen-check');
  await upgraded(page, '#begrippen-check');
  const check = page.locator('#begrippen-check');
  await expect(check.getByRole('radio').first()).toBeVisible();
  await expect(check).toBeInViewport();
});

test('focus moving next to an exercise by keyboard loads it: Tab lands in its controls', async ({ page }) => {
  await page.goto('zelfregie/bijeenkomst-2/');
  await expect(page.locator('html[data-ll-progress="loaded"]')).toBeAttached();
  expect(await notUpgraded(page)).toContain('ll-kennischeck');
  // Tab from just before the exercise: the readable fallback's first focusable part, then the element.
  await page.evaluate(() => {
    const check = document.getElementById('begrippen-check')!;
    const before = document.createElement('button');
    before.textContent = 'voor';
    check.before(before);
    before.focus();
  });
  // Focus next to it loads it: the next Tab lands in its own controls.
  await upgraded(page, '#begrippen-check');
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('ll-kennischeck');
});

test('printing loads every exercise on the page', async ({ page }) => {
  await page.goto('zelfregie/bijeenkomst-2/');
  await expect(page.locator('html[data-ll-progress="loaded"]')).toBeAttached();
  expect((await notUpgraded(page)).length).toBeGreaterThan(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('html[data-ll-exercises="loaded"]')).toBeAttached();
  expect(await notUpgraded(page)).toEqual([]);
});

test('print emulation (as the PDF export does) loads every exercise too', async ({ page }) => {
  await page.goto('vrijwilligers/bijeenkomst-1/');
  await expect(page.locator('html[data-ll-progress="loaded"]')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('html[data-ll-exercises="loaded"]')).toBeAttached();
  expect(await notUpgraded(page)).toEqual([]);
});

test('the helper scrolls an exercise into view and waits for it', async ({ page }) => {
  await page.goto('vrijwilligers/bijeenkomst-1/');
  const plan = await exercise(page, '#stappenplan-vrijwilligers');
  await expect(plan.getByRole('textbox').first()).toBeVisible();
});
