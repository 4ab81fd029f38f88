// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { coursesDir } from './src/courses-dir';
import { chunkModules } from './src/integrations/chunk-modules';
import { courseCheck } from './src/integrations/course-check';
import { relativeOutput } from './src/integrations/relative-output';
import rehypeTableScroll from './src/lib/mdx/rehype-table-scroll';
import remarkCourseSections from './src/lib/mdx/remark-course-sections';
import remarkFigures from './src/lib/mdx/remark-figures';
import remarkGlossaryTerms from './src/lib/mdx/remark-glossary-terms';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Pages are folders with an index.html, and every URL is relative (see relative-output),
  // so the build runs unchanged at a domain root, under a sub-folder or inside an LMS package.
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets only: the Content-Security-Policy allows no inline styles or scripts.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  // Photos in the course files (Markdown images) go through Astro's image pipeline: WebP, width and
  // height against layout shift, and a srcset so a phone loads a phone-sized file. No styles are
  // added (the CSP allows no inline ones); theme.css and figure.css keep images within the column.
  image: { layout: 'constrained' },
  integrations: [
    courseCheck({ coursesDir }),
    mdx({
      remarkPlugins: [remarkCourseSections, remarkFigures, remarkGlossaryTerms],
      rehypePlugins: [rehypeTableScroll],
      optimize: { ignoreElementNames: ['h2', 'h3'] },
    }),
    relativeOutput(),
    chunkModules(),
  ],
  vite: {
    build: {
      // Never inline small scripts or assets as data: URLs; they would need a looser CSP.
      assetsInlineLimit: 0,
    },
    experimental: {
      renderBuiltUrl: () => ({ relative: true }),
    },
  },
});
