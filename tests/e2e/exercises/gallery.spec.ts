import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../exercise-loading';
import { openGallery } from './keyboard';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Every gallery exercise finished, as a participant's saved progress. */
const completed = {
  v: 1,
  e: {
    'voorbeeld-kennischeck': { a: { wetten: ['wmo', 'awbz'], volgorde: ['gesprek'] } },
    'voorbeeld-reflectie': { t: { overnemen: 'Ik belde zelf.', anders: 'Eerst vragen.' }, d: 1 },
    'voorbeeld-rollenspel': { p: [1, 0] },
    'voorbeeld-schaalvraag': { s: 4, a: { waarom: 'Ik vraag door.', hoger: 'Minder overnemen.' }, d: 1 },
    'voorbeeld-netwerkcirkel': {
      p: [
        { n: 'Buurvrouw Ans', r: 1 },
        { n: 'Maatje', r: 2 },
        { n: 'Wijkteam', r: 3 },
      ],
      d: 1,
    },
    'voorbeeld-scan': {
      z: { huishouden: 2, geldzaken: 3, contacten: 1 },
      s: { huishouden: 4, geldzaken: 3, contacten: 3 },
    },
    'voorbeeld-stappenplan': { s: 5, t: { verkennen: 'Boodschappen.', afbakenen: 'Geen zorg.' } },
    'voorbeeld-gelezen': { r: 1 },
  },
};

// axe over every element of the gallery takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

async function axe(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the gallery has no axe violations with every exercise untouched', async ({ page }) => {
  await openGallery(page);
  await expect(page.locator('ll-voortgangsoverzicht').getByText('0 van 8 onderdelen afgerond')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('the gallery has no axe violations with every exercise completed (restored from saved progress)', async ({
  page,
}) => {
  await openGallery(page);
  await page.evaluate(
    (snapshot) => localStorage.setItem('leerlijn:oefeningen:progress', JSON.stringify(snapshot)),
    completed,
  );
  await page.reload();
  await expect(page.locator('ll-voortgangsoverzicht').getByText('8 van 8 onderdelen afgerond')).toBeVisible();
  await expect(page.locator('ll-kennischeck section').getByText('U hebt 1 van de 2 vragen goed.')).toBeVisible();
  await expect(page.locator('ll-rollenspel section').getByText('Einde: Mevrouw Jansen houdt de regie')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('every exercise fits a narrow container (a phone or a slide column) without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openGallery(page);
  await page.evaluate(
    (snapshot) => localStorage.setItem('leerlijn:oefeningen:progress', JSON.stringify(snapshot)),
    completed,
  );
  await page.reload();
  await expect(page.locator('ll-voortgangsoverzicht').getByText('8 van 8 onderdelen afgerond')).toBeVisible();
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('[data-ll-exercise], ll-voortgangsoverzicht')].flatMap((host) => {
      const section = host.shadowRoot?.querySelector('section, div');
      return section && section.scrollWidth > section.clientWidth + 1
        ? [`${host.localName}#${host.id}: ${section.scrollWidth} > ${section.clientWidth}`]
        : [];
    }),
  );
  expect(overflowing).toEqual([]);
  expect(await axe(page)).toEqual([]);
});

test('without JavaScript every exercise still shows its questions', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('oefeningen/');
  for (const text of [
    'Welke wetten gingen op 1 januari 2015 in?',
    'Wat zou u een volgende keer anders doen?',
    'Mijn hulp stopt volgende maand.',
    'Hoe goed lukt het u nu om de cliënt de regie te laten houden?',
    'Zet iedereen die mevrouw Jansen helpt',
    'Contact met anderen',
    'Waar vindt u de vrijwilliger',
  ]) {
    await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  }
  await expect(page.getByText('Deze oefening werkt met JavaScript.').first()).toBeVisible();
  await context.close();
});

test('each gallery entry shows the MDX that produced it', async ({ page }) => {
  await page.goto('oefeningen/');
  const entry = page.locator('.ll-gallery-entry', { has: page.locator('h2', { hasText: 'Schaalvraag' }) });
  await entry.locator('summary').click();
  await expect(entry.locator('pre code')).toContainText('<Schaalvraag id="voorbeeld-schaalvraag"');
});

test('the catalogue links to the gallery', async ({ page }) => {
  await page.goto('./');
  // Author affordances sit behind a secondary control, out of the participants' way.
  await page.locator('.ll-for-authors summary').click();
  await page.getByRole('link', { name: 'Alle oefenvormen voor auteurs' }).click();
  await expect(page.locator('h1')).toHaveText('Oefeningen');
});
