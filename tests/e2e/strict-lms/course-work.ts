/**
 * What the tracking-trust specs do in the course itself (the fixture course `voortgang` inside a
 * strict LMS, see harness.ts beside this file): open a bijeenkomst, answer, write a reflection,
 * and check that the work came back.
 */
import type { FrameLocator } from '@playwright/test';
import { expect } from '../fixture-site';
import { expectChosen } from '../kennischeck-choice';
import type { Version } from './harness';

export const REFLECTION = 'Wat neemt u mee naar uw werk?';
export const status = (sco: FrameLocator) => sco.locator('#ll-save-status');
export const field = (version: Version) => ({
  status: version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status',
  score: version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw',
});

export async function ready(course: FrameLocator, bijeenkomst?: number) {
  const selector = bijeenkomst ? `html[data-bijeenkomst="bijeenkomst-${bijeenkomst}"]` : 'html';
  await expect(course.locator(`${selector}[data-ll-progress="loaded"]`)).toBeAttached();
}

export async function open(course: FrameLocator, n: number) {
  await course
    .getByRole('link', { name: new RegExp(`Bijeenkomst ${n}`) })
    .first()
    .click();
  await ready(course, n);
}

export async function answer(course: FrameLocator, prompt: string, option: string) {
  const group = course.getByRole('group', { name: new RegExp(prompt) });
  await group.getByLabel(option, { exact: true }).check();
  await group.getByRole('button', { name: 'Controleer' }).click();
  await expect(group.getByRole('status')).toBeVisible();
  // A wrong choice leaves the question open; "Toon het antwoord" makes it final (no point earned).
  const show = group.getByRole('button', { name: 'Toon het antwoord' });
  if (await show.isVisible()) await show.click();
}

/** Everything of bijeenkomst 1: both questions right and a reflection. */
export async function workOn(course: FrameLocator, text: string) {
  await open(course, 1);
  await answer(course, 'doel van de Wmo', 'Meedoen');
  await answer(course, 'Wie voert', 'De gemeente');
  await course.getByLabel(REFLECTION).fill(text);
}

export async function expectWork(course: FrameLocator, text: string) {
  await ready(course, 1);
  await expectChosen(course.getByRole('group', { name: /doel van de Wmo/ }), 'Meedoen');
  await expect(course.getByLabel(REFLECTION)).toHaveValue(text);
}

export const long = (n: number, seed = 'Ik vraag eerst wat de cliënt zelf wil. ') =>
  seed.repeat(Math.ceil(n / seed.length)).slice(0, n);
