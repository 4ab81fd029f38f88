import { describe, expect, it } from 'vitest';
import { checkMdxBody } from './check-mdx';

const messages = (source: string) =>
  checkMdxBody(source, 'cursus/bijeenkomst-1.mdx').problems.map(
    (p) => `${p.line}:${p.column}${p.field ? ` ${p.field}` : ''} ${p.message}`,
  );

describe('MDX expressions in course files', () => {
  it('locates a placeholder in curly braces and says how to write braces as text', () => {
    expect(messages('# Kop\n\nBeste {naam}, welkom.\n')).toMatchInlineSnapshot(`
      [
        "3:7 {naam} is read as code (an MDX expression), which course files cannot use; to show the curly braces as text, write \\{naam\\}",
      ]
    `);
  });

  it('finds an expression on a line of its own and inside a component', () => {
    const found = messages('{1 + 1}\n\n<Callout>\nDag {voornaam}\n</Callout>\n');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^1:1 \{1 \+ 1\} is read as code/);
    expect(found[1]).toMatch(/^4:5 \{voornaam\} is read as code/);
  });

  it('allows comments and escaped braces', () => {
    expect(messages('{/* OEFENING: later */}\n\nSchrijf \\{naam\\} op het kaartje.\n')).toEqual([]);
  });

  it('refuses an attribute that is code rather than a value', () => {
    expect(messages('<Callout title={kop}>\nTekst\n</Callout>\n')).toMatchInlineSnapshot(`
      [
        "1:1 title <Callout> title={kop} is code, which course files cannot use; write a plain value such as title="tekst" or title={3}",
      ]
    `);
  });

  it('adds the brace hint when a brace is never closed', () => {
    const [message] = messages('Laatste {dia.\n');
    expect(message).toMatch(
      /this is not valid MDX: .*; a curly brace in text starts code in MDX: write \\\{ and \\\} to show braces$/,
    );
  });
});
