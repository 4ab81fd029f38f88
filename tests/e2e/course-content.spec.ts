import { readFileSync } from 'node:fs';
import { expect, test } from './exercise-loading';
import type { CourseOutline } from '../../src/lib/course-data';

/** What issue "write both courses in full" promises for every bijeenkomst, read from the built outlines. */
const MINIMUM = { words: 1200, slides: 12, goals: 3, maxGoals: 5, exercises: 3 };
/**
 * Per course: its size, and the exercise types the issue asks for; each must appear in the course
 * (zelfregie: knowledge checks, schaalvraag, rollenspel, netwerkcirkel, scan, reflections;
 * vrijwilligers: knowledge check, stappenplan, reflections, a role play of the hard conversations; the
 * managers' workshop: knowledge checks, a schaalvraag, a rollenspel, a stappenplan for the team, reflections).
 */
const EXPECTED = {
  zelfregie: {
    bijeenkomsten: 4,
    duration: 120,
    exerciseTypes: ['kennischeck', 'schaalvraag', 'rollenspel', 'netwerkcirkel', 'zelfredzaamheidscan', 'reflectie'],
  },
  vrijwilligers: {
    bijeenkomsten: 2,
    duration: 180,
    exerciseTypes: ['kennischeck', 'stappenplan', 'reflectie', 'rollenspel'],
  },
  // The managers' workshop: one dagdeel of 3,5 hours, pause included.
  'leidinggeven-zelfregie': {
    bijeenkomsten: 1,
    duration: 210,
    exerciseTypes: ['kennischeck', 'schaalvraag', 'rollenspel', 'stappenplan', 'reflectie'],
  },
};
/** A button that marks a section as read is not an exercise in the sense. */
const NOT_AN_EXERCISE = new Set(['voortgang']);

for (const [slug, expected] of Object.entries(EXPECTED)) {
  test(`every bijeenkomst of ${slug} is written in full`, () => {
    const outline = JSON.parse(readFileSync(`dist/${slug}/outline.json`, 'utf8')) as CourseOutline;
    expect(outline.bijeenkomsten).toHaveLength(expected.bijeenkomsten);
    for (const b of outline.bijeenkomsten) {
      const where = `${slug}/${b.slug}`;
      expect(b.duration, where).toBe(expected.duration);
      expect(
        b.agenda.reduce((sum, block) => sum + block.minutes, 0),
        `${where}: agenda adds up`,
      ).toBe(b.duration);
      expect(b.goals.length, `${where}: goals`).toBeGreaterThanOrEqual(MINIMUM.goals);
      expect(b.goals.length, `${where}: goals`).toBeLessThanOrEqual(MINIMUM.maxGoals);
      expect(b.words, `${where}: words of self-study text`).toBeGreaterThanOrEqual(MINIMUM.words);
      expect(b.slides.length, `${where}: slides`).toBeGreaterThanOrEqual(MINIMUM.slides);
      expect(
        b.slides.filter((s) => !s.hasNotes).map((s) => s.title),
        `${where}: slides without trainer notes`,
      ).toEqual([]);
      const blocks = new Set(b.slides.map((s) => s.block));
      const uncovered = b.agenda
        .filter((block) => block.kind !== 'pauze' && !blocks.has(block.id))
        .map((block) => block.title);
      expect(uncovered, `${where}: agenda blocks without a slide`).toEqual([]);
      expect(b.homework ?? b.preparation, `${where}: preparation or homework`).toBeTruthy();
      const exercises = b.exercises.filter((e) => !NOT_AN_EXERCISE.has(e.type)).map((e) => e.id);
      expect(exercises.length, `${where}: exercises (${exercises.join(', ')})`).toBeGreaterThanOrEqual(
        MINIMUM.exercises,
      );
    }
    const types = new Set(outline.bijeenkomsten.flatMap((b) => b.exercises.map((e) => e.type)));
    const missing = expected.exerciseTypes.filter((type) => !types.has(type));
    expect(missing, `${slug}: exercise types the issue asks for`).toEqual([]);
  });
}

test('the catalogue shows every course, each linking to its overview', async ({ page }) => {
  await page.goto('./');
  const cards = page.locator('main .ll-card-list > li');
  await expect(cards).toHaveCount(Object.keys(EXPECTED).length);
  for (const slug of Object.keys(EXPECTED)) {
    await expect(cards.locator(`h2 a[href="${slug}/"]`), slug).toHaveCount(1);
  }
  await expect(cards.filter({ hasText: 'Ruimte voor zelfregie' })).toContainText('1 bijeenkomst');
});

test('the glossary explains the key terms, and the text links to it', async ({ page }) => {
  await page.goto('begrippen/');
  for (const term of [
    'wmo',
    'zelfregie',
    'zelfredzaamheid',
    'samenredzaamheid',
    'empowerment',
    'mantelzorg',
    'informele-zorg',
    'keukentafelgesprek',
  ]) {
    await expect(page.locator(`dt[id="${term}"]`), term).toHaveCount(1);
  }
  await page.goto('zelfregie/bijeenkomst-1/');
  // A term opens its definition in place (glossary-popover.spec.ts); its link leads to the glossary.
  await page.getByRole('button', { name: 'zelfregie (uitleg)' }).first().click();
  await page.locator('main a[href*="begrippen/#zelfregie"]:visible').first().click();
  await expect(page).toHaveURL(/begrippen\/#zelfregie$/);
  await expect(page.locator('dt#zelfregie')).toBeInViewport();
});

test('the homework of zelfregie bijeenkomst 1 appears once on its study page, where participants write it down', async ({
  request,
}) => {
  const html = await (await request.get('zelfregie/bijeenkomst-1/')).text();
  // The assignment's opening words, in the exercise for it; no second homework box repeats them.
  expect(html.match(/Let deze week op één moment waarop u iets overnam/g)).toHaveLength(1);
  expect(html).toContain('id="opdracht-overnemen"');
  expect(html).not.toContain('id="opdracht"');
});
