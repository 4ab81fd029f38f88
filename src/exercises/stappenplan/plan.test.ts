import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { markdownText, planFileName, planToMarkdown, planToText } from './plan';

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown);

describe('markdownText', () => {
  const typed = [
    '<img src=x onerror=alert(1)>',
    '</script><script>alert(1)</script>',
    'Zie [dit](javascript:alert(1)) en <https://example.org> of `code` en *nadruk* _ook_',
    '&lt;b&gt; blijft &amp; zoals getypt',
    '# geen kop\n- geen lijst\n> geen citaat\n1. geen telling\n2) ook niet\n+ niets',
    'een \\ backslash',
  ];

  it.each(typed)('keeps %j as literal text: no HTML, link, code or emphasis survives', (text) => {
    const tree = parse(markdownText(text));
    const kinds = new Set<string>();
    visit(tree, (node) => void kinds.add(node.type));
    expect([...kinds].filter((k) => !['root', 'paragraph', 'text'].includes(k))).toEqual([]);
    // What a Markdown viewer shows is what the participant typed (line breaks inside a paragraph aside).
    expect(toString(tree).replace(/\n/g, ' ')).toBe(text.replace(/\n/g, ' '));
  });
});

describe('Stappenplan export', () => {
  const plan = {
    title: 'Mijn plan',
    steps: [
      { id: 'verkennen', title: 'Verkennen' },
      { id: 'afbakenen', title: 'Afbakenen' },
    ],
    texts: { verkennen: '# geen kop\n- geen lijst' },
    empty: '(nog niet ingevuld)',
    stepLabel: 'Stap {n}',
  };
  it('writes Markdown with the participant text escaped', () => {
    expect(planToMarkdown(plan)).toBe(
      '# Mijn plan\n\n## Stap 1: Verkennen\n\n\\# geen kop\n\\- geen lijst\n\n## Stap 2: Afbakenen\n\n_(nog niet ingevuld)_\n',
    );
  });
  it('writes plain text', () => {
    expect(planToText(plan)).toBe(
      'Mijn plan\n=========\n\nStap 1: Verkennen\n-----------------\n# geen kop\n- geen lijst\n\nStap 2: Afbakenen\n-----------------\n(nog niet ingevuld)\n',
    );
  });
  it('makes a safe file name', () => {
    expect(planFileName('Mijn plan voor één vrijwilliger!', 'md')).toBe('mijn-plan-voor-een-vrijwilliger.md');
    expect(planFileName('???', 'txt')).toBe('plan.txt');
  });
});
