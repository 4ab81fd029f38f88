import { init, parse } from 'es-module-lexer';
import { htmlUrls } from '../built-html';

/** The files a built HTML page links: its scripts and its stylesheets, as written (relative URLs). */
export interface PageAssets {
  scripts: string[];
  stylesheets: string[];
}

/** Whether a `<script type>` is one the browser runs: none, a JavaScript type or `module` (not data). */
const runs = (type: string | undefined) =>
  !type || type === 'module' || /^(?:text|application)\/(?:java|ecma)script$/i.test(type);

/** Scripts the browser runs (`<script src>`, module or classic) and stylesheets (`<link rel="stylesheet" href>`) of a page. */
export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = { scripts: [], stylesheets: [] };
  for (const { tag, attribute, url, attrs } of htmlUrls(html)) {
    if (tag === 'script' && attribute === 'src' && runs(attrs.get('type'))) assets.scripts.push(url);
    if (tag === 'link' && attribute === 'href' && attrs.get('rel')?.split(/\s+/).includes('stylesheet'))
      assets.stylesheets.push(url);
  }
  return assets;
}

/** What a built JavaScript module imports: static imports and re-exports, and dynamic imports of a fixed specifier. */
export interface ModuleImports {
  static: string[];
  dynamic: string[];
}

/** Reads a module's imports with es-module-lexer (the lexer Vite uses), so strings and comments never fool it. */
export async function moduleImports(code: string): Promise<ModuleImports> {
  await init;
  const [imports] = parse(code);
  const result: ModuleImports = { static: [], dynamic: [] };
  for (const entry of imports) {
    // d === -1: static import or re-export; d > -1: dynamic import(); -2: import.meta.
    if (entry.n === undefined || entry.d === -2) continue;
    (entry.d === -1 ? result.static : result.dynamic).push(entry.n);
  }
  return result;
}
