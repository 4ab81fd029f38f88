import { rmSync } from 'node:fs';

/** Removes the fixture build made by global-setup. */
export default function globalTeardown(): void {
  const dist = process.env.LEERLIJN_FIXTURE_DIST;
  if (dist) rmSync(dist, { recursive: true, force: true });
}
