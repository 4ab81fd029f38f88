import { z } from 'astro/zod';
import type { AuthorComponentSpec } from '../../schemas/components';
import { text } from '../../schemas/common';
import { exerciseId, exerciseTitle } from '../../schemas/exercise-props';

/** The author components of the schaalvraag type, with the props each accepts (assembled in src/schemas/components.ts). */
export const components = {
  /** A 0–10 scale question with solution-focused follow-up questions. Its text is the question. */
  Schaalvraag: {
    role: 'exercise',
    exerciseType: 'schaalvraag',
    props: z
      .object({
        /** Stable id; the value and answers hang on it. */
        id: exerciseId,
        /** Heading above the question. */
        title: exerciseTitle(),
        /** Meaning of 0. */
        low: text('the label of 0').optional(),
        /** Meaning of 10. */
        high: text('the label of 10').optional(),
      })
      .strict(),
  },
} as const satisfies Record<string, AuthorComponentSpec>;
