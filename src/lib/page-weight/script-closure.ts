import {
  elementOfModule,
  EXERCISE_ONLY_MODULES,
  FALLBACK_ONLY_MODULES,
  STANDALONE_ONLY_MODULES,
  type LoadMode,
} from '../budgets';
import type { ModuleImports } from './page-assets';

/** What the report reads of a build: a module's imports, and which source module a chunk was made for. */
export interface BuildGraph {
  importsOf: (file: string) => Promise<ModuleImports>;
  /** The source module a chunk is the entry of (`src/tracking/standalone.ts`), if the build says. */
  facadeOf: (file: string) => string | undefined;
}

/** The modules budgets.ts names that no chunk of the build is made for: renamed or gone. */
export function missingModules(facades: Iterable<string | undefined>): string[] {
  const built = new Set(facades);
  return [...STANDALONE_ONLY_MODULES, ...FALLBACK_ONLY_MODULES, ...EXERCISE_ONLY_MODULES].filter(
    (module) => !built.has(module),
  );
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
 * stand-in LMS (STANDALONE_ONLY_MODULES) is never loaded, nor anything only it imports; fallbacks
 * for older browsers and older data (FALLBACK_ONLY_MODULES) never in current ones; what only
 * exercises need (EXERCISE_ONLY_MODULES) only on pages that have them. A dynamic import is left
 * out by the module its chunk was made for, whatever the chunk is called.
 *
 * @param entries the page's module scripts, as paths inside dist (`_astro/x.js`)
 * @param build the imports of a module and the module a chunk was made for, read from dist
 * @param exercises whether the page has exercises on it
 * @param elements the exercise elements whose code counts (their tags); an element module
 *   (budgets.ts: ELEMENT_MODULE) loaded by dynamic import counts only if its tag is here. Left out:
 *   every element's code counts, as before pages loaded it per element.
 */
export async function scriptClosure(
  entries: readonly string[],
  { importsOf, facadeOf }: BuildGraph,
  mode: LoadMode,
  exercises = true,
  elements?: ReadonlySet<string>,
): Promise<string[]> {
  const skipped = new Set([
    ...FALLBACK_ONLY_MODULES,
    ...(mode === 'lms' ? STANDALONE_ONLY_MODULES : []),
    ...(exercises ? [] : EXERCISE_ONLY_MODULES),
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
      .filter((target) => !skipped.has(facadeOf(target) ?? ''))
      .filter((target) => {
        const tag = elementOfModule(facadeOf(target));
        return !elements || !tag || elements.has(tag);
      });
    queue.push(...imports.static.map((specifier) => resolveImport(file, specifier)), ...dynamic);
  }
  return [...seen];
}
