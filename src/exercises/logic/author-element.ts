/**
 * An author component as the structural checks see it: its props, its text and the author
 * components nested in it. The course checker builds these from MDX; tests build them by hand.
 */
export interface AuthorElement {
  name: string;
  props: Record<string, unknown>;
  /** The element's plain text, without nested author components. */
  text: string;
  /** The nearest author components inside it, in document order. */
  children: AuthorElement[];
  line?: number;
  column?: number;
}

/** A structural mistake, located at the element that causes it. */
export interface StructureProblem {
  message: string;
  /** The attribute at fault, when there is one. */
  field?: string;
  /** The element at fault; defaults to the checked one. */
  at?: AuthorElement;
}

/** The children with one component name. */
export const childrenNamed = (element: AuthorElement, name: string): AuthorElement[] =>
  element.children.filter((c) => c.name === name);

/** Problems for ids used twice among `elements`. */
export function duplicateIds(elements: readonly AuthorElement[], what: string): StructureProblem[] {
  const seen = new Set<string>();
  const problems: StructureProblem[] = [];
  for (const element of elements) {
    const id = element.props.id;
    if (typeof id !== 'string') continue;
    if (seen.has(id))
      problems.push({
        at: element,
        field: 'id',
        message: `the ${what} id "${id}" is used twice here; every ${what} needs its own id`,
      });
    seen.add(id);
  }
  return problems;
}
