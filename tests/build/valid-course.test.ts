import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CourseOutline } from '../../src/lib/course-data';
import { site } from '../../src/site.config';
import { astroBuild, VALID_COURSES } from './run-astro';

/** Builds the small fixture course once and reads what came out. */
describe('building a valid course', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'leerlijn-dist-'));
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
  let output = '';

  beforeAll(async () => {
    const result = await astroBuild(VALID_COURSES, outDir);
    output = result.output;
    expect(result.status, output).toBe(0);
  }, 120_000);

  it('writes the catalogue, the course overview, a page per bijeenkomst and the outline', () => {
    for (const file of [
      'index.html',
      'demo/index.html',
      'demo/bijeenkomst-1/index.html',
      'demo/bijeenkomst-2/index.html',
      'demo/outline.json',
    ]) {
      expect(() => read(file), file).not.toThrow();
    }
  });

  it('writes an outline with the agenda, the slides and whether they have notes', () => {
    const outline = JSON.parse(read('demo/outline.json')) as CourseOutline;
    expect(outline).toMatchObject({
      slug: 'demo',
      title: 'Demo & proef — een cursus om te testen',
      duration: 90,
      mastery: 70,
      variants: [{ id: 'in-een-keer', parts: [{ title: 'Dagdeel 1', bijeenkomsten: [1, 2], duration: 90 }] }],
    });
    expect(outline.bijeenkomsten.map((b) => b.slug)).toEqual(['bijeenkomst-1', 'bijeenkomst-2']);
    const [first, second] = outline.bijeenkomsten;
    expect(first?.agenda).toEqual([
      { id: 'welkom', title: 'Welkom', minutes: 15, kind: 'plenair' },
      { id: 'oefenen', title: 'Oefenen', minutes: 45, kind: 'oefening' },
    ]);
    expect(first?.slides).toEqual([
      { n: 1, title: 'Welkom', block: 'welkom', hasNotes: true },
      { n: 2, title: 'Oefenen', block: 'oefenen', hasNotes: false },
      { n: 3, title: 'Samen checken', block: 'oefenen', hasNotes: true },
      { n: 4, title: 'Bespreken', block: 'oefenen', hasNotes: false },
      { n: 5, title: 'Oefengesprek', block: 'oefenen', hasNotes: false },
      { n: 6, title: 'Waar staat u?', block: 'oefenen', hasNotes: false },
    ]);
    expect(first?.exercises.map((e) => e.id)).toEqual([
      'demo-check',
      'zaal-check',
      'zaal-reflectie',
      'zaal-gesprek',
      'zaal-schaal',
      'zaal-gelezen',
    ]);
    expect(second?.exercises).toEqual([]);
    expect(second?.slides).toEqual([{ n: 1, title: 'Afronden', block: null, hasNotes: false }]);
  });

  it('keeps trainer notes out of participant pages and renders slides as summaries or sections', () => {
    const page = read('demo/bijeenkomst-1/index.html');
    expect(page).not.toContain('Geheime trainersnotitie');
    // A slide of text is a summary box (the course default); a slide that holds an exercise stays a section.
    expect(page).toMatch(/<div class="ll-summary" id="welkom"/);
    expect(page).toMatch(/<section class="ll-slide"[^>]*aria-labelledby="bespreken"/);
    expect(page).toContain('<h2 id="tussenkop">Tussenkop</h2>');
    expect(page).toContain('href="#tussenkop"');
  });

  it('gives an English course an English interface', () => {
    const page = read('english/session-1/index.html');
    expect(page).toMatch(/^<!DOCTYPE html><html lang="en"/);
    expect(page).toContain('Session 1 of 1');
    expect(page).toContain('Learning goals');
    expect(page).toContain('Good to know');
    expect(read('demo/bijeenkomst-1/index.html')).toContain('Bijeenkomst 1 van 2');
    expect(read('index.html')).toMatch(/<li class="ll-card"[^>]* lang="en"/);
  });

  it("themes every page from the organisation's colours in site.config.ts", () => {
    expect(read('theme.css')).toContain(`--ll-accent: ${site.colors.accent};`);
    expect(read('demo/bijeenkomst-1/index.html')).toContain('href="../../theme.css"');
  });

  it('gives every page an icon in the accent colour, so no browser asks the host for favicon.ico', () => {
    expect(read('favicon.svg')).toContain(`fill="${site.colors.accent}"`);
    for (const [page, href] of [
      ['index.html', 'favicon.svg'],
      ['demo/bijeenkomst-1/index.html', '../../favicon.svg'],
      ['demo/scorm/index.html', '../../favicon.svg'],
    ] as const) {
      expect(read(page), page).toContain(`<link rel="icon" href="${href}" type="image/svg+xml">`);
    }
  });

  it('escapes titles and writes no root-absolute or external URL anywhere', () => {
    const files: string[] = [];
    const walk = (dir: string) =>
      readdirSync(dir, { withFileTypes: true }).forEach((e) =>
        e.isDirectory() ? walk(path.join(dir, e.name)) : files.push(path.join(dir, e.name)),
      );
    walk(outDir);
    expect(read('index.html')).toContain('Demo &amp; proef');
    for (const file of files.filter((f) => /\.(html|css|js)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/(?:href|src|action)=["']\/(?!\/)/);
      expect(text, file).not.toMatch(/url\(["']?\//);
      expect(text, file).not.toMatch(/(?:href|src)=["'](?:https?:)?\/\//);
    }
  });

  it("sends a course's photos through the image pipeline: WebP in several widths, sized, no inline style", () => {
    const page = read('demo/bijeenkomst-1/index.html');
    const img = /<img [^>]*alt="Tien stoelen in een kring[^>]*>/.exec(page)?.[0] ?? '';
    expect(img).toMatch(/ src="\.\.\/\.\.\/_astro\/kring\.[\w-]+\.webp"/);
    expect(img).toMatch(/ width="1200" height="800"/);
    const widths = [...(/ srcset="([^"]+)"/.exec(img)?.[1] ?? '').matchAll(/\.webp (\d+)w/g)].map((m) => Number(m[1]));
    expect(widths.length).toBeGreaterThan(2);
    expect(Math.min(...widths)).toBeLessThanOrEqual(640);
    expect(img).toContain(' sizes="');
    expect(img).not.toContain('style=');
    // The original PNG never reaches the site.
    expect(readdirSync(path.join(outDir, '_astro')).filter((f) => f.endsWith('.png'))).toEqual([]);
  });

  it('renders exercises readable without JavaScript and loads only the scripts of the elements a page uses', () => {
    const first = read('demo/bijeenkomst-1/index.html');
    expect(first).toMatch(/<ll-kennischeck id="demo-check" pass-mark="1" data-ll-exercise="kennischeck"/);
    expect(first).toContain('Wat is twee plus twee?');
    expect(first).toMatch(/data-ll-option="vier" data-correct(="")? data-feedback="Goed.">\s*Vier\s*</);
    expect(first).toContain('<html lang="nl" data-course="demo" data-bijeenkomst="bijeenkomst-1">');

    // Follow each page's module scripts and their static imports, as the browser does.
    const closure = (page: string): string[] => {
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
          visit(path.resolve(path.dirname(file), spec!));
      };
      const html = read(page);
      for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g))
        visit(path.resolve(path.dirname(path.join(outDir, page)), src!));
      return [...seen];
    };
    const loaded = (page: string): string =>
      closure(page)
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
    // An element's code is a chunk of its own (ll-kennischeck.<hash>.js), fetched when the element
    // comes near the viewport: none is loaded with the page, but the page can fetch the ones it has.
    const elementChunk = /\/ll-[a-z]+\.[\w-]+\.js$/;
    expect(closure('demo/bijeenkomst-1/index.html').filter((file) => elementChunk.test(file))).toEqual([]);
    expect(loaded('demo/bijeenkomst-1/index.html')).toMatch(/import\("\.\/ll-kennischeck\.[\w-]+\.js"\)/);
    expect(loaded('demo/bijeenkomst-1/index.html')).not.toContain('site.skipLink');
    const strings = [
      ...read('demo/bijeenkomst-1/index.html').matchAll(/data-ll-strings="([a-z]+)" lang="([a-z]+)">([^<]*)</g),
    ];
    expect(strings.map(([, element, lang]) => `${element} ${lang}`)).toContain('kennischeck nl');
    expect(new Set(strings.map(([, element]) => element)).size).toBe(strings.length);
    const kennischeck = JSON.parse(strings.find(([, element]) => element === 'kennischeck')![3]!) as Record<
      string,
      string
    >;
    expect(kennischeck['kennischeck.check']).toBe('Controleer');
    expect(Object.keys(kennischeck).some((key) => key.startsWith('reflectie.'))).toBe(false);
    // A page without exercises loads the progress tracker, but no exercise code, not even the loader.
    expect(loaded('demo/bijeenkomst-2/index.html')).not.toMatch(
      /"ll-(kennischeck|reflectie|rollenspel|schaalvraag|netwerkcirkel|zelfredzaamheidscan|stappenplan|voortgang)"|ll-[a-z]+\.[\w-]+\.js/,
    );
    // Slides show exercises in their room form: the deck and the presenter view load no exercise code and no tracker.
    for (const page of [
      'demo/bijeenkomst-1/slides/index.html',
      'demo/bijeenkomst-1/slides/presenter/index.html',
      'english/session-1/slides/index.html',
    ]) {
      expect(read(page), page).toContain('data-ll-room=');
      expect(loaded(page), page).not.toMatch(
        /"ll-(kennischeck|reflectie|rollenspel|schaalvraag|netwerkcirkel|zelfredzaamheidscan|stappenplan|voortgang)"|leerlijnTrackingReady/,
      );
    }
  });
});
