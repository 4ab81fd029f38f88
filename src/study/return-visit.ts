/**
 * A course page's only blocking script, loaded beside theme.css and built on its own by
 * pages/return-visit.js.ts: before the page is drawn it tells the stylesheet what the progress area
 * will hold, so the lesson does not jump when the study script fills it in.
 * - Whether "Verder waar u was" is about to appear, and on how many lines, by the study script's own
 *   rule (continueOffer) on the same record (readStudyRecord).
 * - Whether the page runs inside a Leerlijn launch page, whose bar shows the save status: then the
 *   page keeps no row for it.
 */
import { launchHost } from '../tracking/launch-host';
import { continueOffer, offerLines } from './continue-offer';
import { readStudyRecord } from './progress-summary';

const root = document.documentElement;
const { course, bijeenkomst } = root.dataset;
const offer = course ? continueOffer(readStudyRecord(course).last, bijeenkomst, location.hash) : undefined;
if (offer) root.dataset.llReturning = offerLines(offer);
if (launchHost()) root.dataset.llInLaunch = '';
