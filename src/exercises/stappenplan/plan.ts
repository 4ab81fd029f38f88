/** The Stappenplan's result as a file to take along: Markdown or plain text. Pure. */

export interface PlanStep {
  id: string;
  title: string;
}

export interface PlanExport {
  title: string;
  steps: readonly PlanStep[];
  texts: Readonly<Record<string, string>>;
  /** Shown for a step left empty. */
  empty: string;
  /** "Stap {n}" label, already translated with a {n} placeholder. */
  stepLabel: string;
}

const label = (plan: PlanExport, n: number) => plan.stepLabel.replace('{n}', String(n));

/**
 * Participant text as Markdown that reads exactly as typed: characters that Markdown would turn into
 * markup are backslash-escaped, so `<img src=x onerror=…>` or `</script>` stays text in any Markdown
 * viewer instead of becoming live HTML (`\<` is a literal `<` in CommonMark), and so do `&lt;`-style
 * entities, emphasis, links and code. Lines that would start a heading, list or quote are escaped too.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&]/g, '\\$&')
    .split('\n')
    .map((line) => line.replace(/^(\s*)([#+-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');
}

/** The plan as a Markdown document. */
export function planToMarkdown(plan: PlanExport): string {
  const parts = [`# ${plan.title}`];
  plan.steps.forEach((step, i) => {
    const text = plan.texts[step.id]?.trim();
    parts.push(`## ${label(plan, i + 1)}: ${step.title}`, text ? markdownText(text) : `_${plan.empty}_`);
  });
  return `${parts.join('\n\n')}\n`;
}

/** The plan as plain text, underlined headings. */
export function planToText(plan: PlanExport): string {
  const parts = [`${plan.title}\n${'='.repeat(plan.title.length)}`];
  plan.steps.forEach((step, i) => {
    const heading = `${label(plan, i + 1)}: ${step.title}`;
    parts.push(`${heading}\n${'-'.repeat(heading.length)}\n${plan.texts[step.id]?.trim() || plan.empty}`);
  });
  return `${parts.join('\n\n')}\n`;
}

/** A file name from the plan title: lower case, hyphens, ASCII. */
export function planFileName(title: string, extension: 'md' | 'txt'): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'plan'}.${extension}`;
}
