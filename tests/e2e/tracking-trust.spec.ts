import type { FrameLocator } from './exercise-loading';
import { expect, test } from './fixture-site';
import { expectChosen } from './kennischeck-choice';
import { encodeEnvelope, type Envelope } from '../../src/tracking/suspend-codec';
import {
  anotherComputer,
  closeTab,
  decodeSuspend,
  launchIn,
  lmsRecord,
  newAttempt,
  seedLms,
  useStandIn,
  type Version,
} from './strict-lms/harness';

/**
 * Issue 16's fault-injection tests: the fixture course `voortgang` played through a strict LMS
 * (tests/e2e/strict-lms) that refuses what Moodle refuses, answers "true" without storing when told
 * to, and hands back only what it stored. For each case: nothing the participant did is lost on
 * the same computer, nothing the LMS stored is overwritten by older data, the participant is told
 * the truth, and the LMS never records a status or score nobody earned in that attempt.
 */
const REFLECTION = 'Wat neemt u mee naar uw werk?';
const status = (sco: FrameLocator) => sco.locator('#ll-save-status');
const field = (version: Version) => ({
  status: version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status',
  score: version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw',
});

async function ready(course: FrameLocator, bijeenkomst?: number) {
  const selector = bijeenkomst ? `html[data-bijeenkomst="bijeenkomst-${bijeenkomst}"]` : 'html';
  await expect(course.locator(`${selector}[data-ll-progress="loaded"]`)).toBeAttached();
}

async function open(course: FrameLocator, n: number) {
  await course
    .getByRole('link', { name: new RegExp(`Bijeenkomst ${n}`) })
    .first()
    .click();
  await ready(course, n);
}

async function answer(course: FrameLocator, prompt: string, option: string) {
  const group = course.getByRole('group', { name: new RegExp(prompt) });
  await group.getByLabel(option, { exact: true }).check();
  await group.getByRole('button', { name: 'Controleer' }).click();
  await expect(group.getByRole('status')).toBeVisible();
  // A wrong choice leaves the question open; "Toon het antwoord" makes it final (no point earned).
  const show = group.getByRole('button', { name: 'Toon het antwoord' });
  if (await show.isVisible()) await show.click();
}

/** Everything of bijeenkomst 1: both questions right and a reflection. */
async function workOn(course: FrameLocator, text: string) {
  await open(course, 1);
  await answer(course, 'doel van de Wmo', 'Meedoen');
  await answer(course, 'Wie voert', 'De gemeente');
  await course.getByLabel(REFLECTION).fill(text);
}

async function expectWork(course: FrameLocator, text: string) {
  await ready(course, 1);
  await expectChosen(course.getByRole('group', { name: /doel van de Wmo/ }), 'Meedoen');
  await expect(course.getByLabel(REFLECTION)).toHaveValue(text);
}

const long = (n: number, seed = 'Ik vraag eerst wat de cliënt zelf wil. ') =>
  seed.repeat(Math.ceil(n / seed.length)).slice(0, n);

