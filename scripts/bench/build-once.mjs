/**
 * Runs one Astro build in this process and prints its peak memory, so the benchmark can measure
 * a build on its own: `node scripts/bench/build-once.mjs <outDir> [root]`: the Leerlijn site with LEERLIJN_COURSES set,
 * or, with `root`, the baseline site written there.
 *
 * Plain JavaScript on purpose: a TypeScript loader would switch on Node's source-map support and
 * keep every loaded module's source map in memory (about 100 MB live), which `npm run build` does not.
 */

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: build-once.mjs <outDir> [root]');
// No usage data leaves this machine, not even from a benchmark.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const root = process.argv[3];
const { build } = await import('astro');
const started = performance.now();
await build({ ...(root ? { root } : {}), outDir, logLevel: 'error', force: true });
const seconds = (performance.now() - started) / 1000;
// maxRSS is in kilobytes on Linux.
process.stdout.write(`\n${JSON.stringify({ seconds, peakMemoryMB: process.resourceUsage().maxRSS / 1024 })}\n`);
