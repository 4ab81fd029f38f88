import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './exercise-loading';
import { PDFDocument } from 'pdf-lib';
import { ROOT } from '../build/run-astro';
import { serveFixture } from './fixture-server';

/**
 * The fixture course (tests/fixtures/valid-courses), built by global-setup.ts, for what the real
 * courses do not show: a slide with steps. Its second slide has two steps, one block and one inline.
 */
test.describe.configure({ mode: 'serial' });

let dist = '';
let origin = '';
let close = () => {};

test.beforeAll(async () => {
  ({ dist, origin, close } = await serveFixture());
});

test.afterAll(() => close());

test('steps are revealed one by one in the deck and marked in the presenter view', async ({ context }) => {
  const presenter = await context.newPage();
  await presenter.goto(`${origin}/demo/bijeenkomst-1/slides/presenter/#2`);
  const audience = await context.newPage();
  await audience.goto(`${origin}/demo/bijeenkomst-1/slides/`);
  const steps = audience.locator('ll-deck > [data-current] [data-ll-step]');
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toBeHidden();
  await expect(steps.nth(1)).toBeHidden();
  await expect(presenter.locator('ll-presenter').getByText('Stap 0 van 2')).toBeVisible();

  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await expect(steps.nth(0)).toBeVisible();
  await expect(steps.nth(1)).toBeHidden();
  await presenter.keyboard.press(' ');
  await expect(steps.nth(1)).toBeVisible();
  await expect(presenter.locator('ll-presenter').getByText('Stap 2 van 2')).toBeVisible();
  await presenter.keyboard.press('PageUp');
  await expect(steps.nth(1)).toBeHidden();
  // The list-item step stays inside its list item.
  expect(await steps.nth(1).evaluate((el) => el.parentElement?.tagName)).toBe('LI');
});

test('the self-study page shows the steps as plain content', async ({ page }) => {
  await page.goto(`${origin}/demo/bijeenkomst-1/`);
  await expect(page.getByText('Eerste stap.')).toBeVisible();
  await expect(page.getByText('Tweede stap.')).toBeVisible();
  expect(await page.locator('[data-ll-step]').count()).toBe(0);
});

test('the trainer guide has goals, agenda, materials, slides with their notes and the delivery variant', async ({
  page,
}) => {
  await page.goto(`${origin}/demo/gids/`);
  const first = page.locator('.ll-guide-session').first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Bijeenkomst 1: Begin');
  await expect(first.getByRole('heading', { name: 'Leerdoelen' })).toBeVisible();
  await expect(first.locator('table.ll-agenda')).toContainText('Oefenen');
  await expect(first.getByRole('heading', { name: 'Materialen' })).toBeVisible();
  await expect(first.getByText('Flip-over en stiften')).toBeVisible();
  await expect(first.locator('.ll-guide-slide').first()).toContainText('Dia 1 Welkom');
  await expect(first.locator('.ll-guide-notes').first()).toContainText('Geheime trainersnotitie');
  await expect(page.locator('.ll-guide-session')).toHaveCount(2);
  const variant = page.locator('.ll-guide-variant');
  await expect(variant.getByRole('heading', { name: 'Alles in één dagdeel' })).toBeVisible();
  // Two bijeenkomsten in one dagdeel: the second starts where the first ends (60 minutes).
  const cells = await variant.locator('tbody tr').nth(2).locator('td').allTextContents();
  expect(cells.map((cell) => cell.replace(/\s+/g, ' ').trim())).toEqual(['1:00', '1:30', 'Bijeenkomst 2: Afronden']);
});

test('npm run export writes one PDF page per slide and an A4 trainer guide', async () => {
  test.setTimeout(120_000);
  const out = path.join(dist, 'pdf');
  rmSync(out, { recursive: true, force: true });
  execFileSync('npm', ['run', 'export', '--', '--dist', dist], { cwd: ROOT, stdio: 'pipe' });
  const outline = JSON.parse(readFileSync(path.join(dist, 'demo/outline.json'), 'utf8')) as {
    bijeenkomsten: { slug: string; slides: unknown[] }[];
  };
  expect(
    readdirSync(out)
      .filter((f) => f.startsWith('demo-'))
      .sort(),
  ).toEqual([
    'demo-bijeenkomst-1-materiaal.pdf',
    'demo-bijeenkomst-1-slides.pdf',
    'demo-bijeenkomst-2-slides.pdf',
    'demo-deelnemersmap.pdf',
    'demo-gids.pdf',
  ]);
  // The materials: a cover page with the list, then each of the three sheets on its own page.
  const materials = await PDFDocument.load(readFileSync(path.join(out, 'demo-bijeenkomst-1-materiaal.pdf')));
  expect(materials.getPageCount()).toBe(4);
  expect(readdirSync(out)).toContain('english-gids.pdf');
  for (const { slug, slides } of outline.bijeenkomsten) {
    const pdf = await PDFDocument.load(readFileSync(path.join(out, `demo-${slug}-slides.pdf`)));
    expect(pdf.getPageCount(), slug).toBe(slides.length);
    for (const page of pdf.getPages()) {
      const { width, height } = page.getSize();
      expect(width / height, slug).toBeCloseTo(16 / 9, 2);
    }
  }
  const guide = await PDFDocument.load(readFileSync(path.join(out, 'demo-gids.pdf')));
  // Each bijeenkomst starts on a page of its own.
  expect(guide.getPageCount()).toBeGreaterThanOrEqual(outline.bijeenkomsten.length);
  const { width, height } = guide.getPage(0).getSize();
  expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
});