test.beforeEach(async ({ page }) => useStandIn(page));

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version} in a strict LMS`, () => {
    test('case 1: an LMS that answers "true" and stores nothing loses nothing, and "opgeslagen" is never said', async ({
      page,
      browser,
      baseURL,
    }) => {
      const text = long(700);
      // The first commit (the attempt's start) is stored; then the LMS session expires.
      let { sco, course } = await launchIn(page, version, { lie: '1' });
      await workOn(course, text);
      await sco.getByRole('button', { name: 'Opslaan en afsluiten' }).click();
      // The closed launch says where the work is: sent as far as the LMS says, kept in this browser.
      await expect(sco.getByRole('heading', { name: 'Afgesloten' })).toBeVisible();
      await expect(status(sco)).toContainText('Deze browser bewaart een kopie');
      await expect(status(sco)).not.toContainText('opgeslagen');
      await expect(sco.locator('#ll-closed')).not.toContainText('opgeslagen');
      const lost = await lmsRecord(page, version);
      expect(JSON.stringify(decodeSuspend(lost.cmi['cmi.suspend_data'])?.s ?? null)).not.toContain('cliënt');

      ({ sco, course } = await launchIn(page, version));
      await expectWork(course, text);
      await expect(status(sco)).toContainText('uit deze browser teruggezet');
      await closeTab(page);
      const restored = await lmsRecord(page, version);
      expect(JSON.stringify(decodeSuspend(restored.cmi['cmi.suspend_data'])?.s)).toContain(text.slice(0, 100));

      // The LMS really has it now: another computer shows it.
      const other = await anotherComputer(browser, baseURL!, restored, version);
      const elsewhere = await launchIn(other, version);
      await expectWork(elsewhere.course, text);
      await other.context().close();
    });

    test('case 2: a new attempt never adopts the old copy, and the LMS records no pass nobody earned', async ({
      page,
    }) => {
      let { course } = await launchIn(page, version);
      await workOn(course, 'Vorig jaar geschreven.');
      await course.getByRole('button', { name: 'Klaar' }).click();
      await open(course, 2);
      await answer(course, 'regie', 'De cliënt');
      await closeTab(page);
      expect((await lmsRecord(page, version)).cmi[field(version).status]).toBe(
        version === '1.2' ? 'passed' : 'completed',
      );
      // The next launch of the attempt hands the state back: this browser's copy is confirmed.
      // A last change right before the tab closes (a page opened) leaves the copy unconfirmed.
      ({ course } = await launchIn(page, version));
      await open(course, 1);
      await closeTab(page);

      await newAttempt(page, version);
      ({ course } = await launchIn(page, version));
      await ready(course);
      await open(course, 1);
      await expect(course.getByLabel(REFLECTION)).toHaveValue('');
      await expect(
        course.getByRole('group', { name: /doel van de Wmo/ }).getByLabel('Meedoen', { exact: true }),
      ).not.toBeChecked();
      await expect.poll(async () => (await lmsRecord(page, version)).cmi['cmi.suspend_data']).toBeTruthy();
      await closeTab(page);
      const record = await lmsRecord(page, version);
      expect(record.cmi[field(version).status]).toBe('incomplete');
      expect(record.cmi[field(version).score]).toBeUndefined();
      expect(record.cmi['cmi.success_status']).toBeUndefined();
    });

    test('case 2: later work on another computer is never overwritten by an older copy with more changes', async ({
      page,
      browser,
      baseURL,
    }) => {
      let { course } = await launchIn(page, version, { lie: '1' });
      await open(course, 1);
      for (let i = 1; i <= 12; i++) await course.getByLabel(REFLECTION).fill(`Oude versie ${i}.`);
      await closeTab(page);

      const other = await anotherComputer(browser, baseURL!, await lmsRecord(page, version), version);
      const later = long(800, 'Later geschreven op de andere computer. ');
      const elsewhere = await launchIn(other, version);
      await open(elsewhere.course, 1);
      await elsewhere.course.getByLabel(REFLECTION).fill(later);
      await closeTab(other);
      const record = await lmsRecord(other, version);
      await other.context().close();

      await page.goto('voortgang/outline.json');
      await page.evaluate(
        ([key, value]) => localStorage.setItem(key!, value!),
        [`strict-lms:voortgang-${version}`, JSON.stringify(record)],
      );
      const back = await launchIn(page, version);
      ({ course } = back);
      await ready(course, 1);
      await expect(course.getByLabel(REFLECTION)).toHaveValue(later);
      await expect(status(back.sco)).not.toContainText('teruggezet');
    });

    test('case 4: one refused value never blocks the commit of the rest', async ({ page }) => {
      const sessionTime = version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time';
      const { sco, course } = await launchIn(page, version, { refuse: sessionTime });
      await ready(course);
      await open(course, 1);
      await course.getByLabel(REFLECTION).fill('Toch naar de leeromgeving.');
      await expect
        .poll(async () => JSON.stringify(decodeSuspend((await lmsRecord(page, version)).cmi['cmi.suspend_data'])?.s))
        .toContain('Toch naar de leeromgeving.');
      const record = await lmsRecord(page, version);
      expect(record.log.some((entry) => entry.startsWith(`refused: ${sessionTime}`))).toBe(true);
      // 2004 on the course overview: a valid cmi.location, never a refused empty string.
      expect(record.log.some((entry) => entry.startsWith('refused: cmi.location'))).toBe(false);
      await expect(status(sco)).not.toContainText('nog niet');
    });

    test('case 5: nothing is asked of the LMS after the end, and the copy stays under the learner', async ({
      page,
    }) => {
      const { sco, course } = await launchIn(page, version, { learner: 'deelnemer-42' });
      await workOn(course, 'Voor het afsluiten.');
      await sco.getByRole('button', { name: 'Opslaan en afsluiten' }).click();
      await closeTab(page);
      const record = await lmsRecord(page, version);
      expect(record.log.filter((entry) => entry.startsWith('error:'))).toEqual([]);
      expect(record.log.filter((entry) => entry === 'Finish')).toHaveLength(1);
      const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('leerlijn:copy:')));
      expect(keys).toEqual([`leerlijn:copy:voortgang:all:${version}:deelnemer-42`]);
    });

    test('case 6: review and browse record nothing and keep the attempt resumable; no-credit records no score', async ({
      page,
    }) => {
      let { sco, course } = await launchIn(page, version);
      await workOn(course, 'Mijn werk.');
      await closeTab(page);
      const before = await lmsRecord(page, version);

      ({ sco, course } = await launchIn(page, version, { mode: 'review' }));
      await expect(status(sco)).toContainText('U bekijkt uw eerdere werk');
      await expectWork(course, 'Mijn werk.');
      await course.getByLabel(REFLECTION).fill('Iets anders in de inzagemodus.');
      // The Reflectie says what is true: nothing typed now is kept, not even in this browser.
      const reflectie = course.locator('ll-reflectie#eigen-werk');
      await expect(reflectie.getByText('Niet bewaard: u bekijkt uw eerdere werk.')).toBeVisible();
      await expect(reflectie.getByText('Bewaard in deze browser.')).toHaveCount(0);
      await closeTab(page);
      const after = await lmsRecord(page, version);
      expect(after.cmi['cmi.suspend_data']).toBe(before.cmi['cmi.suspend_data']);
      expect(after.cmi[version === '1.2' ? 'cmi.core.exit' : 'cmi.exit']).toBe('suspend');
      // Resumable: the next normal launch has the work.
      ({ sco, course } = await launchIn(page, version));
      await expectWork(course, 'Mijn werk.');
      await closeTab(page);

      await newAttempt(page, version);
      ({ sco, course } = await launchIn(page, version, { credit: 'no-credit' }));
      await workOn(course, 'Zonder credit.');
      await course.getByRole('button', { name: 'Klaar' }).click();
      await open(course, 2);
      await answer(course, 'regie', 'De cliënt');
      await closeTab(page);
      const noCredit = await lmsRecord(page, version);
      expect(noCredit.cmi[field(version).status]).toBe('completed');
      expect(noCredit.cmi[field(version).score]).toBeUndefined();
      expect(noCredit.cmi['cmi.success_status']).toBeUndefined();

      if (version === '1.2') {
        await newAttempt(page, version);
        ({ course } = await launchIn(page, version, { mode: 'browse' }));
        await ready(course);
        await closeTab(page);
        expect((await lmsRecord(page, version)).cmi['cmi.core.lesson_status']).toBe('browsed');
      }
    });

    test('case 7: after a course update, work under ids the course no longer has is kept, shown, and never counted', async ({
      page,
    }) => {
      // What an earlier version of the course left in the LMS: an option of "wie" and the
      // Reflectie's question have since been renamed, and one exercise was removed. The LMS was
      // told kc-wmo was done with 2 of 2.
      const now = Math.floor(Date.now() / 1000) - 3600;
      const earlier: Envelope = {
        v: 1,
        a: 'k3v9x0q2m8z1p4w7r5',
        w: now,
        p: {
          seen: ['bijeenkomst-1'],
          done: { 'kc-wmo': [1, 2, 2, 1], 'eigen-werk': [1, 0, 0, -1] },
          loc: 'bijeenkomst-1/',
          seq: 9,
        },
        s: {
          v: 1,
          e: {
            'kc-wmo': { a: { doel: ['meedoen'], wie: ['de-gemeente'] } },
            'eigen-werk': { t: { 'oude-vraag': 'Dit schreef ik bij de vraag van vroeger.' }, d: 1 },
            'weg-oefening': { t: { antwoord: 'Tekst uit een oefening die er niet meer is.' }, d: 1 },
          },
        },
        t: { 'kc-wmo': now, 'eigen-werk': now, 'weg-oefening': now },
      };
      const p = version === '1.2' ? 'cmi.core.' : 'cmi.';
      await seedLms(page, version, {
        cmi: {
          'cmi.suspend_data': encodeEnvelope(earlier),
          [`${p}exit`]: 'suspend',
          [version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status']: 'incomplete',
          [version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location']: 'bijeenkomst-1/',
        },
        log: [],
        launches: 0,
      });
      const { course } = await launchIn(page, version);
      await ready(course, 1);
      // The answer that still exists stays; the renamed option's question is open again, and says why.
      await expectChosen(course.getByRole('group', { name: /doel van de Wmo/ }), 'Meedoen');
      const wie = course.getByRole('group', { name: /Wie voert/ });
      await expect(wie.getByText('Deze vraag is veranderd sinds u hem beantwoordde.')).toBeVisible();
      await expect(wie.getByLabel('De gemeente', { exact: true })).not.toBeChecked();
      // The renamed question's text is shown where it belonged; the removed exercise's at the page's end.
      const reflectie = course.locator('ll-reflectie#eigen-werk');
      await expect(reflectie.getByText('Uit een eerdere versie')).toBeVisible();
      await expect(reflectie.getByText('Dit schreef ik bij de vraag van vroeger.')).toBeVisible();
      await expect(course.getByLabel(REFLECTION)).toHaveValue('');
      const box = course.locator('#ll-earlier-version');
      await expect(box).toContainText('Tekst uit een oefening die er niet meer is.');
      // No Kennischeck counted done with an answer that no longer exists.
      await expect
        .poll(async () => decodeSuspend((await lmsRecord(page, version)).cmi['cmi.suspend_data'])?.p.done['kc-wmo'])
        .toBeUndefined();
      await course.getByLabel(REFLECTION).fill('Nieuw antwoord.');
      await closeTab(page);
      const record = await lmsRecord(page, version);
      expect(record.cmi[field(version).status]).toBe('incomplete');
      expect(record.cmi[field(version).score]).toBeUndefined();
      // Kept aside, never deleted: everything the participant wrote is still in the LMS's record.
      const stored = JSON.stringify(decodeSuspend(record.cmi['cmi.suspend_data'])?.s);
      for (const text of [
        'Dit schreef ik bij de vraag van vroeger.',
        'Tekst uit een oefening die er niet meer is.',
        'Nieuw antwoord.',
        'de-gemeente',
      ])
        expect(stored).toContain(text);
    });

    test('case 9: every Kennischeck answer carries its correct response', async ({ page }) => {
      const { course } = await launchIn(page, version);
      await workOn(course, 'Klaar.');
      await closeTab(page);
      const { cmi } = await lmsRecord(page, version);
      const index = Object.entries(cmi).find(
        ([k, v]) => /^cmi\.interactions\.\d+\.id$/.test(k) && v === 'kc-wmo-wie',
      )?.[0];
      expect(index).toBeDefined();
      const n = /\d+/.exec(index!)![0];
      expect(cmi[`cmi.interactions.${n}.correct_responses.0.pattern`]).toBe(version === '1.2' ? 'b' : 'gemeente');
      expect(cmi[`cmi.interactions.${n}.type`]).toBe('choice');
    });

    test('case 10: an LMS that unloads the frame and refuses commits in page dismissal still gets the last text', async ({
      page,
    }) => {
      const text = long(500, 'Net voor het afsluiten getypt. ');
      let { course } = await launchIn(page, version, { dismiss: '1' });
      await open(course, 1);
      await course.getByLabel(REFLECTION).fill(text);
      await page.locator('#lms-exit').click();
      await expect.poll(async () => (await lmsRecord(page, version)).log.join('\n')).toContain('during page dismissal');
      await expect
        .poll(async () => JSON.stringify(decodeSuspend((await lmsRecord(page, version)).cmi['cmi.suspend_data'])?.s))
        .toContain(text.slice(0, 200));
      ({ course } = await launchIn(page, version));
      await ready(course, 1);
      await expect(course.getByLabel(REFLECTION)).toHaveValue(text);
    });

    test('case 10: when the LMS unloads the frame unasked and its Commit throws in page dismissal, the last text comes back and the participant is told', async ({
      page,
    }) => {
      const text = long(500, 'Getypt vlak voordat de leeromgeving het venster sloot. ');
      let { sco, course } = await launchIn(page, version, { dismiss: 'throw' });
      await open(course, 1);
      await course.getByLabel(REFLECTION).fill(text);
      // No click in the LMS (the focus stays in the course): a session timeout or the LMS's own
      // navigation unloads the SCO frame at once; every Commit from then on throws.
      await page.evaluate(() => {
        (document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank';
      });
      await expect.poll(async () => (await lmsRecord(page, version)).log.join('\n')).toContain('during page dismissal');
      const lost = await lmsRecord(page, version);
      expect(JSON.stringify(decodeSuspend(lost.cmi['cmi.suspend_data'])?.s ?? null)).not.toContain(text.slice(0, 100));

      ({ sco, course } = await launchIn(page, version));
      await ready(course, 1);
      await expect(course.getByLabel(REFLECTION)).toHaveValue(text);
      await expect(status(sco)).toContainText('uit deze browser teruggezet');
      await expect(status(sco)).not.toContainText('opgeslagen');
      await expect
        .poll(async () => JSON.stringify(decodeSuspend((await lmsRecord(page, version)).cmi['cmi.suspend_data'])?.s))
        .toContain(text.slice(0, 200));
    });
  });
}

test('case 3: over SCORM 1.2’s limit, the participant is told at once, and no launch elsewhere erases the work', async ({
  page,
  browser,
  baseURL,
}) => {
  // Text that barely compresses, far more than 4096 characters once encoded.
  let noise = '';
  for (let i = 0, n = 7; i < 5000; i++) noise += String.fromCharCode(97 + ((n = (n * 48271) % 2147483647) % 26));
  const here = await launchIn(page, '1.2');
  await workOn(here.course, noise);
  await expect(status(here.sco)).toContainText('Niet al uw antwoorden passen');
  // In place, at the exercise whose work the LMS has no room for.
  await expect(here.course.locator('ll-reflectie#eigen-werk').getByText('past niet meer in de opslag')).toBeVisible();
  await closeTab(page);

  const other = await anotherComputer(browser, baseURL!, await lmsRecord(page, '1.2'), '1.2');
  const elsewhere = await launchIn(other, '1.2');
  await expect(status(elsewhere.sco)).toContainText('paste niet in de leeromgeving');
  await ready(elsewhere.course);
  await open(elsewhere.course, 2);
  await answer(elsewhere.course, 'regie', 'De cliënt');
  await closeTab(other);
  const record = await lmsRecord(other, '1.2');
  await other.context().close();

  await page.goto('voortgang/outline.json');
  await page.evaluate((value) => localStorage.setItem('strict-lms:voortgang-1.2', value), JSON.stringify(record));
  const back = await launchIn(page, '1.2');
  await open(back.course, 1);
  await expect(back.course.getByLabel(REFLECTION)).toHaveValue(noise);
});

test('case 8: two tabs without an LMS: the tab closed last never erases what the other typed', async ({
  page,
  context,
}) => {
  await page.goto('voortgang/bijeenkomst-1/');
  await expect(page.locator('html[data-ll-progress="loaded"]')).toBeAttached();
  const tabB = await context.newPage();
  await tabB.goto('voortgang/bijeenkomst-1/');
  await expect(tabB.locator('html[data-ll-progress="loaded"]')).toBeAttached();
  const text = long(600, 'Getypt in tab A. ');
  await page.getByLabel(REFLECTION).fill(text);
  await page.close();
  await tabB.close();
  const again = await context.newPage();
  await again.goto('voortgang/bijeenkomst-1/');
  await expect(again.locator('html[data-ll-progress="loaded"]')).toBeAttached();
  await expect(again.getByLabel(REFLECTION)).toHaveValue(text);
});
