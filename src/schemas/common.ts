import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: the form of every slug and id an author writes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug or id: stable, URL-safe, and safe as a SCORM identifier once prefixed. */
export const slug = (what: string) =>
  z
    .string({ required_error: `${what} is required`, invalid_type_error: `expected ${what} as text` })
    .regex(SLUG_PATTERN, `expected ${what} in lower-case letters, digits and hyphens, such as "bijeenkomst-1"`);

/** Non-empty text. */
export const text = (what: string) =>
  z
    .string({ required_error: `${what} is required`, invalid_type_error: `expected ${what} as text` })
    .trim()
    .min(1, `${what} must not be empty`);

/** A list of learning goals: what a participant can do afterwards. */
export const goals = (what: string) =>
  z
    .array(text('a learning goal'), {
      required_error: `${what} are required`,
      invalid_type_error: `expected ${what} as a list`,
    })
    .min(1, `list at least one of the ${what}`);

/** Whole minutes, as used for durations and agenda blocks. */
export const minutes = (what: string) =>
  z
    .number({
      required_error: `${what} is required`,
      invalid_type_error: `expected ${what} as a whole number of minutes, such as 120`,
    })
    .int(`expected ${what} as a whole number of minutes, such as 120`)
    .positive(`expected ${what} to be more than 0 minutes`);

/** The languages the UI is translated into. */
export const locale = z.enum(['nl', 'en'], {
  errorMap: () => ({ message: 'expected the language code "nl" or "en"' }),
});
