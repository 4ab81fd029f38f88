import { z } from 'astro/zod';
import type { AuthorComponentSpec } from '../../schemas/components';
import { slug } from '../../schemas/common';
import { exerciseId, exerciseTitle } from '../../schemas/exercise-props';

/** The author components of the zelfredzaamheidscan type, with the props each accepts (assembled in src/schemas/components.ts). */
export const components = {
  /** Scores life domains 1–5 alone and with the network (a learning exercise, not the official ZRM). */
  Zelfredzaamheidscan: {
    role: 'exercise',
    exerciseType: 'zelfredzaamheidscan',
    props: z.object({ /** Stable id. */ id: exerciseId, /** Heading. */ title: exerciseTitle() }).strict(),
  },
  /** A life domain of a Zelfredzaamheidscan; its text is the name participants see. */
  Domein: {
    role: 'content',
    within: ['Zelfredzaamheidscan'],
    props: z.object({ /** Stable id within the scan. */ id: slug('the domain id') }).strict(),
  },
} as const satisfies Record<string, AuthorComponentSpec>;
