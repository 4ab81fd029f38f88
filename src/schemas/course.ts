import { z } from 'astro/zod';
import { goals, locale, slug, text } from './common';
import { studyModes } from './components';

/** One part of a delivery variant: the bijeenkomsten given together in one meeting. */
export const variantPartSchema = z
  .object({
    /** Shown in the overview and the trainer guide, e.g. "Dagdeel 1". */
    title: text('the title of the part'),
    /** The numbers of the bijeenkomsten given in this part, in order. */
    bijeenkomsten: z
      .array(z.number({ invalid_type_error: 'expected a bijeenkomst number, such as 1' }).int().positive(), {
        required_error: 'list the bijeenkomsten of this part',
        invalid_type_error: 'expected a list of bijeenkomst numbers, such as [1, 2]',
      })
      .min(1, 'list at least one bijeenkomst'),
  })
  .strict();

/** A way to deliver the course, e.g. four meetings of two hours or two half days of four. */
export const variantSchema = z
  .object({
    /** Stable id, used in URLs and the outline. */
    id: slug('the variant id'),
    /** Human name, e.g. "2 dagdelen van 4 uur". */
    title: text('the variant title'),
    /** The meetings of this variant, in order; together they hold every bijeenkomst exactly once. */
    parts: z
      .array(variantPartSchema, {
        required_error: 'list the parts of the variant',
        invalid_type_error: 'expected the parts as a list',
      })
      .min(1, 'list at least one part'),
  })
  .strict();

/** `courses/<course>/course.yaml`: what a course is and how it can be delivered. */
export const courseSchema = z
  .object({
    /** Full title, as on certificates and in the LMS. */
    title: text('the course title'),
    /** A short title for navigation and slide footers. */
    shortTitle: text('the short title').optional(),
    /** One or two sentences for the catalogue. */
    summary: text('the summary'),
    /** Who the course is for. */
    audience: text('the audience'),
    /** Language of the course text; the UI follows it. */
    language: locale.default('nl'),
    /** What participants can do after the whole course. */
    goals: goals('learning goals'),
    /**
     * Share of the knowledge-check points (0–100) a participant needs to pass the course; the SCORM
     * packages hand it to the LMS as the mastery score.
     */
    mastery: z
      .number({ invalid_type_error: 'expected the mastery score as a whole number from 0 to 100, e.g. 70' })
      .int('expected the mastery score as a whole number from 0 to 100, e.g. 70')
      .min(0, 'expected the mastery score as a whole number from 0 to 100, e.g. 70')
      .max(100, 'expected the mastery score as a whole number from 0 to 100, e.g. 70')
      .default(70),
    /**
     * The sources the course text names, one reference a line ("Van Regenmortel, T. (2002). …"); shown
     * at the end of the course overview.
     */
    sources: z
      .array(text('a source'), { invalid_type_error: 'expected the sources as a list of references' })
      .optional(),
    /**
     * The trainer's front section: what to arrange before and between the bijeenkomsten (group size,
     * a second trainer, guests and actors, the print pack, the time between meetings, a follow-up).
     * Trainer-only, like notes: for the trainer guide, never for participants' pages or the outline.
     */
    trainerIntro: z
      .array(
        z
          .object({ title: text('the title of a trainer section'), text: text('the text of a trainer section') })
          .strict(),
        { invalid_type_error: 'expected the trainer sections as a list of { title, text }' },
      )
      .optional(),
    /** How slides appear on the self-study page unless a slide says otherwise (`<Slide study>`). */
    studySlides: z
      .enum(studyModes, { errorMap: () => ({ message: 'expected studySlides "summary" or "hidden"' }) })
      .default('summary'),
    /** The audience deck shows the slide number and progress; the trainer can still turn them on or off. */
    slideNumbers: z
      .boolean({ invalid_type_error: 'expected slideNumbers as true or false' })
      .default(true)
      .describe('slide number and progress on the audience screen'),
    /**
     * Which SCORM 1.2 packages the course gets: `true` (whole course and per bijeenkomst),
     * `per-bijeenkomst` (only one per bijeenkomst) or `false` (SCORM 2004 only). The build fails when
     * a 1.2 package it makes cannot hold every Reflectie filled to its maxLength (4096 characters).
     */
    scorm12: z
      .union([z.boolean(), z.literal('per-bijeenkomst')], {
        errorMap: () => ({ message: 'expected scorm12 as true, false or "per-bijeenkomst"' }),
      })
      .default(true),
    /** Ways to deliver the course. Without any, each bijeenkomst is its own meeting. */
    variants: z.array(variantSchema, { invalid_type_error: 'expected the variants as a list' }).default([]),
  })
  .strict();

export type CourseInput = z.input<typeof courseSchema>;
export type CourseData = z.infer<typeof courseSchema>;
export type Variant = z.infer<typeof variantSchema>;
