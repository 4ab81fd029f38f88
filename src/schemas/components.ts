import { z } from 'astro/zod';
import { slug, text } from './common';
import { components as kennischeck } from '../exercises/kennischeck/schema';
import { components as reflectie } from '../exercises/reflectie/schema';
import { components as rollenspel } from '../exercises/rollenspel/schema';
import { components as schaalvraag } from '../exercises/schaalvraag/schema';
import { components as netwerkcirkel } from '../exercises/netwerkcirkel/schema';
import { components as zelfredzaamheidscan } from '../exercises/zelfredzaamheidscan/schema';
import { components as stappenplan } from '../exercises/stappenplan/schema';
import { components as voortgang } from '../exercises/voortgang/schema';

/** Where a figure's file lives: an SVG in the course's assets/ folder. */
export const FIGURE_SRC = /^assets\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*[a-z0-9]+(?:-[a-z0-9]+)*\.svg$/;

/**
 * The exercise components, each type's from its folder (src/exercises/<type>/schema.ts), in the
 * registry's order.
 */
function exerciseComponents() {
  return {
    ...kennischeck,
    ...reflectie,
    ...rollenspel,
    ...schaalvraag,
    ...netwerkcirkel,
    ...zelfredzaamheidscan,
    ...stappenplan,
    ...voortgang,
  } as const satisfies Record<string, AuthorComponentSpec>;
}

/** How a slide appears on the self-study page: as a summary box, or not at all (the text says it). */
export const studyModes = ['summary', 'hidden'] as const;
export type StudyMode = (typeof studyModes)[number];
const studyMode = z.enum(studyModes, { errorMap: () => ({ message: 'expected study "summary" or "hidden"' }) });
/** Who a printed sheet is for: participants see theirs on the self-study page too; the others never do. */
export const SHEET_AUDIENCES = ['deelnemer', 'rol', 'trainer'] as const;
/** How many copies of a sheet the room needs. */
export const SHEET_COPIES = ['per-deelnemer', 'per-tweetal', 'per-drietal', 'per-groepje', 'een'] as const;

/** Printed materials: one component, so the guide, the materials PDF and the participants' map agree. */
function sheetComponents() {
  return {
    /** A printable sheet (werkblad, role card, form) on its own A4 page(s). */
    Werkblad: {
      role: 'sheet',
      props: z
        .object({
          /** Stable id within the course; `materials` in the frontmatter names it. */
          id: slug('the sheet id'),
          /** Heading of the printed sheet. */
          title: text('the sheet title'),
          /** Who it is for: "deelnemer" (every participant), "rol" (one role in a role play), "trainer". */
          for: z.enum(SHEET_AUDIENCES, {
            errorMap: () => ({ message: 'expected for "deelnemer", "rol" or "trainer"' }),
          }),
          /** For a role card: the role, such as "Mevrouw Jansen (cliënt)". */
          role: text('the role').optional(),
          /** Copies to print: per participant, pair, trio, small group, or one in all. */
          copies: z.enum(SHEET_COPIES, {
            errorMap: () => ({
              message: 'expected copies "per-deelnemer", "per-tweetal", "per-drietal", "per-groepje" or "een"',
            }),
          }),
        })
        .strict(),
    },
  } as const satisfies Record<string, AuthorComponentSpec>;
}

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
        /** How the self-study page shows it: a summary box, or not at all; default the course's `studySlides`. */
        study: studyMode.optional(),
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
  // Where a part belongs (issue 14): the room only, or self-study only.
  /** Only for the room: shown in the deck and the trainer guide, never on the self-study page. */
  Klas: {
    role: 'place',
    props: z.object({}).strict(),
  },
  /** Only for self-study: shown on the self-study page, never in the deck or the trainer guide. */
  Zelfstudie: {
    role: 'place',
    props: z.object({}).strict(),
  },
  /** A figure: an SVG diagram (inlined, so it takes the theme's colours) from the course's assets/ folder. */
  Figuur: {
    role: 'content',
    props: z
      .object({
        /** The SVG file, relative to the course folder, such as "assets/wmo-route.svg". */
        src: z
          .string({ required_error: 'src is required', invalid_type_error: 'expected src as text' })
          .regex(FIGURE_SRC, 'expected src as a file in the assets/ folder, such as "assets/wmo-route.svg"'),
        /** What the figure shows, for people who cannot see it; required. */
        alt: text('the alt text (what the figure shows, for people who cannot see it)'),
      })
      .strict(),
  },
  // Exercises (interactive elements, src/exercises/) and their parts.
  ...exerciseComponents(),
  // Printed materials.
  ...sheetComponents(),
} as const satisfies Record<string, AuthorComponentSpec>;

/** How the outline and the renderers treat an author component. */
export type ComponentRole = 'slide' | 'notes' | 'step' | 'content' | 'exercise' | 'place' | 'sheet';

export interface AuthorComponentSpec {
  role: ComponentRole;
  /** Schema of the element's attributes; exercises have a required `id`. */
  props: z.ZodTypeAny;
  /** For exercises: the type reported in the outline and to the LMS. */
  exerciseType?: string;
  /** The components this one may only appear in (its nearest author-component ancestor). */
  within?: readonly string[];
}

export type AuthorComponentName = keyof typeof authorComponents;

/**
 * The props of an author component as its Astro forms receive them: the checker has validated them
 * against this schema, so a page, room or paper form types its props from it and never restates them.
 */
export type AuthorProps<Name extends AuthorComponentName> = z.input<(typeof authorComponents)[Name]['props']>;

/**
 * What a slide component receives: the author's props, and from the remark plugin its anchor id and
 * its deck number ("10", or "10–15" for a Kennischeck that becomes one slide per question).
 */
export type SlideProps = AuthorProps<'Slide'> & { id: string; n: string };

export const authorComponentNames = Object.keys(authorComponents) as AuthorComponentName[];

export function isAuthorComponent(name: string): name is AuthorComponentName {
  return Object.hasOwn(authorComponents, name);
}
