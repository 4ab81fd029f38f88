import { expect, test, type Page } from './exercise-loading';
import { PREFIX } from '../../playwright.config';
import { builtPages } from './built-pages';

/** Every URL a page points at: links, stylesheets, scripts, images. */
async function referencedUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls = new Set<string>();
    document
      .querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')
      .forEach((el) => urls.add(el.href));
    document
      .querySelectorAll<HTMLScriptElement | HTMLImageElement>('script[src], img[src]')
      .forEach((el) => urls.add(el.src));
    return [...urls].map((url) => url.split('#')[0]!);
  });
}

test('served under a sub-folder, every page loads only its own files and every link resolves', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  const checked = new Set<string>();
  for (const path of builtPages()) {
    await page.goto(path || './');
    for (const url of await referencedUrls(page)) {
      expect(url.startsWith(`${origin}${PREFIX}`), `${path} points outside the site: ${url}`).toBe(true);
      if (checked.has(url)) continue;
      checked.add(url);
      const response = await page.request.get(url);
      expect(response.status(), `${path} → ${url}`).toBe(200);
    }
  }
  expect(failed).toEqual([]);
  for (const url of requests)
    expect(url.startsWith(`${origin}${PREFIX}`), `request outside the site: ${url}`).toBe(true);
  // Every page of the build was reached by at least one link: nothing is orphaned.
  for (const path of builtPages().filter(Boolean)) {
    expect(
      [...checked].some((url) => url === `${origin}${PREFIX}${path}`),
      `no link leads to /${path}`,
    ).toBe(true);
  }
});

test('the local server sends a folder without its slash to the folder, and compresses what it sends', async ({
  request,
}) => {
  const folder = await request.get('zelfregie', { maxRedirects: 0 });
  expect(folder.status()).toBe(301);
  expect(folder.headers()['location']).toBe(`${PREFIX}zelfregie/`);
  const page = await request.get('zelfregie/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(page.headers()['content-encoding']).toBe('gzip');
});
