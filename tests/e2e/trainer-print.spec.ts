import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './exercise-loading';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { PDFDocument } from 'pdf-lib';
import { parseCourseMdx } from '../../src/lib/mdx/parse';
import { isJsxElement } from '../../src/lib/mdx/sections';
import { courseSchema } from '../../src/schemas/course';
import { parse as parseYaml } from 'yaml';

/**
 * What a trainer prints the night before (issue 13), on the real courses in dist/: the guide with
 * answer keys and turn maps, the materials of each bijeenkomst, the participants' map, and a
 * participant's Stappenplan printed from the page.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const COURSES = ['zelfregie', 'vrijwilligers'];
const ALL_COURSES = [...COURSES, 'leidinggeven-zelfregie'];

interface Outline {
  bijeenkomsten: { slug: string; exercises: { id: string; type: string }[] }[];
}
const outline = (course: string) =>
  JSON.parse(readFileSync(path.join(DIST, course, 'outline.json'), 'utf8')) as Outline;

for (const course of COURSES) {
  test(`the ${course} guide has an answer key per Kennischeck, a turn map per Rollenspel, nothing to click`, async ({
    page,
  }) => {
    const study = await page.context().newPage();
    await page.goto(`${course}/gids/`);
    const main = page.locator('main');
    // No exercise element, form control or button: the guide is paper.
    expect(
      await main.evaluate((m) => [...m.querySelectorAll('*')].filter((el) => el.localName.startsWith('ll-')).length),
    ).toBe(0);
    await expect(main.locator('input, textarea, select, button, .ll-exercise')).toHaveCount(0);

    let keys = 0;
    let maps = 0;
    for (const { slug, exercises } of outline(course).bijeenkomsten) {
      await study.goto(`${course}/${slug}/`);
      for (const { id, type } of exercises) {
        const paper = main.locator(`.ll-paper[data-ll-paper="${type}"][data-ll-for="${id}"]`);
        if (type === 'kennischeck') {
          keys++;
          await expect(paper, id).toHaveCount(1);
          await expect(paper.locator('.ll-paper__kind')).toHaveText(/^Antwoordsleutel/);
          // The options in the self-study order, lettered A, B, C… as on the slide, the right ones marked.
          const questions = study.locator(`#${id} [data-ll-question]`);
          const keyQuestions = paper.locator('.ll-paper__question');
          await expect(keyQuestions).toHaveCount(await questions.count());
          for (let q = 0; q < (await questions.count()); q++) {
            const options = await questions
              .nth(q)
              .locator('[data-ll-option]')
              .evaluateAll((els) =>
                els.map((el) => ({
                  text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
                  correct: el.hasAttribute('data-correct'),
                  feedback: el.getAttribute('data-feedback') ?? '',
                })),
              );
            const rows = await keyQuestions
              .nth(q)
              .locator('tbody tr')
              .evaluateAll((trs) =>
                trs.map((tr) => ({
                  cells: [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()),
                  correct: tr.hasAttribute('data-correct'),
                })),
              );
            expect(rows, `${id} question ${q + 1}`).toEqual(
              options.map((option, i) => ({
                cells: [
                  `${String.fromCharCode(65 + i)}. ${option.text}`,
                  option.correct ? '✓ goed' : 'fout',
                  option.feedback,
                ],
                correct: option.correct,
              })),
            );
          }
        }
        if (type === 'rollenspel') {
          maps++;
          await expect(paper, id).toHaveCount(1);
          const map = paper.locator('[data-ll-turn-map]');
          // Every reply of the conversation, each leading to a turn or ending of the map.
          await expect(map.locator('tbody tr')).toHaveCount(await study.locator(`#${id} [data-ll-reply]`).count());
          await expect(map.locator('.ll-turn')).toHaveCount(await study.locator(`#${id} [data-ll-turn]`).count());
          await expect(map.locator('.ll-turn-map__endings > li')).toHaveCount(
            await study.locator(`#${id} [data-ll-ending]`).count(),
          );
          for (const href of await map.locator('tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
            await expect(map.locator(`[id="${href!.slice(1)}"]`), href!).toHaveCount(1);
          }
        }
      }
    }
    expect(keys).toBeGreaterThan(0);
    if (course === 'zelfregie') expect(maps).toBeGreaterThan(0);
    await study.close();
  });
}

for (const course of ALL_COURSES) {
  test(`the ${course} guide opens with the trainer's front section from course.yaml, on its own page in print`, async ({
    page,
  }) => {
    const data = courseSchema.parse(parseYaml(readFileSync(path.join(ROOT, 'courses', course, 'course.yaml'), 'utf8')));
    const intro = data.trainerIntro ?? [];
    expect(intro.length).toBeGreaterThan(4);
    await page.goto(`${course}/gids/`);
    const front = page.locator('.ll-guide-front');
    await expect(front.getByRole('heading', { level: 2 })).toHaveText('Voorbereiding en organisatie');
    await expect(front.getByRole('heading', { level: 3 })).toHaveText(intro.map((item) => item.title));
    await expect(front.locator('.ll-guide-front__item p').first()).toHaveText(intro[0]!.text.split(/\n\s*\n/)[0]!);
    await expect(page.locator('nav.ll-print-toc a[href="#voorbereiding"]')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    expect(await front.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    // An entry keeps its title with its text on the page.
    expect(
      await front
        .locator('.ll-guide-front__item')
        .first()
        .evaluate((el) => getComputedStyle(el).breakInside),
    ).toBe('avoid');
  });
}

/**
 * Participant-only wording: lines that address someone studying alone. Each must sit in <Zelfstudie>
 * (or go); the guide never prints them. Catches such a passage when it comes back unwrapped.
 */
