import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { coursesDir } from './courses-dir';
import { bijeenkomstSchema } from './schemas/bijeenkomst';
import { courseSchema } from './schemas/course';
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

/** `src/gallery/<element>.mdx`: one example per exercise element, shown on /oefeningen/. */
const gallery = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/gallery' }),
  schema: galleryEntrySchema,
});

export const collections = { courses, bijeenkomsten, gallery };
