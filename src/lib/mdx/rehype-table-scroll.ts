import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

function text(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(text).join('') : '';
}

/**
 * Rehype plugin: every table of course text sits in a box that scrolls sideways on its own, so a
 * wide table never makes the page scroll on a phone. The box can take focus (keyboard users scroll
 * it with the arrow keys) and is named after the table's column headings.
 */
export default function rehypeTableScroll() {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || index === undefined || !parent) return;
      if (parent.type === 'element' && parent.properties.className?.toString().includes('ll-table-scroll')) return;
      const headings: string[] = [];
      visit(node, 'element', (cell) => {
        if (cell.tagName === 'th') headings.push(cell.children.map(text).join('').trim());
      });
      const box: Element = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['ll-table-scroll'],
          tabIndex: 0,
          // A group, not a region: the guide and the participants' map hold tables with the same
          // headings, and landmarks with the same name fail WCAG's landmark rules.
          role: 'group',
          ariaLabel: headings.filter(Boolean).join(' · ') || 'Tabel',
        },
        children: [node],
      };
      parent.children[index] = box;
      return 'skip';
    });
  };
}
