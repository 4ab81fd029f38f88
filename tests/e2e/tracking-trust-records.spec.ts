import { expect, test } from './fixture-site';
import { expectChosen } from './kennischeck-choice';
import { encodeEnvelope, type Envelope } from '../../src/tracking/suspend-codec';
import { closeTab, decodeSuspend, launchIn, lmsRecord, newAttempt, seedLms, useStandIn } from './strict-lms/harness';
import { REFLECTION, answer, expectWork, field, open, ready, status, workOn } from './strict-lms/course-work';

/**
 * Issue 16's fault-injection tests, the cases about what the LMS records (4, 5, 6, 7, 9): the fixture course
 * `voortgang` played through a strict LMS (tests/e2e/strict-lms) that refuses what Moodle
 * refuses, answers "true" without storing when told to, and hands back only what it stored. For
 * each case: nothing the participant did is lost on the same computer, nothing the LMS stored is
 * overwritten by older data, the participant is told the truth, and the LMS never records a
 * status or score nobody earned in that attempt.
 */
test.beforeEach(async ({ page }) => useStandIn(page));

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version} in a strict LMS: what it records`, () => {
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
  });
}