const SELF_STUDY_ONLY = [
  /U leest deze tekst/,
  /Onderaan vindt u/,
  /Thuis kunt u/,
  /maakt u thuis/,
  /In de (bijeenkomst|workshop) beantwoordt u/,
];

for (const course of ALL_COURSES) {
  test(`the ${course} guide holds no participant-only text: no <Zelfstudie> passage, no self-study wording`, async ({
    page,
  }) => {
    // Every paragraph the authors marked as self-study only, read from the course files.
    const studyOnly: string[] = [];
    for (const file of readdirSync(path.join(ROOT, 'courses', course)).filter((f) => f.endsWith('.mdx'))) {
      const tree = parseCourseMdx(readFileSync(path.join(ROOT, 'courses', course, file), 'utf8'));
      const visit = (node: RootContent, inside: boolean): void => {
        const here = inside || (isJsxElement(node) && node.name === 'Zelfstudie');
        if (here && node.type === 'paragraph') studyOnly.push(toString(node).replace(/\s+/g, ' ').trim());
        if ('children' in node) for (const child of node.children as RootContent[]) visit(child, here);
      };
      tree.children.forEach((node) => visit(node, false));
    }
    expect(studyOnly.length, 'self-study passages in the course files').toBeGreaterThan(0);

    await page.goto(`${course}/gids/`);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const passage of studyOnly) expect(text, passage).not.toContain(passage);
    for (const phrase of SELF_STUDY_ONLY) expect(text, String(phrase)).not.toMatch(phrase);
  });
}

test('the guide opens with a table of contents and gives each bijeenkomst its materials with copies', async ({
  page,
}) => {
  await page.goto('zelfregie/gids/');
  await expect(page.locator('nav.ll-print-toc li')).toHaveText([
    'Voorbereiding en organisatie',
    /Bijeenkomst 1: De Wmo en de professional/,
    /Bijeenkomst 2: /,
    /Bijeenkomst 3: /,
    /Bijeenkomst 4: /,
    /Tijdschema per uitvoeringsvariant/,
  ]);
  // The trainer's front section comes after the contents and before the first bijeenkomst.
  const order = await page
    .locator('nav.ll-print-toc, .ll-guide-front, .ll-guide-session')
    .evaluateAll((els: Element[]) => els.map((el) => el.classList[0] ?? ''));
  expect(order.slice(0, 3)).toEqual(['ll-print-toc', 'll-guide-front', 'll-guide-session']);
  const first = page.locator('.ll-guide-session').first();
  await expect(first.locator('[data-ll-sheet-item="rolkaart-jansen-client"]')).toHaveText(
    'Rolkaart: mevrouw Jansen: één per drietal (voor wie speelt: Mevrouw Jansen (cliënt))',
  );
  await expect(first.locator('[data-ll-sheet-item="casus-jansen-blad"]')).toContainText('één per groepje');
  // Role cards and the trainer's sheets are named in the guide, never shown on the self-study page.
  await page.goto('zelfregie/bijeenkomst-1/');
  await expect(page.locator('#casus-jansen-blad')).toContainText('Bespreek in uw groepje');
  const html = await page.content();
  expect(html).not.toContain('Laat hem niet aan de anderen zien');
  expect(html).not.toContain('Stemkaarten A, B, C en D');
});

