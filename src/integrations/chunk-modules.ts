import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Where in the build the map of browser chunks to their source modules is written. */
export const CHUNK_MODULES_FILE = '.leerlijn/chunk-modules.json';

/** One browser chunk: the module it was made for (a dynamic import's target) and every module in it. */
export interface ChunkModules {
  facade: string | undefined;
  modules: string[];
}

/** A module id as a path from the project root (`src/tracking/standalone.ts`); undefined for virtual ones. */
export function projectPath(id: string, root: string): string | undefined {
  if (id.startsWith('\0')) return undefined;
  const file = id.split('?')[0]!;
  const relative = path.relative(root, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep).join('/');
}

/**
 * Writes, for every browser chunk of the build, the source modules it holds, so the page-weight
 * report (scripts/page-weight.ts) and the budgets name modules rather than chunk file names that
 * change with a rename or a bundler's mood. No page links it; no package carries it.
 */
export function chunkModules(): AstroIntegration {
  return {
    name: 'leerlijn:chunk-modules',
    hooks: {
      'astro:build:setup': ({ vite, target }) => {
        if (target !== 'client') return;
        let root = process.cwd();
        const plugin: Plugin = {
          name: 'leerlijn:chunk-modules',
          configResolved(config) {
            root = config.root;
          },
          generateBundle(_options, bundle) {
            const map: Record<string, ChunkModules> = {};
            for (const output of Object.values(bundle)) {
              if (output.type !== 'chunk') continue;
              const modules = output.moduleIds.map((id) => projectPath(id, root)).filter((id) => id !== undefined);
              map[output.fileName] = {
                facade: output.facadeModuleId ? projectPath(output.facadeModuleId, root) : undefined,
                modules,
              };
            }
            this.emitFile({ type: 'asset', fileName: CHUNK_MODULES_FILE, source: `${JSON.stringify(map, null, 1)}\n` });
          },
        };
        vite.plugins = [...(vite.plugins ?? []), plugin];
      },
    },
  };
}
