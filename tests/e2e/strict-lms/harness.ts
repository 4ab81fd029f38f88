import { eagerExercises } from '../exercise-loading';
import type { Browser, FrameLocator, Page } from '@playwright/test';
import { inflateSync } from 'fflate';
import { installStandIn } from './stand-in';

/**
 * The strict LMS of stand-in.ts around a SCORM launch page, as an LMS frames it: the harness page
 * holds the API and the LMS's own exit button, the SCO (the launch page) runs in its frame.
 */
const HARNESS = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Strenge leeromgeving</title></head>
<body>
<button id="lms-exit" type="button">LMS afsluiten</button>
<iframe id="sco" title="SCO" style="width:100%;height:90vh" src="../voortgang/scorm/index.html"></iframe>
<script>
document.getElementById('lms-exit').addEventListener('click', () => {
  document.getElementById('sco').src = 'about:blank';
});
</script>
</body></html>`;

export async function useStandIn(page: Page): Promise<void> {
  await page.addInitScript(installStandIn);
  await page.route('**/lms-stand-in/index.html*', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: HARNESS }),
  );
}

export type Version = '1.2' | '2004';

export interface Launched {
  /** The launch page (the SCO) in the LMS's frame. */
  sco: FrameLocator;
  /** The course page in the launch page's frame. */
  course: FrameLocator;
}

/** Opens the package in the strict LMS; `faults` go in the harness's query (see stand-in.ts). */
export async function launchIn(page: Page, version: Version, faults: Record<string, string> = {}): Promise<Launched> {
  const query = new URLSearchParams({ v: version, ...faults });
  await page.goto(`lms-stand-in/index.html?${query}`);
  const sco = page.frameLocator('#sco');
  return { sco, course: sco.frameLocator('#ll-frame') };
}

export interface LmsRecord {
  cmi: Record<string, string>;
  log: string[];
  launches: number;
}

export const recordKey = (version: Version) => `strict-lms:voortgang-${version}`;

/** What the LMS stored (its "server"), read from the harness page. */
export async function lmsRecord(page: Page, version: Version): Promise<LmsRecord> {
  if (!page.url().startsWith('http')) await page.goto('voortgang/outline.json');
  const text = await page.evaluate((key) => localStorage.getItem(key), recordKey(version));
  return text ? (JSON.parse(text) as LmsRecord) : { cmi: {}, log: [], launches: 0 };
}

/** Puts `record` as the LMS's stored data into a page's origin (another computer, the same LMS). */
export async function seedLms(page: Page, version: Version, record: LmsRecord): Promise<void> {
  await page.goto('voortgang/outline.json');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [recordKey(version), JSON.stringify(record)],
  );
}

/** A new attempt, as Moodle's "force new attempt" opens it: the LMS hands back nothing. */
export async function newAttempt(page: Page, version: Version): Promise<void> {
  const record = await lmsRecord(page, version);
  await seedLms(page, version, { ...record, cmi: {}, log: [] });
}

/** The decoded suspend_data the LMS stored (Leerlijn's `L2:` envelope). */
export function decodeSuspend(
  data: string | undefined,
): { p: { done: Record<string, number[]> }; s: unknown } | undefined {
  if (!data?.startsWith('L2:')) return undefined;
  const bytes = Buffer.from(data.slice(3).replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return JSON.parse(new TextDecoder().decode(inflateSync(bytes))) as {
    p: { done: Record<string, number[]> };
    s: unknown;
  };
}

/** Closes the launch as closing the tab does (pagehide in every frame). */
export async function closeTab(page: Page): Promise<void> {
  await page.goto('about:blank');
}

/** Another computer: a fresh browser whose LMS has what `from`'s stored. */
export async function anotherComputer(browser: Browser, baseURL: string, record: LmsRecord, version: Version) {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL' });
  await eagerExercises(context);
  const page = await context.newPage();
  await useStandIn(page);
  await seedLms(page, version, record);
  return page;
}
