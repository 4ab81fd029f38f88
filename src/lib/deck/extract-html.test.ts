import { describe, expect, it } from 'vitest';
import { extractElements, innerHtml } from './extract-html';

describe('extractElements', () => {
  it('keeps marked elements, counts nested ones and returns the rest', () => {
    const html =
      '<p>intro</p><section data-ll-deck-slide data-title="a > b"><h2>A</h2><section><p>in</p></section></section>' +
      '<h2>kop</h2><section class="x"><p>other</p></section><section data-ll-deck-slide><p>B</p></section><p>end</p>';
    const { elements, rest } = extractElements(html, 'section', 'data-ll-deck-slide');
    expect(elements).toEqual([
      '<section data-ll-deck-slide data-title="a > b"><h2>A</h2><section><p>in</p></section></section>',
      '<section data-ll-deck-slide><p>B</p></section>',
    ]);
    expect(rest).toBe('<p>intro</p><h2>kop</h2><section class="x"><p>other</p></section><p>end</p>');
  });

  it('does not mistake a longer attribute name for the marker', () => {
    expect(
      extractElements('<aside data-ll-notes-x>a</aside><aside data-ll-notes="">b</aside>', 'aside', 'data-ll-notes')
        .elements,
    ).toEqual(['<aside data-ll-notes="">b</aside>']);
  });

  it('fails loudly on an unclosed element', () => {
    expect(() => extractElements('<aside data-ll-notes><p>', 'aside', 'data-ll-notes')).toThrow(/not closed/);
  });
});

describe('innerHtml', () => {
  it('strips the outer tags, whatever their attributes hold', () => {
    expect(innerHtml('<li class="a" data-x="1>2"><b>Vier</b> en meer</li>')).toBe('<b>Vier</b> en meer');
    expect(innerHtml('  <div>\n<p>Tekst</p>\n</div>\n')).toBe('\n<p>Tekst</p>\n');
    expect(innerHtml('<div></div>')).toBe('');
  });
});
