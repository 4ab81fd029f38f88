import { z } from 'astro/zod';
import { text } from './common';

/** Frontmatter of a gallery example (`src/exercises/<type>/example.mdx`). */
export const galleryEntrySchema = z
  .object({
    /** The component's name as authors write it, such as "Kennischeck". */
    title: text('the component name'),
    /** What the element is for, in one or two sentences. */
    description: text('the description'),
    /** Position on the gallery page. */
    order: z.number().int(),
  })
  .strict();

export type GalleryEntry = z.infer<typeof galleryEntrySchema>;
