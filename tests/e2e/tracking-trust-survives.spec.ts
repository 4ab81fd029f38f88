import { expect, test } from './fixture-site';
import {
  anotherComputer,
  closeTab,
  decodeSuspend,
  launchIn,
  lmsRecord,
  newAttempt,
  useStandIn,
} from './strict-lms/harness';
import { REFLECTION, answer, expectWork, field, long, open, ready, status, workOn } from './strict-lms/course-work';

/**
 * Issue 16's fault-injection tests, the cases where the work must survive (1, 2, 3, 8, 10): the fixture course
 * `voortgang` played through a strict LMS (tests/e2e/strict-lms) that refuses what Moodle
 * refuses, answers "true" without storing when told to, and hands back only what it stored. For
 * each case: nothing the participant did is lost on the same computer, nothing the LMS stored is
 * overwritten by older data, the participant is told the truth, and the LMS never records a
 * status or score nobody earned in that attempt.
 */
test.beforeEach(async ({ page }) => useStandIn(page));

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version} in a strict LMS: work survives`, () => {
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
