import { BUDGETS, budgetFor, type Budget, type LoadMode, type PageKind } from '../budgets';

/**
 * What kind of page a built page is, from its site path (`zelfregie/bijeenkomst-1/slides/`) and its
 * HTML: the budgets differ per kind.
 */
export function pageKind(sitePath: string, html: string): PageKind {
  if (/^oefeningen\/$/.test(sitePath)) return 'gallery';
  if (/^lms\/$/.test(sitePath)) return 'lms-preview';
  if (/\/slides\/presenter\/$/.test(sitePath)) return 'presenter';
  if (/\/slides\/$/.test(sitePath)) return 'deck';
  if (/^[^/]+\/scorm\/$/.test(sitePath)) return 'launch';
  if (/^[^/]+\/gids\/$/.test(sitePath)) return 'guide';
  if (/^[^/]+\/(?:[^/]+\/materiaal|deelnemersmap)\/$/.test(sitePath)) return 'print';
  // Every interactive element of a page is an <ll-…> custom element.
  return /<ll-[a-z]/.test(html) ? 'exercises' : 'page';
}

/** The SCORM launch page a course page runs in inside an LMS: `zelfregie/scorm/` for `zelfregie/…`. */
export function launchPageOf(sitePath: string): string | undefined {
  const course = sitePath.split('/')[0];
  return course ? `${course}/scorm/` : undefined;
}

/** One line of the report: a page in one mode, gzipped bytes. */
export interface WeightRow {
  page: string;
  kind: PageKind;
  mode: LoadMode;
  html: number;
  css: number;
  /** JavaScript loaded before scrolling: without the exercise elements' own code. */
  js: number;
  /** JavaScript with every exercise element of the page loaded (scrolled through, printed). */
  jsAll?: number;
  /** The JavaScript files counted, for explaining a miss. */
  scripts: string[];
}

export interface Verdict {
  row: WeightRow;
  budget: Budget | undefined;
  ok: boolean;
}

/** Each row against its budget (rows without a budget pass), and each budget that no page was measured against. */
export function checkBudgets(rows: readonly WeightRow[]): { verdicts: Verdict[]; unmeasured: Budget[] } {
  const verdicts = rows.map((row) => {
    const budget = budgetFor(row.kind, row.mode);
    return { row, budget, ok: !budget || row.js <= budget.maxJs };
  });
  const unmeasured = BUDGETS.filter((budget) => !verdicts.some((v) => v.budget === budget));
  return { verdicts, unmeasured };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The report as a plain-text table, one line per page and mode. */
export function formatTable(verdicts: readonly Verdict[]): string {
  const header = ['page', 'kind', 'mode', 'HTML', 'CSS', 'JS', 'JS, all loaded', 'JS budget', ''];
  const lines = verdicts.map(({ row, budget, ok }) => [
    row.page || '(catalogue)',
    row.kind,
    row.mode,
    kb(row.html),
    kb(row.css),
    kb(row.js),
    kb(row.jsAll ?? row.js),
    budget ? kb(budget.maxJs) : '–',
    budget ? (ok ? 'ok' : 'OVER') : '',
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((line) => line[i]!.length)));
  const numeric = new Set([3, 4, 5, 6, 7]);
  const format = (line: string[]) =>
    line
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}
