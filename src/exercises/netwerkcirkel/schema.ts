import { z } from 'astro/zod';
import type { AuthorComponentSpec } from '../../schemas/components';
import { text } from '../../schemas/common';
import { exerciseId, exerciseTitle } from '../../schemas/exercise-props';

/** The author components of the netwerkcirkel type, with the props each accepts (assembled in src/schemas/components.ts). */
export const components = {
  /** A circle of the client's network in rings, drawn and as a table. Its text is the instruction. */
  Netwerkcirkel: {
    role: 'exercise',
    exerciseType: 'netwerkcirkel',
    props: z
      .object({
        /** Stable id; the people placed hang on it. */
        id: exerciseId,
        /** Heading above the circle. */
        title: exerciseTitle(),
        /** Who is in the centre, such as "Mevrouw Jansen"; default "de cliënt". */
        client: text('the client name').optional(),
      })
      .strict(),
  },
} as const satisfies Record<string, AuthorComponentSpec>;
