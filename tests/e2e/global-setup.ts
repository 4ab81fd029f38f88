import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { astroBuild, ROOT, VALID_COURSES } from '../build/run-astro';

/**
 * Builds the fixture courses (tests/fixtures/valid-courses) and their SCORM packages once, before
 * any browser test starts: a build inside a test would compete for the CPU with the other worker's
 * tests. Specs find the output in LEERLIJN_FIXTURE_DIST; global-teardown removes it.
 */
export default async function globalSetup(): Promise<void> {
  const dist = mkdtempSync(path.join(tmpdir(), 'leerlijn-fixture-dist-'));
  const result = await astroBuild(VALID_COURSES, dist);
  if (result.status !== 0) throw new Error(`Building the fixture course failed:\n${result.output}`);
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/package.ts', '--per-bijeenkomst', '--dist', dist], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  process.env.LEERLIJN_FIXTURE_DIST = dist;
}
