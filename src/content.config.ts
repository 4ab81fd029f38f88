import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { parse } from 'yaml';
import { coursesDir } from './courses-dir';
import { bijeenkomstSchema } from './schemas/bijeenkomst';
import { courseSchema } from './schemas/course';
import { glossarySlug, glossaryTermSchema } from './schemas/glossary';
import { galleryEntrySchema } from './schemas/gallery';

/**
 * The course model. The schemas live in `src/schemas/`; the course-check integration validates
 * the same files with the same schemas first, with friendlier, located messages.
 */

/** `courses/<course>/course.yaml`, keyed by the course folder name. */
const courses = defineCollection({
  loader: glob({
    pattern: '*/course.yaml',
    base: coursesDir,
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: courseSchema,
});

/** `courses/<course>/<bijeenkomst>.mdx`, keyed `<course>/<bijeenkomst>`. */
const bijeenkomsten = defineCollection({
  loader: glob({
    pattern: '*/*.mdx',
    base: coursesDir,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: bijeenkomstSchema,
});

/** `courses/begrippen.yaml`, the glossary of all courses, keyed by each term's anchor. */
const begrippen = defineCollection({
  loader: () => {
    const file = path.join(coursesDir, 'begrippen.yaml');
    if (!existsSync(file)) return [];
    const terms = (parse(readFileSync(file, 'utf8')) ?? []) as { term: string }[];
    return terms.map((entry) => ({ id: glossarySlug(entry.term), ...entry }));
  },
  // The checker already held the file to the strict schema; here the loader's `id` must pass.
  schema: glossaryTermSchema.strip(),
});

/**
 * `src/exercises/<type>/example.mdx`: one example per exercise type, shown on /oefeningen/. The
 * entry's id is the type (its folder), the anchor of its section on the page.
 */
const gallery = defineCollection({
  loader: glob({
    pattern: '*/example.mdx',
    base: './src/exercises',
    generateId: ({ entry }) => path.posix.dirname(entry),
  }),
  schema: galleryEntrySchema,
});

export const collections = { courses, bijeenkomsten, begrippen, gallery };
