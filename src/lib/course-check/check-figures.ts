import { existsSync, readFileSync } from 'node:fs';
import type {} from 'mdast-util-mdx-jsx';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import { svgProblems } from '../figures/svg';
import type { CourseProblem } from './problem';

/** Photos Astro's image pipeline turns into WebP in several widths (Markdown images). */
const PHOTO = /\.(?:png|jpe?g|webp)$/i;

/** A URL that leaves the course folder: another site, or the site's root. */
const OUTSIDE = /^(?:[a-z][a-z0-9+.-]*:|\/)/i;

/**
 * Figures in a course file: every Markdown image is a photo in the course folder, with alt text,
 * and every `<Figuur src>` names an SVG in the course's assets/ folder that the page can inline
 * under the site's CSP. (`alt` on `<Figuur>` itself is required by its schema, checked with the
 * other components.) Without this, a missing photo stops the build with Astro's stack trace.
 */
export function checkFigures(tree: Root, courseDir: string, display: string, problems: CourseProblem[]): void {
  const visit = (node: RootContent): void => {
    const at = {
      file: display,
      ...(node.position ? { line: node.position.start.line, column: node.position.start.column } : {}),
    };
    if (node.type === 'image')
      imageProblems(node.url, node.alt, courseDir).forEach((message) => problems.push({ ...at, message }));
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

/** What is wrong with a Markdown image `![alt](url)` in a course file in `courseDir`. */
export function imageProblems(url: string, alt: string | null | undefined, courseDir: string): string[] {
  const problems: string[] = [];
  if (!alt?.trim())
    problems.push(
      `the image "${url}" has no alt text; write what it shows between the brackets: ![Wat de afbeelding laat zien](${url})`,
    );
  if (OUTSIDE.test(url))
    problems.push(
      `the image "${url}" is not in the course folder; pages load nothing from elsewhere, so put the file in assets/ and write ![…](assets/naam.jpg)`,
    );
  else if (!PHOTO.test(url))
    problems.push(
      `the image "${url}" is not a PNG, JPEG or WebP photo; draw a diagram as an SVG and show it with <Figuur src="assets/naam.svg" alt="…">`,
    );
  else if (!existsSync(path.join(courseDir, decodedPath(url))))
    problems.push(`there is no file ${url} in this course's folder`);
  return problems;
}

/** A URL path as a file name (`foto%20groep.jpg` → `foto groep.jpg`); malformed escapes as written. */
function decodedPath(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
