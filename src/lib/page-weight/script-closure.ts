import { EXERCISE_ONLY_CHUNKS, FALLBACK_ONLY_CHUNKS, STANDALONE_ONLY_CHUNKS, type LoadMode } from '../budgets';
import type { ModuleImports } from './page-assets';

/** The chunk name of a built file: `standalone` for `_astro/standalone.CAVzOwDt.js`. */
export function chunkName(file: string): string {
  const base = file.split('/').at(-1) ?? file;
  return base.replace(/\.[\w-]+\.js$/, '').replace(/\.js$/, '');
}

/** Resolves `./run.js` against the module `_astro/page.js` that imports it: `_astro/run.js`. */
export function resolveImport(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/**
 * Every module a page really loads, starting from its module scripts: their static imports, and
 * their dynamic imports too — each one the code always runs on the website. Inside an LMS the
 * stand-in LMS chunks (STANDALONE_ONLY_CHUNKS) are never loaded, nor anything only they import;
 * fallbacks for older browsers and older data (FALLBACK_ONLY_CHUNKS) never in current ones; what
 * only exercises need (EXERCISE_ONLY_CHUNKS) only on pages that have them.
 *
 * @param entries the page's module scripts, as paths inside dist (`_astro/x.js`)
 * @param importsOf the imports of a module, read from dist
 * @param exercises whether the page has exercises on it
 */
export async function scriptClosure(
  entries: readonly string[],
  importsOf: (file: string) => Promise<ModuleImports>,
  mode: LoadMode,
  exercises = true,
): Promise<string[]> {
  const skipped = new Set([
    ...FALLBACK_ONLY_CHUNKS,
    ...(mode === 'lms' ? STANDALONE_ONLY_CHUNKS : []),
    ...(exercises ? [] : EXERCISE_ONLY_CHUNKS),
  ]);
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const imports = await importsOf(file);
    const dynamic = imports.dynamic
      .map((specifier) => resolveImport(file, specifier))
      .filter((target) => !skipped.has(chunkName(target)));
    queue.push(...imports.static.map((specifier) => resolveImport(file, specifier)), ...dynamic);
  }
  return [...seen];
}
