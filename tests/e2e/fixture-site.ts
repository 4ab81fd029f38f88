import { test as base } from './exercise-loading';
import { serveFixture } from './fixture-server';

export { expect } from './exercise-loading';

/**
 * Browser tests against the fixture courses (tests/fixtures/valid-courses), built and packaged once
 * by global-setup.ts: each worker serves that build, and `baseURL` points at it.
 */
export const test = base.extend<object, { fixtureSite: string }>({
  fixtureSite: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern.
    async ({}, use) => {
      const { origin, close } = await serveFixture();
      await use(`${origin}/`);
      await close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ fixtureSite }, use) => use(fixtureSite),
});
