import { init, parse } from 'es-module-lexer';

/** The files a built HTML page links: its module scripts and its stylesheets, as written (relative URLs). */
export interface PageAssets {
  scripts: string[];
  stylesheets: string[];
}

const TAG = /<(script|link)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) found.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return found;
}

/** Module scripts (`<script type="module" src>`) and stylesheets (`<link rel="stylesheet" href>`) of a page. */
export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = { scripts: [], stylesheets: [] };
  for (const m of html.matchAll(TAG)) {
    const attrs = attributes(m[2] ?? '');
    if (m[1]!.toLowerCase() === 'script') {
      const src = attrs.get('src');
      if (src && attrs.get('type') === 'module') assets.scripts.push(src);
    } else if (attrs.get('rel')?.split(/\s+/).includes('stylesheet')) {
      const href = attrs.get('href');
      if (href) assets.stylesheets.push(href);
    }
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
