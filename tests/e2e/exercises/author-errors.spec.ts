import { expect, test, type Page } from '../exercise-loading';
import { builtPages } from '../built-pages';
import { serveFixture } from '../fixture-server';
import { openGallery } from './keyboard';

/**
 * Exercises written by hand, as in an LMS page edited without the build: each has a mistake the
 * course checker would have caught. Mounted into the gallery, where every element is defined.
 */
const BROKEN = `
<ll-kennischeck data-test="no-id">
  <div data-ll-question="v1">Wat komt eerst?<div data-ll-option="a" data-correct>Het gesprek</div></div>
</ll-kennischeck>
<ll-rollenspel id="kapot-gesprek" data-test="dangling">
  <div data-ll-turn="begin">Wie komt er?<div data-ll-reply data-next="nergens">Wat wilt u zelf?</div>
    <div data-ll-reply data-next="einde">Ik regel het.</div></div>
  <div data-ll-ending="einde">U nam het over.</div>
</ll-rollenspel>
<ll-schaalvraag id="voorbeeld-kennischeck" data-test="twice">Hoe gaat het?</ll-schaalvraag>`;

test('an exercise with broken markup shows what is wrong in its place and warns in the console with a code', async ({
  page,
}) => {
  await openGallery(page);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.evaluate((markup) => {
    const box = document.createElement('div');
    box.innerHTML = markup;
    document.querySelector('main')!.append(box);
  }, BROKEN);

  const noId = page.locator('[data-test="no-id"]');
  await expect(noId.getByText('Deze oefening kan niet worden getoond')).toBeVisible();
  await expect(noId.getByText('LL-E001 missing-id')).toBeVisible();
  await expect(noId.getByText('LL-E007 too-few-options')).toBeVisible();
  // Nothing of the exercise itself: no half-working question.
  await expect(noId.getByRole('radio')).toHaveCount(0);
  await expect(noId.getByRole('button')).toHaveCount(0);

  const dangling = page.locator('[data-test="dangling"]');
  await expect(dangling.getByText('LL-E011 missing-target')).toBeVisible();
  await expect(dangling.getByText('(begin → nergens)')).toBeVisible();
  await expect(dangling.getByRole('button')).toHaveCount(0);

  const twice = page.locator('[data-test="twice"]');
  await expect(twice.getByText('LL-E003 duplicate-id')).toBeVisible();
  await expect(twice.getByRole('radio')).toHaveCount(0);
  // The gallery's own exercise with that id keeps working.
  await expect(page.locator('ll-kennischeck#voorbeeld-kennischeck').getByRole('radio').first()).toBeVisible();

  await expect.poll(() => warnings.length).toBeGreaterThanOrEqual(4);
  expect(warnings).toEqual(
    expect.arrayContaining([
      'LL-E001 missing-id: <ll-kennischeck>: give the exercise an id, such as id="wmo-basis" JSHandle@node',
      expect.stringMatching(/^LL-E007 too-few-options: <ll-kennischeck> at "v1": /),
      expect.stringMatching(
        /^LL-E011 missing-target: <ll-rollenspel id="kapot-gesprek"> at "begin → nergens": let next name/,
      ),
      expect.stringMatching(/^LL-E003 duplicate-id: <ll-schaalvraag id="voorbeeld-kennischeck">/),
    ]),
  );
});

/** Every page of a built site, served from `dist` at a local origin, and the LL-E warnings it logs. */
async function authorWarnings(page: Page, pages: string[], base: string): Promise<string[]> {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('LL-E'))
      warnings.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of pages) {
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-ll-exercise]').getByText('Deze oefening kan niet worden getoond')).toHaveCount(0);
  }
  return warnings;
}

test('no exercise on any built page reports an author error: what passes the build also passes in the browser', async ({
  page,
}) => {
  expect(await authorWarnings(page, builtPages(), './')).toEqual([]);

  // The fixture course has exercises on its study page, deck, presenter view and trainer guide.
  const { dist, origin: host, close } = await serveFixture();
  try {
    const origin = `${host}/`;
    const pages = builtPages(dist).filter((p) => p.startsWith('demo/'));
    expect(pages).toContain('demo/bijeenkomst-1/slides/presenter/');
    expect(await authorWarnings(page, pages, origin)).toEqual([]);
  } finally {
    await close();
  }
});
