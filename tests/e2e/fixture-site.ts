import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base } from '@playwright/test';
import sirv from 'sirv';

export { expect } from '@playwright/test';

/**
 * Browser tests against the fixture courses (tests/fixtures/valid-courses), built and packaged once
 * by global-setup.ts: each worker serves that build, and `baseURL` points at it.
 */
export const test = base.extend<object, { fixtureSite: string }>({
  fixtureSite: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern.
    async ({}, use) => {
      const dist = process.env.LEERLIJN_FIXTURE_DIST;
      if (!dist) throw new Error('global-setup builds the fixture courses into LEERLIJN_FIXTURE_DIST');
      const files = sirv(dist, { dev: false, extensions: ['html'] });
      const server: Server = createServer((req, res) =>
        files(req, res, () => {
          res.writeHead(404).end();
        }),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ fixtureSite }, use) => use(fixtureSite),
});
