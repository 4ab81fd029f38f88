import { describe, expect, it } from 'vitest';
import { relativizeCss, relativizeHtml, sitePathOf } from './relative-output';

describe('relativizeHtml', () => {
  it("rewrites the bundler's root-absolute asset URLs relative to the page", () => {
    const html =
      '<link rel="stylesheet" href="/_astro/index.css"><script type="module" src="/_astro/page.js"></script>';
    expect(relativizeHtml(html, '/zelfregie/bijeenkomst-1/')).toBe(
      '<link rel="stylesheet" href="../../_astro/index.css"><script type="module" src="../../_astro/page.js"></script>',
    );
  });

  it('handles single quotes, srcset and inline style url()', () => {
    expect(relativizeHtml('<img src=\'/a.png\' srcset="/a.png 1x, /a@2x.png 2x">', '/x/')).toBe(
      '<img src=\'../a.png\' srcset="../a.png 1x, ../a@2x.png 2x">',
    );
    expect(relativizeHtml('<div style="background: url(/bg.png)">', '/x/y/')).toBe(
      '<div style="background: url(../../bg.png)">',
    );
  });

  it("drops the inline style of Astro's responsive images, which the CSP would refuse, and no other", () => {
    expect(
      relativizeHtml(
        '<img src="/_astro/k.webp" srcset="/_astro/k.webp 640w" style="--fit: cover; --pos: center;" data-astro-image="constrained" width="1200">',
        '/x/',
      ),
    ).toBe('<img src="../_astro/k.webp" srcset="../_astro/k.webp 640w" data-astro-image="constrained" width="1200">');
    const own = '<img src="a.png" style="--fit: cover; color: red" data-astro-image="constrained"><p style="--pos: 0">';
    expect(relativizeHtml(own, '/x/')).toBe(own);
  });

  it('leaves relative, external, protocol-relative and fragment URLs alone', () => {
    const html =
      '<a href="../x/">a</a><a href="https://example.org/">b</a><a href="//cdn.example/">c</a><a href="#top">d</a><a href="mailto:a@b">e</a>';
    expect(relativizeHtml(html, '/zelfregie/')).toBe(html);
  });

  it('does not touch text that merely looks like an attribute', () => {
    const html = '<code>href=&quot;/x&quot;</code>';
    expect(relativizeHtml(html, '/a/')).toBe(html);
  });
});

describe('relativizeCss', () => {
  it('rewrites url() relative to the stylesheet', () => {
    expect(relativizeCss('@font-face{src:url(/_astro/f.woff2) format("woff2")}', '/_astro/index.css')).toBe(
      '@font-face{src:url(f.woff2) format("woff2")}',
    );
    expect(relativizeCss('a{background:url("/img/a.svg")}', '/_astro/index.css')).toBe(
      'a{background:url("../img/a.svg")}',
    );
  });
});

describe('sitePathOf', () => {
  it('serves index.html files as their folder', () => {
    expect(sitePathOf('/out/index.html', '/out')).toBe('/');
    expect(sitePathOf('/out/zelfregie/bijeenkomst-1/index.html', '/out')).toBe('/zelfregie/bijeenkomst-1/');
    expect(sitePathOf('/out/_astro/a.css', '/out')).toBe('/_astro/a.css');
  });
});
