import { expect, test, type Page } from '../exercise-loading';
import { openGallery } from './keyboard';
import { smallText } from './text-sizes';

/**
 * Phones (issue #14): no text below 12 px anywhere, SVG included, and no exercise, figure or
 * Programma table wider than the screen. The pages with every exercise and every figure.
 */
const PAGES = [
  'zelfregie/bijeenkomst-1/',
  'zelfregie/bijeenkomst-2/',
  'zelfregie/bijeenkomst-3/',
  'zelfregie/bijeenkomst-4/',
  'vrijwilligers/bijeenkomst-1/',
  'vrijwilligers/bijeenkomst-2/',
  'leidinggeven-zelfregie/bijeenkomst-1/',
];

/** Parts of the page (shadow roots included) that reach past the screen's right edge. */
function tooWide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot, inside: boolean) => {
      for (const el of root.querySelectorAll('*')) {
        const mine = inside || el.matches('[data-ll-exercise], .ll-agenda, .ll-figure');
        const box = el.getBoundingClientRect();
        if (mine && box.width > 0 && box.right > width + 0.5)
          found.push(`${el.localName}${el.id ? `#${el.id}` : ''} reaches ${Math.round(box.right)} px`);
        if (el.shadowRoot) visit(el.shadowRoot, mine);
      }
    };
    visit(document, false);
    return found.slice(0, 10);
  });
}

/** The gallery's exercises filled in, so their drawings and charts hold long names and bars. */
async function fillExercises(page: Page) {
  const circle = page.locator('ll-netwerkcirkel').first();
  for (const [name, ring] of [
    ['Mevrouw de Vries-van den Berg', 'Eigen netwerk'],
    ['Dochter Anna', 'Eigen netwerk'],
    ['Buurman Henk', 'Eigen netwerk'],
    ['Maatje van de Zonnebloem', 'Vrijwilligers'],
    ['Huisarts dokter Visser', 'Professionals'],
  ] as const) {
    await circle.getByLabel('Naam of rol', { exact: true }).fill(name);
    await circle.getByLabel('Ring', { exact: true }).selectOption({ label: ring });
    await circle.getByRole('button', { name: 'Toevoegen' }).click();
  }
  const scan = page.locator('ll-zelfredzaamheidscan').first();
  await scan.locator('select').nth(0).selectOption('4');
  await scan.locator('select').nth(1).selectOption('5');
  await page.locator('ll-schaalvraag').first().getByRole('radio').nth(7).check();
}

for (const width of [320, 390]) {
  test.describe(`on a ${width} px phone`, () => {
    test.use({ viewport: { width, height: 844 } });

    test('the exercises: text of 12 px or more, nothing wider than the screen, 0–10 on one line', async ({ page }) => {
      await openGallery(page);
      await fillExercises(page);
      expect(await smallText(page)).toEqual([]);
      expect(await tooWide(page)).toEqual([]);

      // The scale question's points share one row.
      const tops = await page
        .locator('ll-schaalvraag')
        .first()
        .locator('.point')
        .evaluateAll((points) => points.map((p) => Math.round(p.getBoundingClientRect().top)));
      expect(tops).toHaveLength(11);
      expect(new Set(tops).size).toBe(1);

      // Every option of the scan reads in full, and a domain's two answers line up.
      const scan = page.locator('ll-zelfredzaamheidscan').first();
      const cut = await scan.locator('select').evaluateAll((selects) =>
        selects.flatMap((s) => {
          const select = s as HTMLSelectElement;
          const probe = document.createElement('canvas').getContext('2d')!;
          const style = getComputedStyle(select);
          probe.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          // The room for text: the select's width less its padding, border and the arrow (about 24 px).
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
          return [...select.options].filter((o) => probe.measureText(o.text).width > room).map((o) => o.text);
        }),
      );
      expect(cut).toEqual([]);
      const lefts = await scan
        .locator('tbody tr')
        .first()
        .locator('select')
        .evaluateAll((s) =>
          s.map((el) => [Math.round(el.getBoundingClientRect().left), Math.round(el.getBoundingClientRect().width)]),
        );
      expect(lefts[0]).toEqual(lefts[1]);

      // The network circle: names inside the drawing, each on its own, the client's in the centre.
      const circle = page.locator('ll-netwerkcirkel').first();
      const boxes = await circle.locator('svg text').evaluateAll((texts) =>
        texts.map((t) => {
          const b = t.getBoundingClientRect();
          return { x: b.left, y: b.top, r: b.right, b: b.bottom, text: t.textContent };
        }),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(6);
      const svg = await circle.locator('svg').boundingBox();
      for (const box of boxes) {
        expect(box.x, box.text ?? '').toBeGreaterThanOrEqual(svg!.x - 0.5);
        expect(box.r, box.text ?? '').toBeLessThanOrEqual(svg!.x + svg!.width + 0.5);
      }
      // A long name is shortened in the drawing; the full name is in its tooltip and in the table.
      await expect(circle.locator('svg title', { hasText: 'Mevrouw de Vries-van den Berg' })).toHaveCount(1);
      await expect(circle.locator('table input').first()).toHaveValue('Mevrouw de Vries-van den Berg');
    });

    for (const path of PAGES) {
      test(`/${path}: no text below 12 px, figures and the Programma within the screen`, async ({ page }) => {
        await page.goto(path);
        await page.locator('details.ll-details > summary').first().click();
        await expect(page.locator('.ll-agenda')).toBeVisible();
        expect(await page.locator('figure.ll-figure svg[role="img"][aria-label]').count()).toBeGreaterThanOrEqual(2);
        expect(await smallText(page)).toEqual([]);
        expect(await tooWide(page)).toEqual([]);
      });
    }
  });
}
