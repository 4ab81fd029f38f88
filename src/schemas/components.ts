import { z } from 'astro/zod';
import { slug, text } from './common';

/** Where a figure's file lives: an SVG in the course's assets/ folder. */
export const FIGURE_SRC = /^assets\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*[a-z0-9]+(?:-[a-z0-9]+)*\.svg$/;

/** Every exercise element carries an author-given id that stays stable across course updates. */
export const exerciseId = slug('the exercise id');

/** An optional heading shown above an exercise. */
const exerciseTitle = () => text('the exercise title').optional();
const flag = (what: string) =>
  z
    .literal(true, { errorMap: () => ({ message: `expected ${what} without a value, such as <Vraag multiple>` }) })
    .optional();
const count = (what: string, min: number) =>
  z
    .number({ invalid_type_error: `expected ${what} as a number in braces, such as {${min}}` })
    .int(`expected ${what} as a whole number`)
    .min(min, `expected ${what} of at least ${min}`);
const wholeNumber = (what: string, min: number, max: number) =>
  count(what, min).max(max, `expected ${what} of at most ${max}`);

/** The exercise components. A function, so the table above stays readable and this block merges easily. */
function exerciseComponents() {
  return {
    /** A set of single- or multiple-choice questions with feedback, a score and a pass mark. */
    Kennischeck: {
      role: 'exercise',
      exerciseType: 'kennischeck',
      props: z
        .object({
          /** Stable id; saved answers and LMS results hang on it. */
          id: exerciseId,
          /** Heading above the questions. */
          title: exerciseTitle(),
          /** Questions that must be right to pass; default all. Its upper limit, the number of questions, is a structure rule. */
          passMark: count('passMark', 0).optional(),
          /** Checks per question before the right answer is shown; default 2 (one more try after a wrong check). */
          attempts: wholeNumber('attempts', 1, 10).optional(),
        })
        .strict(),
    },
    /** A question: with <Optie>s in a Kennischeck, open in a Reflectie. Its text is the question. */
    Vraag: {
      role: 'content',
      within: ['Kennischeck', 'Reflectie'],
      props: z
        .object({
          /** Stable id within the exercise. */
          id: slug('the question id'),
          /** More than one option may be correct (Kennischeck only). */
          multiple: flag('multiple'),
        })
        .strict(),
    },
    /** An answer option of a Kennischeck question; its text is the answer. */
    Optie: {
      role: 'content',
      within: ['Vraag'],
      props: z
        .object({
          /** Stable id within the question; reported to the LMS as the response. */
          id: slug('the option id'),
          /** This option is (one of) the right answer(s). */
          correct: flag('correct'),
          /** Shown after checking when this option was chosen. */
          feedback: text('the feedback').optional(),
        })
        .strict(),
    },
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

export const authorComponentNames = Object.keys(authorComponents) as AuthorComponentName[];

export function isAuthorComponent(name: string): name is AuthorComponentName {
  return Object.hasOwn(authorComponents, name);
}
