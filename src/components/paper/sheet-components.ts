/**
 * The MDX components for a bijeenkomst's materials page: every `<Werkblad>` in its printed form and
 * nothing else (slides, notes and exercises render empty; SheetsOnly.astro drops the text between).
 */
import type { AuthorComponentName } from '../../schemas/components';
import Absent from '../mdx/Absent.astro';
import { exerciseComponentNames, type ExerciseComponentName } from '../../exercises/registry';
import PrintSheet from './PrintSheet.astro';

const none = Object.fromEntries(exerciseComponentNames.map((name) => [name, Absent])) as Record<
  ExerciseComponentName,
  typeof Absent
>;

export const sheetComponents = {
  Slide: Absent,
  Notes: Absent,
  Step: Absent,
  Callout: Absent,
  Figuur: Absent,
  Klas: Absent,
  Zelfstudie: Absent,
  ...none,
  Werkblad: PrintSheet,
} satisfies Record<AuthorComponentName, unknown>;
