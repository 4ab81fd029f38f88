/** Something wrong in a course file, located as precisely as the source allows. */
export interface CourseProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** The frontmatter field or component attribute, such as `agenda[2].minutes`. */
  field?: string;
  /** What is wrong and what was expected. */
  message: string;
}

/** Renders problems for a terminal: the location first, so editors can jump to it. */
export function formatProblems(problems: readonly CourseProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map((p) => {
    const where = [p.file, p.line, p.line !== undefined ? p.column : undefined]
      .filter((x) => x !== undefined)
      .join(':');
    return `${where}\n  ${p.field ? `${p.field}: ` : ''}${p.message}`;
  });
  return `The course files have ${count}:\n\n${lines.join('\n\n')}\n`;
}

/** `agenda[2].minutes` from a zod path. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}
