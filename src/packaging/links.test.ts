import { describe, expect, it } from 'vitest';
import { referencedUrls, resolveLink, rewriteLinks } from './links';

describe('package links', () => {
  const inPackage = (p: string) =>
    ['demo/index.html', 'demo/bijeenkomst-1/index.html', 'demo/bijeenkomst-2/index.html', 'theme.css'].includes(p);

  it('resolves folders to their index.html', () => {
    expect(resolveLink('demo/bijeenkomst-1/index.html', '../bijeenkomst-2/')).toBe('demo/bijeenkomst-2/index.html');
    expect(resolveLink('demo/bijeenkomst-1/index.html', './#top')).toBe('demo/bijeenkomst-1/index.html');
    expect(resolveLink('demo/bijeenkomst-1/index.html', '../../theme.css')).toBe('theme.css');
  });

  it('makes folder links explicit and sends links out of the package to the overview', () => {
    const html =
      '<a href="../bijeenkomst-2/#doel">x</a><a href="./">y</a><a href="../../">home</a><link href="../../theme.css"><a href="#top">t</a>';
    expect(rewriteLinks(html, 'demo/bijeenkomst-1/index.html', inPackage, 'demo/index.html')).toBe(
      '<a href="../bijeenkomst-2/index.html#doel">x</a><a href="index.html">y</a><a href="../index.html">home</a><link href="../../theme.css"><a href="#top">t</a>',
    );
  });

  it('finds what HTML, CSS and JS load', () => {
    expect(referencedUrls('a.html', '<script src="x.js"></script><a href="https://example.org">e</a>')).toEqual([
      'x.js',
    ]);
    expect(referencedUrls('a.css', 'b{background:url("img/a.png")}')).toEqual(['img/a.png']);
    expect(referencedUrls('a.js', 'import("./run.js");const m=["./b.css"]')).toEqual(['./run.js', './b.css']);
  });
});
