/**
 * A course page's only blocking script, loaded beside theme.css and built on its own by
 * pages/return-visit.js.ts: before the page is drawn it tells the stylesheet whether "Verder waar u
 * was" is about to appear, and on how many lines, so those lines are kept free from the start and
 * the lesson does not jump down when the study script fills the link in. It decides with the
 * study script's own rule (continueOffer) on the same record (readStudyRecord).
 */
import { continueOffer, offerLines } from './continue-offer';
import { readStudyRecord } from './progress-summary';

const root = document.documentElement;
const { course, bijeenkomst } = root.dataset;
const offer = course ? continueOffer(readStudyRecord(course).last, bijeenkomst, location.hash) : undefined;
if (offer) root.dataset.llReturning = offerLines(offer);