test('npm run export writes the materials of every bijeenkomst with sheets and every participants’ map', async ({
  page,
}) => {
  // The export rewrites the pages it links from, so it runs on a copy of the build: the other tests
  // keep the build as `npm run build` left it.
  test.setTimeout(120_000);
  const overviewBefore = readFileSync(path.join(DIST, 'zelfregie', 'index.html'), 'utf8');
  const copy = mkdtempSync(path.join(tmpdir(), 'leerlijn-export-'));
  try {
    cpSync(DIST, copy, { recursive: true });
    await promisify(execFile)(process.execPath, ['scripts/export-pdf.mjs', '--dist', copy], { cwd: ROOT });
    const pdfs = path.join(copy, 'pdf');
    let materials = 0;
    for (const course of ALL_COURSES) {
      for (const { slug } of outline(course).bijeenkomsten) {
        if (!existsSync(path.join(DIST, course, slug, 'materiaal', 'index.html'))) continue;
        materials++;
        const pdf = await PDFDocument.load(readFileSync(path.join(pdfs, `${course}-${slug}-materiaal.pdf`)));
        // A cover page with the list, then every sheet on a page (or more) of its own.
        await page.goto(`${course}/${slug}/materiaal/`);
        await page.emulateMedia({ media: 'print' });
        const sheets = page.locator('.ll-print-sheet');
        expect(await sheets.count(), slug).toBeGreaterThan(0);
        expect(pdf.getPageCount(), slug).toBeGreaterThanOrEqual(1 + (await sheets.count()));
        for (const breakBefore of await sheets.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore)))
          expect(breakBefore).toBe('page');
        await page.emulateMedia({ media: 'screen' });
      }
      const map = await PDFDocument.load(readFileSync(path.join(pdfs, `${course}-deelnemersmap.pdf`)));
      expect(map.getPageCount()).toBeGreaterThan(outline(course).bijeenkomsten.length);
      const { width, height } = map.getPage(0).getSize();
      expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);

      // The overview and the guide of the exported copy now link to every PDF written, and only those.
      for (const where of [path.join(course, 'index.html'), path.join(course, 'gids', 'index.html')]) {
        const html = readFileSync(path.join(copy, where), 'utf8');
        expect(html, where).not.toMatch(/data-ll-pdf-links[^>]*\shidden/);
        const hrefs = [...html.matchAll(/<li data-ll-pdf="[^"]+"[^>]*>\s*<a href="([^"]+)"/g)].map((m) => m[1]!);
        expect(hrefs.length, where).toBeGreaterThan(1);
        for (const href of hrefs)
          expect(existsSync(path.resolve(path.dirname(path.join(copy, where)), href)), href).toBe(true);
      }
    }
    expect(materials).toBeGreaterThan(0);
    // The build itself is untouched.
    expect(readFileSync(path.join(DIST, 'zelfregie', 'index.html'), 'utf8')).toBe(overviewBefore);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('before an export the overview and the guide offer no PDFs and request none', async ({ page }) => {
  test.skip(existsSync(path.join(DIST, 'pdf')), 'this build was exported');
  // Any request of the page that fails counts, the icon included: every page links its own, so the
  // browser never asks the host's root for a favicon.ico.
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') failed.push(message.text());
  });
  for (const where of ['zelfregie/', 'zelfregie/gids/']) {
    await page.goto(where);
    await expect(page.locator('[data-ll-pdf-links]')).toBeHidden();
    await expect(page.locator('[data-ll-pdf-links] a[href]')).toHaveCount(0);
  }
  expect(failed).toEqual([]);
});

test('the participants’ map has the self-study text and exercise questions, no notes, role cards or answers', async ({
  page,
}) => {
  await page.goto('zelfregie/deelnemersmap/');
  const main = page.locator('main');
  await expect(main.locator('.ll-print-session')).toHaveCount(4);
  await expect(main.locator('.ll-paper[data-ll-paper="kennischeck"]').first()).toContainText('Kruis aan wat u kiest.');
  await expect(main.locator('.ll-print-sheet[data-ll-sheet="casus-jansen-blad"]')).toHaveCount(1);
  await expect(main.locator('.ll-lines').first()).toBeAttached();
  const html = await main.innerHTML();
  for (const secret of ['Voor de trainer', 'Rolkaart', 'data-correct', 'data-feedback', '✓ goed', 'Tijd: '])
    expect(html, secret).not.toContain(secret);
});

test('printing a filled-in six-step Stappenplan gives one page: the plan alone, its title once', async ({ page }) => {
  await page.goto('vrijwilligers/bijeenkomst-1/');
  const plan = page.locator('ll-stappenplan#stappenplan-vrijwilligers');
  const box = plan.getByRole('textbox', { name: 'Uw plan voor deze stap' });
  const sentences =
    'Ik begin bij de cliënten van het wijkteam die eenzaam zijn. Ik vraag hun wat zij zelf willen. ' +
    'Daarna bel ik de vrijwilligerscentrale en de ouderenbond. Ik schrijf op wat ik hoor.';
  for (let step = 0; step < 6; step++) {
    await box.fill(`${sentences} (stap ${step + 1})`);
    await plan.getByRole('button', { name: step === 5 ? 'Bekijk het hele plan' : 'Volgende stap' }).click();
  }
  await expect(plan.locator('.plan-step')).toHaveCount(6);
  // Headless Chromium skips the print dialog; the button's own flags stay set without afterprint.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await plan.getByRole('button', { name: 'Afdrukken' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(plan.locator('.plan-title')).toBeVisible();
  await expect(plan.locator('.title')).toBeHidden();
  await expect(plan.locator('.print-only')).toContainText('Naam:');
  await expect(page.locator('h1')).toBeHidden();
  const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(pdf.getPageCount()).toBe(1);
});
