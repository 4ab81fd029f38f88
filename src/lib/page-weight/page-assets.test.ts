import { describe, expect, it } from 'vitest';
import { moduleImports, pageAssets } from './page-assets';

describe('pageAssets', () => {
  it('finds module and classic scripts and stylesheets, and skips data scripts and other links', () => {
    const html = `<head><link rel="stylesheet" href="../_astro/index.css"><link rel="icon" href="../logo.svg">
      <link rel='preload stylesheet' href='../theme.css'>
      <script type="application/json" id="ll-scope">{"src":"x.js"}</script>
      <script type="module" src="../_astro/Tracking.js"></script><script src="classic.js"></script></head>`;
    expect(pageAssets(html)).toEqual({
      scripts: ['../_astro/Tracking.js', 'classic.js'],
      stylesheets: ['../_astro/index.css', '../theme.css'],
    });
  });

  it('reads attribute values that contain ">"', () => {
    expect(pageAssets('<script data-x="a>b" type="module" src="./a.js"></script>').scripts).toEqual(['./a.js']);
  });
});

describe('moduleImports', () => {
  it('separates static imports and re-exports from dynamic imports, as Vite writes them', async () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./run.A.js"])))=>i.map(i=>d[i]);' +
      'import{_ as d}from"./preload-helper.B.js";import"./state.C.js";export*from"./shared.D.js";' +
      'const s="import(\\"./not-code.js\\")";d(()=>import("./run.A.js"),__vite__mapDeps([0]),import.meta.url);' +
      'const dynamic=import(someVariable);';
    expect(await moduleImports(code)).toEqual({
      static: ['./preload-helper.B.js', './state.C.js', './shared.D.js'],
      dynamic: ['./run.A.js'],
    });
  });
});
