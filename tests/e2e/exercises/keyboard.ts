import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab (or Shift+Tab) until `target` has focus: reaching a control the way a keyboard user does. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (
      await target.evaluate(
        (el) => el === (el.getRootNode() as Document | ShadowRoot).activeElement && el.matches(':focus'),
      )
    )
      return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** The gallery page, with progress from earlier tests cleared. */
export async function openGallery(page: Page, hash = ''): Promise<void> {
  await page.goto(`oefeningen/${hash}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
}

/** Records every `ll-complete` detail the page fires. */
export async function collectResults(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { llResults: unknown[]; llChanges: unknown[] };
    w.llResults = [];
    w.llChanges = [];
    document.addEventListener('ll-complete', (e) => w.llResults.push((e as CustomEvent).detail));
    document.addEventListener('ll-change', (e) => w.llChanges.push((e as CustomEvent).detail));
  });
}

/** Every `ll-change` detail since `collectResults`. */
export const changes = (page: Page) => page.evaluate(() => (window as unknown as { llChanges: unknown[] }).llChanges);

export const results = (page: Page) => page.evaluate(() => (window as unknown as { llResults: unknown[] }).llResults);
