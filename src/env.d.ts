/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** UI language of the page being rendered; set by the page, read by components deeper down. */
    locale?: import('./i18n/strings').Locale;
    /** The course's default for slides on the self-study page (`studySlides` in course.yaml). */
    studySlides?: import('./schemas/components').StudyMode;
    /** Set by the pages that print exercises on paper: the trainer guide (answer keys) or the participants' map (blank). */
    paper?: 'guide' | 'map';
  }
}

// For tools that read TypeScript without Astro's language service (typed lint): astro check
// resolves the real component types, this only stands in where .astro files cannot be read.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}

declare module 'tiny-inflate' {
  /** Inflates raw deflate data into `dest`; returns the filled part (all of `dest` when it was too small). */
  export default function inflate(source: Uint8Array, dest: Uint8Array): Uint8Array;
}
