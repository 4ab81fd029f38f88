import { z } from 'astro/zod';
import type { AuthorComponentSpec } from '../../schemas/components';
import { slug, text } from '../../schemas/common';
import { exerciseId, exerciseTitle } from '../../schemas/exercise-props';

/** The author components of the rollenspel type, with the props each accepts (assembled in src/schemas/components.ts). */
export const components = {
  /** A branching conversation: the participant picks the professional's replies. */
  Rollenspel: {
    role: 'exercise',
    exerciseType: 'rollenspel',
    props: z
      .object({
        /** Stable id; the path taken hangs on it. */
        id: exerciseId,
        /** Heading above the conversation. */
        title: exerciseTitle(),
        /** Who the participant talks with, such as "Mevrouw Jansen". */
        client: text('the client name'),
      })
      .strict(),
  },
  /** What the client says at one point of a Rollenspel; holds the <Reactie>s to choose from. */
  Beurt: {
    role: 'content',
    within: ['Rollenspel'],
    props: z.object({ /** Stable id, the target of a reply's `next`. */ id: slug('the turn id') }).strict(),
  },
  /** A reply the participant can choose; its text is what the professional says. */
  Reactie: {
    role: 'content',
    within: ['Beurt'],
    props: z
      .object({
        /** The id of the <Beurt> or <Einde> this reply leads to. */
        next: slug('the next turn id'),
        /** Explanation after choosing, such as why this is "zorgen dat" rather than "zorgen voor". */
        feedback: text('the feedback').optional(),
      })
      .strict(),
  },
  /** An ending of a Rollenspel; its text says how the conversation ended. */
  Einde: {
    role: 'content',
    within: ['Rollenspel'],
    props: z
      .object({
        /** Stable id, the target of a reply's `next`. */
        id: slug('the ending id'),
        /** Short name of the ending. */
        title: text('the ending title').optional(),
      })
      .strict(),
  },
} as const satisfies Record<string, AuthorComponentSpec>;
