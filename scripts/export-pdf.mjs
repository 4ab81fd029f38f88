#!/usr/bin/env node
/**
 * Writes PDFs of the built site: each bijeenkomst's slides (one slide a page) and each course's
 * trainer guide (A4), into dist/pdf/. Serves dist/ on a free local port and prints the pages with
 * the system's Chromium. Run `npm run build` first.
 *
 *   node scripts/export-pdf.mjs [--dist dist] [--out dist/pdf]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import sirv from 'sirv';

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

const files = sirv(dist, { dev: false, extensions: ['html'] });
const server = createServer((req, res) =>
  files(req, res, () => {
    res.writeHead(404);
    res.end();
  }),
);
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

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

  for (const course of courses) {
    for (const bijeenkomst of course.bijeenkomsten) {
      await print(`/${course.slug}/${bijeenkomst.slug}/slides/`, `${course.slug}-${bijeenkomst.slug}-slides.pdf`);
    }
    await print(`/${course.slug}/gids/`, `${course.slug}-gids.pdf`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Wrote ${written.length} PDFs:\n${written.map((file) => `  ${file}`).join('\n')}`);
