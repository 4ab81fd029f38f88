import { describe, expect, it } from 'vitest';
import type { ModuleImports } from './page-assets';
import { chunkName, resolveImport, scriptClosure } from './script-closure';

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
const loadedSomewhere = Object.keys(graph).filter((file) => !file.includes('fallback-decoders'));
const importsOf = (file: string) => Promise.resolve(graph[file] ?? { static: [], dynamic: [] });

describe('scriptClosure', () => {
  it('standalone: static and dynamic imports, each file once, without the fallbacks', async () => {
    expect((await scriptClosure(['_astro/Tracking.X1.js'], importsOf, 'standalone')).sort()).toEqual(
      loadedSomewhere.sort(),
    );
  });

  it('inside an LMS: never the stand-in LMS nor what only it imports', async () => {
    expect((await scriptClosure(['_astro/Tracking.X1.js'], importsOf, 'lms')).sort()).toEqual(
      [
        '_astro/Tracking.X1.js',
        '_astro/preload-helper.X2.js',
        '_astro/run.X3.js',
        '_astro/store-via-tracker.X7.js',
      ].sort(),
    );
  });

  it('on a page without exercises: not what only exercises load', async () => {
    expect((await scriptClosure(['_astro/Tracking.X1.js'], importsOf, 'lms', false)).sort()).toEqual(
      ['_astro/Tracking.X1.js', '_astro/preload-helper.X2.js', '_astro/run.X3.js'].sort(),
    );
  });
});

describe('resolveImport and chunkName', () => {
  it('resolves relative URLs against the importing file', () => {
    expect(resolveImport('_astro/a.js', './b.js')).toBe('_astro/b.js');
    expect(resolveImport('zelfregie/bijeenkomst-1/index.html', '../../_astro/c.js')).toBe('_astro/c.js');
    expect(resolveImport('index.html', 'theme.css')).toBe('theme.css');
  });

  it('names a chunk without its hash', () => {
    expect(chunkName('_astro/standalone.CAVzOwDt.js')).toBe('standalone');
    expect(chunkName('_astro/index.astro_astro_type_script_index_0_lang.0iYO0qo1.js')).toBe(
      'index.astro_astro_type_script_index_0_lang',
    );
  });
});
