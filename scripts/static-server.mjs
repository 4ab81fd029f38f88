/**
 * The one static server of the project: `npm start`/`npm run serve`, the PDF export and the
 * browser tests all serve a built site through it. It serves under a sub-folder when asked (to
 * prove that every link is relative), redirects a folder without its slash, and compresses what
 * it sends, as any real web server does, so what a phone loads here is what it loads in production.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/** `/opleidingen/` from `opleidingen`, `/opleidingen/` or `/`. */
const normalPrefix = (/** @type {string} */ prefix) => `/${prefix.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/**
 * Serves `dir` and resolves once listening.
 * @param {{ dir: string, prefix?: string, port?: number, host?: string }} options port 0: any free port
 * @returns {Promise<{ origin: string, base: string, close: () => Promise<void> }>} base: origin + prefix
 */
export async function startStaticServer({ dir, prefix = '/', port = 0, host = '127.0.0.1' }) {
  const root = resolve(dir);
  const under = normalPrefix(prefix);
  // Looked up on disk at each request (sirv's dev mode), so a rebuild while serving is served at
  // once instead of the file list read at start; sent whole every time (no 304 answers), as
  // browsers and tests that read a response's body expect.
  const files = sirv(root, { dev: true, etag: false, extensions: ['html'] });
  const compress = compression();

  /** Whether a URL path names a folder of the site (one with an index page). */
  const isFolder = (/** @type {string} */ pathname) => {
    try {
      const folder = resolve(root, `.${decodeURI(pathname)}`);
      return folder.startsWith(root) && existsSync(join(folder, 'index.html'));
    } catch {
      return false; // Not a valid URL path: sirv answers it.
    }
  };

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  const handle = (req, res) => {
    const url = req.url ?? '/';
    if (`${url.split('?')[0]}/` === under) {
      res.writeHead(301, { Location: under });
      res.end();
      return;
    }
    if (!url.startsWith(under)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Not found. The site is served under ${under}\n`);
      return;
    }
    req.url = `/${url.slice(under.length)}`;
    // A folder without its slash would serve the page with every relative link one level off.
    const [pathname = '', query] = req.url.split('?');
    if (!pathname.endsWith('/') && isFolder(pathname)) {
      res.writeHead(301, { Location: `${under}${pathname.slice(1)}/${query ? `?${query}` : ''}` });
      res.end();
      return;
    }
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    });
  };

  const server = createServer((req, res) => compress(req, res, () => handle(req, res)));
  await new Promise((done) => server.listen(port, host, () => done(undefined)));
  const address = server.address();
  const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    base: `${origin}${under}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}
