import { z } from 'astro/zod';
import { locale, text } from './common';

const color = (what: string) =>
  z.string().regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, `expected ${what} as a hex colour, such as "#1d5c63"`);

/** `src/site.config.ts`: the organisation's name, logo, colours and UI language. */
export const siteSchema = z
  .object({
    /** The organisation's or programme's name, shown in the header and the page titles. */
    name: text('the site name'),
    /** A logo in `public/`, shown next to the name; `alt` empty when the name is beside it. */
    logo: z
      .object({
        src: z.string().regex(/^[^/]/, 'expected a path inside public/, without a leading slash'),
        alt: z.string(),
      })
      .strict()
      .optional(),
    /** UI language of pages that belong to no course (the catalogue); course pages follow the course. */
    locale: locale.default('nl'),
    /** Brand colours; each must keep 4.5:1 contrast with white text or background. */
    colors: z
      .object({
        accent: color('the accent colour').default('#1d5c63'),
        accentText: color('the text colour on the accent').default('#ffffff'),
        text: color('the text colour').default('#1f2328'),
        background: color('the background colour').default('#ffffff'),
        muted: color('the muted text colour').default('#57606a'),
        surface: color('the surface colour').default('#f4f6f7'),
      })
      .strict()
      .default({}),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteSchema>;
export type SiteConfigInput = z.input<typeof siteSchema>;
