import { startStaticServer } from '../../scripts/static-server.mjs';

/**
 * Serves the fixture course (tests/fixtures/valid-courses) that global-setup.ts built into
 * LEERLIJN_FIXTURE_DIST, on a port of its own. Returns the build folder, the origin and a stop function.
 */
export async function serveFixture(): Promise<{ dist: string; origin: string; close: () => Promise<void> }> {
  const dist = process.env.LEERLIJN_FIXTURE_DIST ?? '';
  if (!dist) throw new Error('global-setup builds the fixture course into LEERLIJN_FIXTURE_DIST');
  const { origin, close } = await startStaticServer({ dir: dist });
  return { dist, origin, close };
}
