import { defineConfig } from '@playwright/test';

/** The built site is served under a sub-folder in every browser test, so a root-absolute URL fails. */
export const PREFIX = '/opleidingen/leerlijn/';
// Overridable, so two checkouts on one machine can run their browser tests at the same time.
const PORT = Number(process.env.LEERLIJN_E2E_PORT ?? 4455);

export default defineConfig({
  testDir: 'tests/e2e',
  // The fixture course is built once before the tests (see global-setup.ts).
  globalSetup: './tests/e2e/global-setup.ts',
  globalTeardown: './tests/e2e/global-teardown.ts',
  fullyParallel: true,
  // axe over a long course page or the whole trainer guide takes a while on two cores.
  timeout: 90_000,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${PREFIX}`,
    // Debian's Chromium; Playwright never downloads a browser here.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    locale: 'nl-NL',
  },
  webServer: {
    command: `node scripts/serve.mjs --prefix ${PREFIX} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${PREFIX}`,
    reuseExistingServer: false,
  },
});
