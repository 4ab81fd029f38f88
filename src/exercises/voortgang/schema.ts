import { z } from 'astro/zod';
import type { AuthorComponentSpec } from '../../schemas/components';
import { exerciseId, exerciseTitle } from '../../schemas/exercise-props';

/** The author components of the voortgang type, with the props each accepts (assembled in src/schemas/components.ts). */
export const components = {
  /** Marks a section as read: a button participants press when done reading. */
  Voortgang: {
    role: 'exercise',
    exerciseType: 'voortgang',
    props: z
      .object({
        /** Stable id. */ id: exerciseId,
        /** The section's name on the button, such as "De Wmo in vogelvlucht". */ title: exerciseTitle(),
      })
      .strict(),
  },
  /** This page's exercises and sections, done or not, with a link to each. */
  Voortgangsoverzicht: {
    role: 'content',
    props: z.object({}).strict(),
  },
} as const satisfies Record<string, AuthorComponentSpec>;
