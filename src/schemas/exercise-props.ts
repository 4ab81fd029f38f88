/** Props the exercise types' schemas (src/exercises/<type>/schema.ts) share. */
import { z } from 'astro/zod';
import { slug, text } from './common';

/** Every exercise element carries an author-given id that stays stable across course updates. */
export const exerciseId = slug('the exercise id');

/** An optional heading shown above an exercise. */
export const exerciseTitle = () => text('the exercise title').optional();
export const flag = (what: string) =>
  z
    .literal(true, { errorMap: () => ({ message: `expected ${what} without a value, such as <Vraag multiple>` }) })
    .optional();
export const count = (what: string, min: number) =>
  z
    .number({ invalid_type_error: `expected ${what} as a number in braces, such as {${min}}` })
    .int(`expected ${what} as a whole number`)
    .min(min, `expected ${what} of at least ${min}`);
export const wholeNumber = (what: string, min: number, max: number) =>
  count(what, min).max(max, `expected ${what} of at most ${max}`);
