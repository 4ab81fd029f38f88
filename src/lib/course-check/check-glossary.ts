import { existsSync, readFileSync } from 'node:fs';
import type { Root, RootContent } from 'mdast';
import { glossaryAnchor, glossarySchema, glossarySlug } from '../../schemas/glossary';
import type { CourseProblem } from './problem';
import { parseYamlSource } from './yaml-source';
import { zodProblems } from './zod-problems';

/** The glossary shared by all courses sits beside the course folders. */
export const GLOSSARY_FILE = 'begrippen.yaml';

/**
 * Reads and checks `courses/begrippen.yaml`.
 * @returns the anchors of its terms, or undefined when there is no glossary.
 */
export function checkGlossary(file: string, display: string, problems: CourseProblem[]): Set<string> | undefined {
  if (!existsSync(file)) return undefined;
  const source = parseYamlSource(readFileSync(file, 'utf8'));
  for (const error of source.errors)
    problems.push({ file: display, ...error, message: `not valid YAML: ${error.message}` });
  if (source.errors.length) return new Set();
  const parsed = glossarySchema.safeParse(source.data ?? []);
  if (!parsed.success) {
    problems.push(...zodProblems(glossarySchema, parsed.error, source, display));
    return new Set();
  }
  return new Set(parsed.data.map((entry) => glossarySlug(entry.term)));
}

/** Every glossary link in a course file must lead to a term that exists. */
export function checkGlossaryLinks(
  tree: Root,
  display: string,
  anchors: Set<string> | undefined,
  problems: CourseProblem[],
): void {
  const visit = (node: RootContent): void => {
    if (node.type === 'link') {
      const anchor = glossaryAnchor(node.url);
      if (anchor !== undefined && !anchors?.has(anchor)) {
        problems.push({
          file: display,
          ...(node.position ? { line: node.position.start.line, column: node.position.start.column } : {}),
          message: anchors
            ? `the glossary has no term "${anchor}"; add it to courses/${GLOSSARY_FILE} or link to an existing term`
            : `this links to the glossary, but there is no courses/${GLOSSARY_FILE}`,
        });
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  tree.children.forEach(visit);
}
