import { existsSync, readFileSync } from 'node:fs';
import type {} from 'mdast-util-mdx-jsx';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import { svgProblems } from '../figures/svg';
import type { CourseProblem } from './problem';

/**
 * Figures in a course file: every Markdown image has alt text, and every `<Figuur src>` names an
 * SVG in the course's assets/ folder that the page can inline under the site's CSP.
 * (`alt` on `<Figuur>` itself is required by its schema, checked with the other components.)
 */
export function checkFigures(tree: Root, courseDir: string, display: string, problems: CourseProblem[]): void {
  const visit = (node: RootContent): void => {
    const at = {
      file: display,
      ...(node.position ? { line: node.position.start.line, column: node.position.start.column } : {}),
    };
    if (node.type === 'image' && !node.alt?.trim())
      problems.push({
        ...at,
        message: `the image "${node.url}" has no alt text; write what it shows between the brackets: ![Wat de afbeelding laat zien](${node.url})`,
      });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figuur') {
      const src = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
      // A missing or malformed src is reported by the component schema.
      if (typeof src === 'string' && /^assets\/.+\.svg$/.test(src)) {
        const file = path.join(courseDir, src);
        if (!existsSync(file))
          problems.push({ ...at, field: 'src', message: `there is no file ${src} in this course's folder` });
        else
          for (const message of svgProblems(readFileSync(file, 'utf8')))
            problems.push({ ...at, field: 'src', message: `${src}: ${message}` });
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  tree.children.forEach(visit);
}
