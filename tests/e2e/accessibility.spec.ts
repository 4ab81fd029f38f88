import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './exercise-loading';
import { builtPages } from './built-pages';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

// axe over a page full of exercises (the gallery) takes longer than the default on a busy machine.
test.describe.configure({ timeout: 120_000 });

for (const path of builtPages()) {
  test(`no axe violations on /${path}`, async ({ page }) => {
    await page.goto(path || './');
    const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
  });
}

test('every page has one h1, a main landmark, a lang and no skipped heading levels', async ({ page }) => {
  for (const path of builtPages()) {
    await page.goto(path || './');
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(page.locator('main#inhoud'), path).toHaveCount(1);
    expect(await page.locator('html').getAttribute('lang'), path).toMatch(/^(nl|en)$/);
    const levels = await page
      .locator('main h1, main h2, main h3, main h4, main h5, main h6')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach((level, i) => {
      if (i > 0)
        expect(level - levels[i - 1]!, `${path}: heading h${level} after h${levels[i - 1]}`).toBeLessThanOrEqual(1);
    });
  }
});

test('keyboard focus is visible on links', async ({ page }) => {
  await page.goto('zelfregie/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
