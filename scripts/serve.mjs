#!/usr/bin/env node
/**
 * Serves the built site (dist/) on localhost, optionally under a sub-folder to prove that every
 * link is relative: `node scripts/serve.mjs --prefix /opleidingen/ --port 4321`. Compresses what it
 * sends, as any real web server does, so what a phone loads here is what it loads in production.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    prefix: { type: 'string', default: '/' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    /** A page to point at after starting, such as `lms/` for the LMS preview. */
    page: { type: 'string', default: '' },
  },
});

const prefix = `/${values.prefix.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
if (!existsSync(values.dir)) {
  console.error(`Nothing to serve: ${values.dir}/ does not exist. Run "npm run build" first.`);
  process.exit(1);
}
// Looked up on disk at each request (sirv's dev mode), so a rebuild while serving is served at once
// instead of the file list read at start; sent whole every time (no-store, no 304 answers), as
// browsers and tests that read a response's body expect.
const files = sirv(values.dir, { dev: true, etag: false, extensions: ['html'] });
const compress = compression();

const server = createServer((req, res) => compress(req, res, () => handle(req, res)));

/** Whether a URL path names a folder of the site (one with an index page). */
function isFolder(/** @type {string} */ pathname) {
  try {
    const folder = resolve(values.dir, `.${decodeURI(pathname)}`);
    return folder.startsWith(resolve(values.dir)) && existsSync(join(folder, 'index.html'));
  } catch {
    return false; // Not a valid URL path: sirv answers it.
  }
}

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
function handle(req, res) {
  const url = req.url ?? '/';
  if (`${url.split('?')[0]}/` === prefix) {
    res.writeHead(301, { Location: prefix });
    res.end();
    return;
  }
  if (!url.startsWith(prefix)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`Not found. The site is served under ${prefix}\n`);
    return;
  }
  req.url = `/${url.slice(prefix.length)}`;
  // A folder without its slash would serve the page with every relative link one level off.
  const [pathname = '', query] = req.url.split('?');
  if (!pathname.endsWith('/') && isFolder(pathname)) {
    res.writeHead(301, { Location: `${prefix}${pathname.slice(1)}/${query ? `?${query}` : ''}` });
    res.end();
    return;
  }
  files(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  });
}

server.listen(Number(values.port), values.host, () => {
  const base = `http://${values.host === '127.0.0.1' ? 'localhost' : values.host}:${values.port}${prefix}`;
  console.log(`Leerlijn is served at ${base}`);
  console.log(values.page ? `Open ${base}${values.page}` : `LMS preview of the SCORM packages: ${base}lms/`);
});
