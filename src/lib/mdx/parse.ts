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
