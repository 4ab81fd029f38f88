#!/usr/bin/env node
/**
 * Writes PDFs of the built site into dist/pdf/: each bijeenkomst's slides (one slide a page) and
 * printed sheets (`-materiaal.pdf`, A4, each sheet on its own page), each course's trainer guide
 * and participants' map (`-deelnemersmap.pdf`, A4). Serves dist/ on a free local port and prints
 * the pages with the system's Chromium, then shows the links to the PDFs it wrote on the course
 * overview and in the guide. Run `npm run build` first. The file names match src/lib/print/pdf-files.ts.
 *
 *   node scripts/export-pdf.mjs [--dist dist] [--out dist/pdf]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { startStaticServer } from './static-server.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string' },
  },
});
const dist = path.resolve(values.dist);
const out = path.resolve(values.out ?? path.join(dist, 'pdf'));

if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(
    `Nothing to export: ${path.relative(process.cwd(), dist) || '.'}/ has no built site. Run "npm run build" first.`,
  );
  process.exit(1);
}

/** Each course of the build, from its outline.json. */
const courses = readdirSync(dist, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(dist, entry.name, 'outline.json')))
  .map((entry) => JSON.parse(readFileSync(path.join(dist, entry.name, 'outline.json'), 'utf8')));

const { origin, close: closeServer } = await startStaticServer({ dir: dist });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const written = [];
try {
  mkdirSync(out, { recursive: true });
  const page = await browser.newPage();
  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });

  /** Prints one page of the site; the page's own print stylesheet decides the paper. */
  const print = async (sitePath, file) => {
    const response = await page.goto(`${origin}${sitePath}`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${sitePath} answered ${response?.status()}`);
    await page.evaluate(() => document.fonts.ready);
    const target = path.join(out, file);
    await page.pdf({ path: target, preferCSSPageSize: true, printBackground: true, format: 'A4' });
    written.push(path.relative(process.cwd(), target));
  };

  /** A page of the build, if the build made it (only bijeenkomsten with sheets have a materials page). */
  const built = (sitePath) => existsSync(path.join(dist, sitePath, 'index.html'));

  for (const course of courses) {
    for (const bijeenkomst of course.bijeenkomsten) {
      await print(`/${course.slug}/${bijeenkomst.slug}/slides/`, `${course.slug}-${bijeenkomst.slug}-slides.pdf`);
      const materials = `/${course.slug}/${bijeenkomst.slug}/materiaal/`;
      if (built(materials)) await print(materials, `${course.slug}-${bijeenkomst.slug}-materiaal.pdf`);
    }
    await print(`/${course.slug}/gids/`, `${course.slug}-gids.pdf`);
    if (built(`/${course.slug}/deelnemersmap/`))
      await print(`/${course.slug}/deelnemersmap/`, `${course.slug}-deelnemersmap.pdf`);
  }
} finally {
  await browser.close();
  await closeServer();
}

/**
 * The course overview and the guide carry a hidden list of the PDFs an export can write; show it,
 * keeping only the PDFs written now. The list is the build's own markup (PdfLinks.astro).
 */
const writtenNames = new Set(written.map((file) => path.basename(file)));
// The pages link to pdf/ next to them; PDFs written elsewhere (--out) are not theirs to show.
for (const course of out === path.join(dist, 'pdf') ? courses : []) {
  for (const page of [path.join(dist, course.slug, 'index.html'), path.join(dist, course.slug, 'gids', 'index.html')]) {
    if (!existsSync(page)) continue;
    const html = readFileSync(page, 'utf8');
    const shown = html
      .replace(/<li data-ll-pdf="([^"]+)"[^>]*>[\s\S]*?<\/li>/g, (item, file) =>
        writtenNames.has(file) ? item.replace('data-ll-pdf-href=', 'href=') : '',
      )
      .replace(/(<section\b[^>]*\bdata-ll-pdf-links\b[^>]*?)\s+hidden(?=[\s>])/, '$1');
    if (shown !== html) writeFileSync(page, shown);
  }
}
console.log(`Wrote ${written.length} PDFs:\n${written.map((file) => `  ${file}`).join('\n')}`);
