import { describe, expect, it } from 'vitest';
import { cssUrls, editHtml, htmlUrls, rewriteCssUrls } from './built-html';

const upper = ({ url }: { url: string }) => url.toUpperCase();

describe('htmlUrls', () => {
  it('finds URL attributes, srcset candidates, inline styles and <style> text, in source order', () => {
    const html =
      '<link rel="preload" imagesrcset="/a.png 1x, /b.png 2x"><style>a{background:url(/s.png)}</style>' +
      '<img src="i.png" srcset="i-1.png 640w,i-2.png 1280w"><div style="background:url(\'d.png\')"></div>' +
      '<object data="o.svg"></object><video poster="p.jpg"></video><form action="f/"></form>';
    expect(htmlUrls(html).map(({ tag, attribute, url }) => `${tag}.${attribute}=${url}`)).toEqual([
      'link.imagesrcset=/a.png',
      'link.imagesrcset=/b.png',
      'style.=/s.png',
      'img.src=i.png',
      'img.srcset=i-1.png',
      'img.srcset=i-2.png',
      'div.style=d.png',
      'object.data=o.svg',
      'video.poster=p.jpg',
      'form.action=f/',
    ]);
  });

  it('reads <noscript> and <template> content as markup, script text and look-alike text not at all', () => {
    const html =
      '<noscript><a href="n/">n</a></noscript><template><img src="t.png"></template>' +
      '<script>const a = \'<a href="/no">\';</script><code>href=&quot;/x&quot;</code>';
    expect(htmlUrls(html).map((u) => u.url)).toEqual(['n/', 't.png']);
  });

  it('decodes entities and gives each URL its element attributes', () => {
    const [url] = htmlUrls('<script type="module" data-x=\'a>b\' src="a.js?x=1&amp;y=2"></script>');
    expect(url?.url).toBe('a.js?x=1&y=2');
    expect(url?.attrs.get('type')).toBe('module');
    expect(url?.attrs.get('data-x')).toBe('a>b');
  });
});

describe('editHtml', () => {
  it('changes nothing, byte for byte, when every URL is kept', () => {
    const html =
      '<!doctype html><html><head><link rel=stylesheet href=a.css></head><body><img srcset="a.png 1x,b.png 2x">' +
      '<p>Unclosed<p style="x:url(a)">x</body></html>';
    expect(editHtml(html, { rewrite: ({ url }) => url }).html).toBe(html);
  });

  it('rewrites quoted, unquoted and entity-holding values, keeping the rest of the tag', () => {
    expect(
      editHtml('<a class=x href=/a>t</a><a href=\'/b&amp;c\' id="k">u</a><img srcset="/s.png 2x">', {
        rewrite: upper,
      }).html,
    ).toBe('<a class=x href="/A">t</a><a href=\'/B&amp;C\' id="k">u</a><img srcset="/S.PNG 2x">');
  });

  it('rewrites url() in inline styles and <style> text', () => {
    expect(
      editHtml('<style>a{b:url("/x.png")}</style><i style="background:url(/y.png)"></i>', { rewrite: upper }).html,
    ).toBe('<style>a{b:url("/X.PNG")}</style><i style="background:url(/Y.PNG)"></i>');
  });

  it('removes marked elements with everything inside, and leaves their URLs out', () => {
    const { html, urls } = editHtml(
      '<header data-out><nav><a href="a/">a</a></nav></header><main><a href="b/">b</a></main>',
      { remove: ({ attrs }) => attrs.has('data-out') },
    );
    expect(html).toBe('<main><a href="b/">b</a></main>');
    expect(urls.map((u) => u.url)).toEqual(['b/']);
  });

  it('turns a dropped link into a span with its words, and leaves other dropped URLs as they are', () => {
    const { html, urls } = editHtml('<a class="c" href="x/">words <b>here</b></a><img src="x.png">', {
      rewrite: () => null,
    });
    expect(html).toBe('<span>words <b>here</b></span><img src="x.png">');
    expect(urls).toEqual([]);
  });
});

describe('CSS url()', () => {
  it('finds and rewrites quoted and unquoted URLs, keeping quotes and spacing', () => {
    const css = '@font-face{src:url(/f.woff2) format("woff2")}a{b:url( "i.svg" )}';
    expect(cssUrls(css)).toEqual(['/f.woff2', 'i.svg']);
    expect(rewriteCssUrls(css, (u) => `x${u}`)).toBe(
      '@font-face{src:url(x/f.woff2) format("woff2")}a{b:url( "xi.svg" )}',
    );
  });
});
