/**
 * Fills the progress placeholders the pages render (all `hidden` until there is something true to
 * say): the course's share, each bijeenkomst's state, this bijeenkomst's exercises done and the
 * "Verder waar u was" link. Templates travel as `data-msg*` attributes, so no strings live here.
 */
import { fillPlaceholders } from '../i18n/fill';
import type { Outcome } from '../tracking/progress';
import { continueOffer } from './continue-offer';
import { progressRecord, type LastPlace, type StudyRecord } from './progress-summary';

/** A bijeenkomst page's URL from `base` (the course folder, relative to this page). */
function pageHref(base: string, slug: string, section?: string): string {
  // Inside a package, LMS file servers do not serve folder indexes (links there are rewritten too).
  const index = window.location.pathname.endsWith('.html') ? 'index.html' : '';
  return `${base}${slug}/${index}${section ? `#${section}` : ''}`;
}

function showCourse(root: ParentNode, record: StudyRecord): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-ll-course-percent]')) {
    if (record.percent === undefined) continue;
    const text = el.querySelector('[data-ll-text]');
    if (text) text.textContent = fillPlaceholders(el.dataset.msg ?? '', { percent: record.percent });
    const bar = el.querySelector('progress');
    if (bar) bar.value = record.percent;
    el.hidden = false;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-ll-session-state]')) {
    const state = record.sessions?.[el.dataset.llSessionState ?? ''];
    if (!state) continue;
    el.textContent = el.getAttribute(`data-msg-${state}`) ?? '';
    el.dataset.state = state;
    el.hidden = false;
  }
}

function showContinue(root: ParentNode, last: LastPlace | undefined, current: string | undefined): void {
  const offer = continueOffer(last, current, window.location.hash);
  // On its own page, once the reader has scrolled on, the place is no longer further down.
  if (!offer || !last || (offer.here && window.scrollY > 200)) return;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-ll-continue]')) {
    link.href = offer.here ? `#${last.section}` : pageHref(link.dataset.base ?? '', last.slug, last.section);
    const place = link.querySelector('[data-ll-place]');
    if (place) place.textContent = offer.place;
    const section = link.querySelector<HTMLElement>('[data-ll-section]');
    if (section) section.textContent = offer.section ?? '';
    link.hidden = false;
    link.closest<HTMLElement>('[data-ll-continue-box]')?.removeAttribute('hidden');
  }
}

/** This bijeenkomst's own count: exercises done of its total. */
function showSession(root: ParentNode, outcome: Outcome, current: string | undefined): void {
  const mine = outcome.bijeenkomsten.find((b) => b.slug === current);
  for (const el of root.querySelectorAll<HTMLElement>('[data-ll-session-count]')) {
    if (!mine) continue;
    const total = Number(el.dataset.total ?? 0);
    const done = Math.round(mine.measure * total);
    const text = el.querySelector('[data-ll-text]');
    if (text)
      text.textContent =
        total > 0 ? fillPlaceholders(el.dataset.msg ?? '', { done, total }) : (el.dataset.msgNone ?? '');
    const bar = el.querySelector('progress');
    if (bar) {
      bar.max = Math.max(1, total);
      bar.value = total > 0 ? done : mine.completed ? 1 : 0;
    }
    el.dataset.state = mine.completed ? 'done' : done > 0 ? 'doing' : 'todo';
    el.hidden = false;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-ll-session-short]')) {
    if (!mine) continue;
    const total = Number(el.dataset.total ?? 0);
    if (total === 0) continue;
    el.textContent = `${Math.round(mine.measure * total)}/${total}`;
    el.hidden = false;
  }
}

/** Shows what the tracker reports (course pages) or what the last course page left (catalogue). */
export function showProgress(
  outcome: Outcome | undefined,
  record: StudyRecord,
  current: string | undefined,
  root: ParentNode = document,
): void {
  const shown = outcome ? { ...record, ...progressRecord(outcome) } : record;
  showCourse(root, shown);
  if (outcome) showSession(root, outcome, current);
  showContinue(root, shown.last, current);
}
