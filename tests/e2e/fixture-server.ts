import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Serves the fixture course (tests/fixtures/valid-courses) that global-setup.ts built into
 * LEERLIJN_FIXTURE_DIST, on a port of its own. Returns the build folder, the origin and a stop function.
 */
export async function serveFixture(): Promise<{ dist: string; origin: string; close: () => void }> {
  const dist = process.env.LEERLIJN_FIXTURE_DIST ?? '';
  if (!dist) throw new Error('global-setup builds the fixture course into LEERLIJN_FIXTURE_DIST');
  const files = sirv(dist, { dev: false, extensions: ['html'] });
  const server: Server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404).end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { dist, origin, close: () => server.close() };
}
