import { z } from 'astro/zod';
import { slugify } from '../lib/slug';
import { goals, minutes, slug, text } from './common';

/** What happens in an agenda block; decides its icon, its colour in the timer and how trainers read it. */
export const AGENDA_KINDS = [
  'plenair',
  'interactief',
  'oefening',
  'rollenspel',
  'groepswerk',
  'presentatie',
  'reflectie',
  'pauze',
] as const;

/** One block of a bijeenkomst's agenda. */
export const agendaBlockSchema = z
  .object({
    /** Stable id that slides refer to with `<Slide block="…">`; derived from the title when left out. */
    id: slug('the block id').optional(),
    /** What the block is called on the agenda. */
    title: text('the block title'),
    /** Planned length. */
    minutes: minutes('the block length'),
    /** What kind of work it is. */
    kind: z.enum(AGENDA_KINDS, {
      errorMap: () => ({ message: `expected one of ${AGENDA_KINDS.join(', ')}` }),
    }),
  })
  .strict();

/** Frontmatter of `courses/<course>/<bijeenkomst>.mdx`. */
/**
 * Something the trainer brings: a line of text, or `werkblad: <id>` naming a printed sheet
 * (`<Werkblad>`) of this bijeenkomst, which the guide lists with its copies.
 */
export const material = z.union([text('a material'), z.object({ werkblad: slug('the sheet id') }).strict()], {
  errorMap: () => ({ message: 'expected a material as text, or as "werkblad: <id of a Werkblad in this file>"' }),
});

export type Material = z.infer<typeof material>;

export const bijeenkomstSchema = z
  .object({
    /** Position in the course, from 1. */
    number: z
      .number({
        required_error: 'number is required',
        invalid_type_error: 'expected the number of the bijeenkomst, such as 1',
      })
      .int('expected a whole number, such as 1')
      .positive('expected a number from 1 up'),
    /** Title without the number. */
    title: text('the title'),
    /** Planned length of the whole bijeenkomst, breaks included. */
    duration: minutes('duration'),
    /** What participants can do after this bijeenkomst. */
    goals: goals('learning goals'),
    /** The blocks of the session, in order; their minutes add up to `duration`. */
    agenda: z
      .array(agendaBlockSchema, {
        required_error: 'an agenda is required',
        invalid_type_error: 'expected the agenda as a list of blocks',
      })
      .min(1, 'list at least one agenda block'),
    /** What participants do before this bijeenkomst. */
    preparation: text('the preparation').optional(),
    /** What participants do after this bijeenkomst. */
    homework: text('the homework').optional(),
    /**
     * The id of the exercise in this file in which participants do the homework (a Reflectie to write
     * it down). The self-study page then gives the homework there only, not again in a box of its own.
     */
    homeworkExercise: slug('the id of the homework exercise').optional(),
    /** What the trainer brings or prepares (trainer guide only). */
    materials: z.array(material).optional(),
  })
  .strict()
  .superRefine((data, ctx) => {
    const total = data.agenda.reduce((sum, block) => sum + block.minutes, 0);
    if (total !== data.duration) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['agenda'],
        message: `the agenda blocks add up to ${total} minutes, but duration is ${data.duration}; make them equal`,
      });
    }
    const seen = new Set<string>();
    data.agenda.forEach((block, index) => {
      const id = agendaBlockId(block);
      if (seen.has(id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['agenda', index, 'id'],
          message: `the block id "${id}" is used twice in this agenda; give one block its own id`,
        });
      }
      seen.add(id);
    });
  });

/** An agenda block's id: the author's, or one derived from its title. */
export function agendaBlockId(block: { id?: string | undefined; title: string }): string {
  return block.id ?? slugify(block.title);
}

export type BijeenkomstInput = z.input<typeof bijeenkomstSchema>;
export type BijeenkomstData = z.infer<typeof bijeenkomstSchema>;
export type AgendaBlock = z.infer<typeof agendaBlockSchema>;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
