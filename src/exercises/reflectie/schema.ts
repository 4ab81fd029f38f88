import { z } from 'astro/zod';
import type { AuthorComponentSpec } from '../../schemas/components';
import { exerciseId, exerciseTitle, wholeNumber } from '../../schemas/exercise-props';

/** The author components of the reflectie type, with the props each accepts (assembled in src/schemas/components.ts). */
export const components = {
  /** One or more open questions with autosaved answers. */
  Reflectie: {
    role: 'exercise',
    exerciseType: 'reflectie',
    props: z
      .object({
        /** Stable id; saved answers hang on it. */
        id: exerciseId,
        /** Heading above the questions. */
        title: exerciseTitle(),
        /** Most characters per answer; default 1000. */
        maxLength: wholeNumber('maxLength', 50, 10000).optional(),
      })
      .strict(),
  },
} as const satisfies Record<string, AuthorComponentSpec>;
