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
