import { expect, test } from './exercise-loading';

test('a participant goes from the catalogue to a bijeenkomst, on to the next, and back', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cursussen');

  await page.getByRole('link', { name: /Krachten bundelen en benutten/ }).click();
  await expect(page).toHaveURL(/\/zelfregie\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Krachten bundelen en benutten');
  await expect(page.getByRole('heading', { name: '2 dagdelen van 4 uur' })).toBeVisible();

  await page.getByRole('link', { name: /Bijeenkomst 1: De Wmo en de professional/ }).click();
  await expect(page).toHaveURL(/\/zelfregie\/bijeenkomst-1\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('De Wmo en de professional');
  await expect(page.getByText('Bijeenkomst 1 van 4')).toBeVisible();
  const steps = page.getByRole('navigation', { name: 'Bijeenkomsten van deze cursus' });
  await expect(steps.locator('[aria-current="page"]')).toHaveText(/De Wmo en de professional/);

  await page.getByRole('link', { name: /Volgende/ }).click();
  await expect(page).toHaveURL(/\/zelfregie\/bijeenkomst-2\/$/);
  await expect(steps.locator('[aria-current="page"]')).toHaveText(/Empowerment/);
  await expect(page.getByRole('link', { name: /Vorige/ })).toHaveAttribute('href', '../bijeenkomst-1/');

  await page.goBack();
  await expect(page).toHaveURL(/\/zelfregie\/bijeenkomst-1\/$/);
  await page.getByRole('navigation', { name: 'U bent hier' }).getByRole('link', { name: 'Zelfregie' }).click();
  await expect(page).toHaveURL(/\/zelfregie\/$/);
});

test('the table of contents jumps to each section of the page', async ({ page }) => {
  await page.goto('zelfregie/bijeenkomst-1/');
  const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
  const links = toc.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    const href = await links.nth(i).getAttribute('href');
    expect(href).toMatch(/^#/);
    await expect(page.locator(`[id="${href!.slice(1)}"]`)).toHaveCount(1);
  }
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('zelfregie/bijeenkomst-1/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('trainer notes never reach participants', async ({ page }) => {
  const response = await page.goto('zelfregie/bijeenkomst-1/');
  const html = (await response?.text()) ?? '';
  expect(html).not.toContain('Heet iedereen welkom');
});

test('a printed bijeenkomst shows the text without menus, sidebars or buttons', async ({ page }) => {
  await page.goto('zelfregie/bijeenkomst-1/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.ll-header', '.ll-breadcrumbs', '.ll-aside', '.ll-pager', '.ll-footer']) {
    await expect(page.locator(selector), selector).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.ll-agenda')).toBeVisible();
});
