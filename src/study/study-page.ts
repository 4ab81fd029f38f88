/**
 * The participant pages' one small script (catalogue, course overview, bijeenkomst page): progress
 * from the tracker and the quiet save status; a bijeenkomst page adds its study bar and sections
 * (session-page.ts). No framework; it reads the tracker, never changes it.
 */
import { readStudyRecord, writeStudyRecord, progressRecord } from './progress-summary';
import { showProgress } from './progress-view';
import { quietSaveNotice } from './save-notice';
import { hostOutcome, trackingHost } from './tracking-host';

const root = document.documentElement;
const course = root.dataset.course;
const current = root.dataset.bijeenkomst || undefined;

if (!course) {
  // The catalogue: what each course's pages left in this browser.
  for (const card of document.querySelectorAll<HTMLElement>('[data-ll-course-card]')) {
    const slug = card.dataset.llCourseCard;
    if (slug) showProgress(undefined, readStudyRecord(slug), undefined, card);
  }
} else {
  quietSaveNotice();
  const label = document.querySelector<HTMLElement>('[data-ll-label]')?.dataset.llLabel;
  const record = readStudyRecord(course);
  // Opening a bijeenkomst page makes it the place to come back to; session-page.ts follows the section.
  if (current && label && record.last?.slug !== current) writeStudyRecord(course, { last: { slug: current, label } });
  void trackingHost().then((host) => {
    const update = () => {
      const outcome = hostOutcome(host);
      if (outcome) writeStudyRecord(course, progressRecord(outcome));
      showProgress(outcome, record, current);
    };
    update();
    // After the tracker's own listener has recorded the result.
    document.addEventListener('ll-complete', () => setTimeout(update, 0));
  });
}
