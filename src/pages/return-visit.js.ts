import path from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';

/**
 * The course pages' blocking script (study/return-visit.ts), bundled and minified on its own: as a
 * classic script, not one of the page's modules, because it must run before the page is drawn.
 */
export const GET: APIRoute = async () => {
  const { outputFiles } = await build({
    // Builds run from the project root (as the course folder is found, see courses-dir.ts).
    entryPoints: [path.resolve('src/study/return-visit.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  return new Response(outputFiles[0]?.text ?? '', { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
