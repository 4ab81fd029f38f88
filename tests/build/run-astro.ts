import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const VALID_COURSES = path.join(ROOT, 'tests/fixtures/valid-courses');

/** A fresh copy of the valid fixture courses, to break in one way per test. */
export function copyValidCourses(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'leerlijn-courses-'));
  cpSync(VALID_COURSES, dir, { recursive: true });
  return dir;
}

/**
 * Runs `astro build` as `npm run build` does, on another courses folder. A build into `outDir`
 * clears the content cache first (`--force`), so fixture and real courses never mix.
 */
export function astroBuild(coursesDir: string, outDir?: string): Promise<{ status: number | null; output: string }> {
  const args = outDir ? ['--force', '--outDir', outDir] : [];
  // Asynchronous on purpose: a blocked worker misses the test runner's heartbeats.
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'build', ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      LEERLIJN_COURSES: coursesDir,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    timeout: 120_000,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}
