import { z } from 'astro/zod';
import type { AuthorComponentSpec } from '../../schemas/components';
import { slug, text } from '../../schemas/common';
import { exerciseId, exerciseTitle } from '../../schemas/exercise-props';

/** The author components of the stappenplan type, with the props each accepts (assembled in src/schemas/components.ts). */
export const components = {
  /** A plan built one step at a time, printable and downloadable. */
  Stappenplan: {
    role: 'exercise',
    exerciseType: 'stappenplan',
    props: z
      .object({ /** Stable id. */ id: exerciseId, /** Heading, also of the printed plan. */ title: exerciseTitle() })
      .strict(),
  },
  /** One step of a Stappenplan; its text guides what to write. */
  Stap: {
    role: 'content',
    within: ['Stappenplan'],
    props: z
      .object({
        /** Stable id within the plan. */ id: slug('the step id'),
        /** Name of the step. */ title: text('the step title'),
      })
      .strict(),
  },
} as const satisfies Record<string, AuthorComponentSpec>;
