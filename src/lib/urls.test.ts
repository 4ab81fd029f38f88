import { describe, expect, it } from 'vitest';
import { relativeUrl, routes } from './urls';

describe('relativeUrl', () => {
  it.each([
    ['/', '/zelfregie/', 'zelfregie/'],
    ['/zelfregie/', '/', '../'],
    ['/zelfregie/', '/zelfregie/bijeenkomst-1/', 'bijeenkomst-1/'],
    ['/zelfregie/bijeenkomst-1/', '/zelfregie/bijeenkomst-2/', '../bijeenkomst-2/'],
    ['/zelfregie/bijeenkomst-1/', '/zelfregie/', '../'],
    ['/zelfregie/bijeenkomst-1/', '/', '../../'],
    ['/zelfregie/bijeenkomst-1/', '/_astro/page.css', '../../_astro/page.css'],
    ['/zelfregie/bijeenkomst-1/', '/zelfregie/bijeenkomst-1/', './'],
    ['/zelfregie/', '/zelfregie/outline.json', 'outline.json'],
    ['/_astro/page.css', '/_astro/font.woff2', 'font.woff2'],
    ['/_astro/page.css', '/theme.css', '../theme.css'],
    ['/zelfregie/bijeenkomst-1/', '/begrippen/#wmo', '../../begrippen/#wmo'],
    ['/zelfregie/', '/zelfregie/?tab=2', './?tab=2'],
    ['/a/', '/a', '../a'],
  ])('from %s to %s is %s', (from, to, expected) => {
    expect(relativeUrl(from, to)).toBe(expected);
  });

  it('resolves back to the target from any page', () => {
    const pages = ['/', '/zelfregie/', '/zelfregie/bijeenkomst-3/', '/_astro/x.css'];
    const targets = ['/', '/zelfregie/', '/vrijwilligers/bijeenkomst-2/', '/_astro/x.js', '/zelfregie/outline.json'];
    for (const from of pages) {
      for (const to of targets) {
        expect(new URL(relativeUrl(from, to), `https://example.org/sub${from}`).pathname, `${from} → ${to}`).toBe(
          `/sub${to}`,
        );
      }
    }
  });
});

describe('routes', () => {
  it('gives the URLs trainers bookmark', () => {
    expect(routes.course('zelfregie')).toBe('/zelfregie/');
    expect(routes.bijeenkomst('zelfregie', 'bijeenkomst-1')).toBe('/zelfregie/bijeenkomst-1/');
    expect(routes.outline('vrijwilligers')).toBe('/vrijwilligers/outline.json');
  });
});
