import { z } from 'astro/zod';
import { slug, text } from './common';

/**
 * The components course authors may use in MDX, with the props each accepts.
 * The build checks every element in a course file against this table, so an unknown or
 * misused component fails with its line instead of rendering half a page.
 */
export const authorComponents = {
  /** A section of the self-study page that is also one slide of the deck. */
  Slide: {
    role: 'slide',
    props: z
      .object({
        /** Heading on the page and on the slide. */
        title: text('the slide title'),
        /** The agenda block this slide belongs to; defaults to the previous slide's block. */
        block: slug('the agenda block id').optional(),
      })
      .strict(),
  },
  /** Trainer notes: shown in the presenter view and the trainer guide, never to participants. */
  Notes: {
    role: 'notes',
    props: z.object({}).strict(),
  },
  /** A part of a slide revealed on its own key press in the deck; on every other page simply its content. */
  Step: {
    role: 'step',
    props: z.object({}).strict(),
  },
  /** A highlighted remark in the text. */
  Callout: {
    role: 'content',
    props: z
      .object({
        /** Tone of the remark. */
        type: z
          .enum(['info', 'tip', 'let-op', 'voorbeeld'], {
            errorMap: () => ({ message: 'expected type "info", "tip", "let-op" or "voorbeeld"' }),
          })
          .optional(),
        /** Optional heading of the callout. */
        title: text('the callout title').optional(),
      })
      .strict(),
  },
} as const satisfies Record<string, AuthorComponentSpec>;

/** How the outline and the renderers treat an author component. */
export type ComponentRole = 'slide' | 'notes' | 'step' | 'content' | 'exercise';

export interface AuthorComponentSpec {
  role: ComponentRole;
  /** Schema of the element's attributes; exercises have a required `id`. */
  props: z.ZodTypeAny;
  /** For exercises: the type reported in the outline and to the LMS. */
  exerciseType?: string;
}

export type AuthorComponentName = keyof typeof authorComponents;

export const authorComponentNames = Object.keys(authorComponents) as AuthorComponentName[];

export function isAuthorComponent(name: string): name is AuthorComponentName {
  return Object.hasOwn(authorComponents, name);
}

/** Every exercise element carries an author-given id that stays stable across course updates. */
export const exerciseId = slug('the exercise id');
