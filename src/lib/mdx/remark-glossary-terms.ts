import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { glossaryAnchor } from '../../schemas/glossary';

/**
 * Remark plugin: a link into the glossary (`[zelfregie](../../begrippen/#zelfregie)`) becomes a
 * `<Begrip term="zelfregie" href="…">` element, so each page decides how to show a term: the
 * self-study page opens its definition in place (GlossaryTerm.astro), the deck and the trainer
 * guide keep a plain link. The course check has made sure every linked term exists.
 */
export default function remarkGlossaryTerms() {
  return (tree: Root): void => {
    visit(tree, 'link', (node, index, parent) => {
      const term = glossaryAnchor(node.url);
      if (term === undefined || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'mdxJsxTextElement',
        name: 'Begrip',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'term', value: term },
          { type: 'mdxJsxAttribute', name: 'href', value: node.url },
        ],
        children: node.children,
        ...(node.position ? { position: node.position } : {}),
      };
    });
  };
}
