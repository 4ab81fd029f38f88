import path from 'node:path';
import type {} from 'mdast-util-mdx-jsx';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Remark plugin: gives each `<Figuur src="assets/…">` the absolute path of its file (`file`), so
 * the component can inline it whichever page renders the bijeenkomst. The course check has already
 * made sure the file exists and may be inlined.
 */
export default function remarkFigures() {
  return (tree: Root, file: VFile): void => {
    if (!file.path) return;
    const dir = path.dirname(file.path);
    visit(tree, (node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Figuur') return;
      const src = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
      if (typeof src === 'string')
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'file', value: path.join(dir, src) });
    });
  };
}
