import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './exercise-loading';
import { tabTo } from './exercises/keyboard';

const DEFINITION = 'De cliënt bepaalt zelf de richting van zijn leven en van zijn hulp.';

test('a glossary term opens its definition in place, by keyboard, and closes with Escape', async ({ page }) => {
  await page.goto('zelfregie/bijeenkomst-1/');
  const term = page.getByRole('button', { name: 'zelfregie (uitleg)' }).first();
  const definition = page.getByRole('dialog', { name: 'zelfregie' }).first();
  await expect(definition).toBeHidden();

  await tabTo(page, term);
  await page.keyboard.press('Enter');
  await expect(definition).toBeVisible();
  await expect(definition).toContainText(DEFINITION);
  // Still on the lesson, and the definition is next in the tab order.
  await expect(page).toHaveURL(/zelfregie\/bijeenkomst-1\/$/);
  await page.keyboard.press('Tab');
  await expect(definition.getByRole('link', { name: 'Meer in de begrippenlijst' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(definition.getByRole('button', { name: 'Sluiten' })).toBeFocused();

  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await expect(term).toBeFocused();

  // The close button, then the full glossary from the definition.
  await page.keyboard.press('Enter');
  await expect(definition).toBeVisible();
  await definition.getByRole('button', { name: 'Sluiten' }).click();
  await expect(definition).toBeHidden();
  await term.click();
  await definition.getByRole('link', { name: 'Meer in de begrippenlijst' }).click();
  await expect(page).toHaveURL(/begrippen\/#zelfregie$/);
  await expect(page.locator('dt#zelfregie')).toBeInViewport();
});

test('on a phone the definition fits the screen, below its term', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('zelfregie/bijeenkomst-1/');
  const term = page.getByRole('button', { name: 'zelfregie (uitleg)' }).first();
  await term.click();
  const box = (await page.getByRole('dialog', { name: 'zelfregie' }).first().boundingBox())!;
  const anchor = (await term.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  expect(box.y).toBeGreaterThanOrEqual(anchor.y + anchor.height - 1);
});

test('the deck and the trainer guide keep glossary terms as plain links', async ({ page }) => {
  await page.goto('zelfregie/gids/');
  await expect(page.locator('main a[href$="begrippen/#zelfregie"]').first()).toBeAttached();
  await expect(page.locator('main [popover]')).toHaveCount(0);
});
