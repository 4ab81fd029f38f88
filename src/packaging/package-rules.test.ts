import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkPackage } from './package-rules';

const MANIFEST =
  '<?xml version="1.0"?><manifest identifier="m"><organizations><organization identifier="o"></organization></organizations>' +
  '<resources><resource identifier="r" href="index.html"></resource></resources></manifest>';

function zipWith(files: Record<string, string>): Uint8Array {
  const entries = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]));
  return zipSync({ 'imsmanifest.xml': strToU8(MANIFEST), ...entries });
}

describe('checkPackage: absolute and external URLs', () => {
  it('accepts relative URLs, fragments and data: images in CSS', () => {
    const zip = zipWith({
      'index.html': '<link href="a.css" rel="stylesheet"><a href="#top">t</a><img src="i.png" srcset="i.png 2x">',
      'a.css': 'a{background:url(data:image/png;base64,AAAA)}b{background:url("i.png")}',
      'i.png': '',
    });
    expect(checkPackage(zip)).toEqual([]);
  });

  it.each([
    ['a root-absolute src', '<img src="/i.png">'],
    ['a web address in srcset', '<img src="i.png" srcset="https://example.org/i.png 2x">'],
    ['a protocol-relative link', '<a href="//example.org/">x</a>'],
    ['a web font in an inline style', '<p style="background:url(https://example.org/a.png)">x</p>'],
    ['a root-absolute url() in <style>', '<style>a{background:url(/a.png)}</style>'],
  ])('refuses %s in HTML', (_, html) => {
    expect(checkPackage(zipWith({ 'index.html': html, 'i.png': '' }))).toContain(
      'index.html refers to an absolute or external URL',
    );
  });

  it('does not mistake text that looks like an attribute for a URL', () => {
    expect(checkPackage(zipWith({ 'index.html': '<code>src=&quot;/i.png&quot;</code>' }))).toEqual([]);
  });

  it('refuses absolute URLs in stylesheets and in templates inside scripts', () => {
    const problems = checkPackage(
      zipWith({
        'index.html': '<p>x</p>',
        'a.css': '@import url(https://example.org/x.css);',
        'a.js': 'const t = html`<img src="/x.png">`;',
      }),
    );
    expect(problems).toContain('a.css refers to an absolute or external URL');
    expect(problems).toContain('a.js refers to an absolute or external URL');
  });
});
