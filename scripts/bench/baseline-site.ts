import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeSyntheticCourse } from './synthetic-course';

/**
 * Writes a plain Astro + MDX site built from the same synthetic text, without Leerlijn: one page
 * per bijeenkomst, every component a bare `<div>` around its content. It is what the same text
 * costs to build with Astro alone, so the benchmark can show Leerlijn's cost as a ratio.
 */
export function writeBaselineSite(root: string, count: number): void {
  const coursesDir = path.join(root, 'src', 'courses');
  writeSyntheticCourse(coursesDir, count);
  const sources = readdirSync(path.join(coursesDir, 'synthetisch'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => readFileSync(path.join(coursesDir, 'synthetisch', file), 'utf8'));
  const names = [...new Set(sources.flatMap((text) => [...text.matchAll(/<([A-Z][A-Za-z]*)/g)].map((m) => m[1]!)))];

  mkdirSync(path.join(root, 'src', 'pages'), { recursive: true });
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n",
  );
  writeFileSync(path.join(root, 'src', 'Box.astro'), '<div><slot /></div>\n');
  writeFileSync(
    path.join(root, 'src', 'pages', '[slug].astro'),
    `---
import Box from '../Box.astro';
export function getStaticPaths() {
  const files = import.meta.glob('../courses/synthetisch/*.mdx');
  return Object.entries(files).map(([file, load]) => ({
    params: { slug: file.split('/').pop().replace('.mdx', '') },
    props: { load },
  }));
}
const { Content, frontmatter } = await Astro.props.load();
const components = { ${names.map((name) => `${name}: Box`).join(', ')} };
---
<html lang="nl">
  <head><meta charset="utf-8" /><title>{frontmatter.title}</title></head>
  <body><main><h1>{frontmatter.title}</h1><Content components={components} /></main></body>
</html>
`,
  );
}
