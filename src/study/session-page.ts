/**
 * A bijeenkomst page's script: what every participant page does (study-page.ts), plus the study
 * bar's menu and the section being read, remembered for "Verder waar u was". Only bijeenkomst
 * pages load it, so the catalogue and the course overview carry none of it.
 */
import './study-page';
import { writeStudyRecord } from './progress-summary';
import { followSections, studyBarMenu } from './study-nav';

const root = document.documentElement;
const course = root.dataset.course;
const current = root.dataset.bijeenkomst;
const label = document.querySelector<HTMLElement>('[data-ll-label]')?.dataset.llLabel;

studyBarMenu();
if (course && current && label)
  followSections((section) =>
    writeStudyRecord(course, {
      last: { slug: current, label, ...(section ? { section: section.id, sectionTitle: section.title } : {}) },
    }),
  );
