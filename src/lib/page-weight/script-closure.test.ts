import { describe, expect, it } from 'vitest';
import type { ModuleImports } from './page-assets';
import { missingModules, resolveImport, scriptClosure, type BuildGraph } from './script-closure';

const graph: Record<string, ModuleImports> = {
  '_astro/run.X3.js': {
    static: ['./preload-helper.X2.js'],
    dynamic: ['./standalone.X4.js', './fallback-decoders.X6.js'],
  },
  '_astro/Tracking.X1.js': {
    static: ['./preload-helper.X2.js'],
    dynamic: ['./run.X3.js', './store-via-tracker.X7.js'],
  },
  '_astro/store-via-tracker.X7.js': { static: [], dynamic: [] },
  '_astro/standalone.X4.js': { static: ['./scorm.X5.js'], dynamic: [] },
  '_astro/scorm.X5.js': { static: [], dynamic: [] },
  '_astro/preload-helper.X2.js': { static: [], dynamic: [] },
  '_astro/fallback-decoders.X6.js': { static: [], dynamic: [] },
};
/** Which module each dynamic import's chunk was made for; the chunk names need not say. */
const facades: Record<string, string> = {
  '_astro/standalone.X4.js': 'src/tracking/standalone.ts',
  '_astro/fallback-decoders.X6.js': 'src/tracking/fallback-decoders.ts',
  '_astro/store-via-tracker.X7.js': 'src/tracking/store-via-tracker.ts',
  '_astro/run.X3.js': 'src/tracking/run.ts',
};
const loadedSomewhere = Object.keys(graph).filter((file) => !file.includes('fallback-decoders'));
const build: BuildGraph = {
  importsOf: (file: string) => Promise.resolve(graph[file] ?? { static: [], dynamic: [] }),
  facadeOf: (file) => facades[file],
};

describe('scriptClosure', () => {
  it('standalone: static and dynamic imports, each file once, without the fallbacks', async () => {
    expect((await scriptClosure(['_astro/Tracking.X1.js'], build, 'standalone')).sort()).toEqual(
      loadedSomewhere.sort(),
    );
  });

  it('inside an LMS: never the stand-in LMS nor what only it imports', async () => {
    expect((await scriptClosure(['_astro/Tracking.X1.js'], build, 'lms')).sort()).toEqual(
      [
        '_astro/Tracking.X1.js',
        '_astro/preload-helper.X2.js',
        '_astro/run.X3.js',
        '_astro/store-via-tracker.X7.js',
      ].sort(),
    );
  });

  it('on a page without exercises: not what only exercises load', async () => {
    expect((await scriptClosure(['_astro/Tracking.X1.js'], build, 'lms', false)).sort()).toEqual(
      ['_astro/Tracking.X1.js', '_astro/preload-helper.X2.js', '_astro/run.X3.js'].sort(),
    );
  });
});

describe('resolveImport', () => {
  it('resolves relative URLs against the importing file', () => {
    expect(resolveImport('_astro/a.js', './b.js')).toBe('_astro/b.js');
    expect(resolveImport('zelfregie/bijeenkomst-1/index.html', '../../_astro/c.js')).toBe('_astro/c.js');
    expect(resolveImport('index.html', 'theme.css')).toBe('theme.css');
  });
});

describe('modules, not chunk names', () => {
  it('leaves out the stand-in LMS inside an LMS whatever its chunk is called', async () => {
    const renamed: BuildGraph = {
      importsOf: (file) =>
        Promise.resolve(
          file === '_astro/page.A.js' ? { static: [], dynamic: ['./local-lms.B.js'] } : { static: [], dynamic: [] },
        ),
      facadeOf: (file) => (file === '_astro/local-lms.B.js' ? 'src/tracking/standalone.ts' : undefined),
    };
    expect(await scriptClosure(['_astro/page.A.js'], renamed, 'lms')).toEqual(['_astro/page.A.js']);
    expect(await scriptClosure(['_astro/page.A.js'], renamed, 'standalone')).toEqual([
      '_astro/page.A.js',
      '_astro/local-lms.B.js',
    ]);
  });

  it('names every module the budgets name that no chunk of the build is made for', () => {
    expect(missingModules(Object.values(facades))).toEqual([]);
    expect(missingModules(['src/tracking/standalone.ts', undefined])).toEqual([
      'src/tracking/fallback-decoders.ts',
      'src/tracking/store-via-tracker.ts',
    ]);
  });
});

describe('scriptClosure with elements loaded on demand', () => {
  const lazy: Record<string, ModuleImports> = {
    '_astro/page.A1.js': { static: ['./lit.A2.js'], dynamic: ['./ll-reflectie.A3.js', './chunk.A4.js'] },
    '_astro/lit.A2.js': { static: [], dynamic: [] },
    '_astro/ll-reflectie.A3.js': { static: ['./lit.A2.js', './shared.A5.js'], dynamic: [] },
    '_astro/chunk.A4.js': { static: ['./shared.A5.js'], dynamic: [] },
    '_astro/shared.A5.js': { static: [], dynamic: [] },
  };
  const lazyBuild: BuildGraph = {
    importsOf: (file) => Promise.resolve(lazy[file] ?? { static: [], dynamic: [] }),
    // By module: the kennischeck chunk has a name that says nothing, in a folder of its type.
    facadeOf: (file) =>
      ({
        '_astro/ll-reflectie.A3.js': 'src/exercises/ll-reflectie.ts',
        '_astro/chunk.A4.js': 'src/exercises/kennischeck/ll-kennischeck.ts',
      })[file],
  };

  it('before scrolling: no element module', async () => {
    expect(await scriptClosure(['_astro/page.A1.js'], lazyBuild, 'standalone', true, new Set())).toEqual([
      '_astro/page.A1.js',
      '_astro/lit.A2.js',
    ]);
  });

  it('the elements named count, matched by the module their chunk was made for', async () => {
    expect(
      (await scriptClosure(['_astro/page.A1.js'], lazyBuild, 'standalone', true, new Set(['ll-kennischeck']))).sort(),
    ).toEqual(['_astro/chunk.A4.js', '_astro/lit.A2.js', '_astro/page.A1.js', '_astro/shared.A5.js']);
  });
});
