import { describe, expect, it } from 'vitest';
import { referencedUrls, resolveLink, rewriteLinks } from './links';

describe('package links', () => {
  const carries = (p: string) =>
    ['demo/index.html', 'demo/bijeenkomst-1/index.html', 'demo/bijeenkomst-2/index.html'].includes(p);

  it('resolves folders to their index.html', () => {
    expect(resolveLink('demo/bijeenkomst-1/index.html', '../bijeenkomst-2/')).toBe('demo/bijeenkomst-2/index.html');
    expect(resolveLink('demo/bijeenkomst-1/index.html', './#top')).toBe('demo/bijeenkomst-1/index.html');
    expect(resolveLink('demo/bijeenkomst-1/index.html', '../../theme.css')).toBe('theme.css');
  });

  it('makes folder links explicit and drops links to pages the package does not carry', () => {
    const html =
      '<a href="../bijeenkomst-2/#doel">x</a><a href="./">y</a><a class="c" href="../../">home</a><link href="../../theme.css"><a href="#top">t</a><a href="gids/">g</a>';
    expect(rewriteLinks(html, 'demo/bijeenkomst-1/index.html', carries)).toBe(
      '<a href="../bijeenkomst-2/index.html#doel">x</a><a href="index.html">y</a><span>home</span><link href="../../theme.css"><a href="#top">t</a><span>g</span>',
    );
  });

  it('leaves out what the site marks as outside, with everything in it', () => {
    const html = '<header data-ll-outside><a href="../../">Cursussen</a></header><main><a href="../">Terug</a></main>';
    expect(rewriteLinks(html, 'demo/bijeenkomst-1/index.html', carries)).toBe(
      '<main><a href="../index.html">Terug</a></main>',
    );
  });

  it('finds what HTML, CSS and JS load, srcset and noscript included', () => {
    expect(
      referencedUrls(
        'a.html',
        '<script src="x.js"></script><a href="https://example.org">e</a><img src="a.png" srcset="a-1.png 1x, b/a-2.png 2x"><noscript><a href="../">c</a></noscript>',
      ),
    ).toEqual(['x.js', 'a.png', 'a-1.png', 'b/a-2.png', '../']);
    expect(referencedUrls('a.css', 'b{background:url("img/a.png")}')).toEqual(['img/a.png']);
    expect(referencedUrls('a.js', 'import("./run.js");const m=["./b.css"]')).toEqual(['./run.js', './b.css']);
  });
});
