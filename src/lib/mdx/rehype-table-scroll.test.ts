import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeTableScroll from './rehype-table-scroll';

describe('rehypeTableScroll', () => {
  it('puts each table in a focusable, named box that scrolls on its own', () => {
    const cell = (tagName: string, value: string) => ({
      type: 'element' as const,
      tagName,
      properties: {},
      children: [{ type: 'text' as const, value }],
    });
    const table = {
      type: 'element' as const,
      tagName: 'table',
      properties: {},
      children: [
        {
          type: 'element' as const,
          tagName: 'tr',
          properties: {},
          children: [cell('th', 'Vroeger'), cell('th', 'Nu')],
        },
      ],
    };
    const tree: Root = { type: 'root', children: [table] };
    rehypeTableScroll()(tree);
    expect(tree.children[0]).toMatchObject({
      tagName: 'div',
      properties: { className: ['ll-table-scroll'], tabIndex: 0, role: 'group', ariaLabel: 'Vroeger · Nu' },
      children: [table],
    });
  });
});
