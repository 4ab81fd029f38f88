import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/**
 * Parses a course file with the same MDX grammar the build uses.
 * Throws the parser's VFileMessage (with line and column) on malformed MDX.
 */
export function parseCourseMdx(source: string): Root {
  return parser.parse(source);
}

/** Parses course MDX into a tree (or throws, as `parseCourseMdx` does). */
export type CourseMdxParser = (source: string) => Root;

/**
 * A parser that parses each distinct source once. The course check hands one to every rule that
 * reads the files' structure (the checks, the SCORM 1.2 capacity, the ids that vanished), so a
 * build parses each course file once for all of them; it is dropped with the check, so no tree
 * outlives it. The rules only read the trees (`annotateSections` adds the same heading ids again).
 */
export function courseMdxParser(parse: CourseMdxParser = parseCourseMdx): CourseMdxParser {
  const trees = new Map<string, Root>();
  return (source) => {
    let tree = trees.get(source);
    if (!tree) trees.set(source, (tree = parse(source)));
    return tree;
  };
}
