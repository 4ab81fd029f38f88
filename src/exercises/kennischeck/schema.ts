import { z } from 'astro/zod';
import type { AuthorComponentSpec } from '../../schemas/components';
import { slug, text } from '../../schemas/common';
import { exerciseId, exerciseTitle, flag, count, wholeNumber } from '../../schemas/exercise-props';

/** The author components of the kennischeck type, with the props each accepts (assembled in src/schemas/components.ts). */
export const components = {
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
} as const satisfies Record<string, AuthorComponentSpec>;
