import { z } from 'astro/zod';
import { slugify } from '../lib/slug';
import { text } from './common';

/** One term of `courses/begrippen.yaml`, the glossary shared by every course. */
export const glossaryTermSchema = z
  .object({
    /** The term as it appears in the text, e.g. "keukentafelgesprek". */
    term: text('the term'),
    /** A short explanation in plain language (B1). */
    definition: text('the definition'),
    /** Where the definition comes from, as "auteur (jaar)". */
    source: text('the source').optional(),
  })
  .strict();

/** The whole glossary: a list of terms; anchors (`#slug`) come from the terms. */
export const glossarySchema = z
  .array(glossaryTermSchema, {
    invalid_type_error: 'expected the glossary as a list of terms, each with term and definition',
  })
  .superRefine((terms, ctx) => {
    const seen = new Map<string, number>();
    terms.forEach((entry, index) => {
      const slug = glossarySlug(entry.term);
      const first = seen.get(slug);
      if (first !== undefined) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [index, 'term'],
          message: `"${entry.term}" is already in the glossary (as "${terms[first]?.term}")`,
        });
      } else seen.set(slug, index);
    });
  });

/** The anchor of a term on the glossary page: "Zelfredzaamheid-Matrix" → "zelfredzaamheid-matrix". */
export function glossarySlug(term: string): string {
  return slugify(term);
}

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** A link into the glossary, as authors write it: `../../begrippen/#zelfregie`. */
const GLOSSARY_LINK = /(?:^|\/)begrippen\/#([^/?#]*)$/;

/** The term anchor a link leads to in the glossary ("zelfregie"), or undefined for any other link. */
export function glossaryAnchor(url: string): string | undefined {
  return GLOSSARY_LINK.exec(url)?.[1];
}
