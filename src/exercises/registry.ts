/**
 * The exercise types, one entry each. A type is one folder, `src/exercises/<type>/`, holding its
 * element(s), styles, logic, MDX parts, room and paper forms, schema (`schema.ts`), strings and
 * gallery example (`example.mdx`); `registry.test.ts` fails when an entry's files are not there.
 *
 * Plain data, safe in browser bundles: the build-time forms (Astro components) are looked up from
 * these names in `forms.ts`, the schemas assembled in `src/schemas/components.ts`.
 */
export const exerciseTypes = [
  {
    type: 'kennischeck',
    tags: ['ll-kennischeck'],
    // <Vraag> is also the question of a Reflectie; it lives here, with its options.
    components: ['Kennischeck', 'Vraag', 'Optie'],
    room: 'own',
    paper: 'own',
  },
  { type: 'reflectie', tags: ['ll-reflectie'], components: ['Reflectie'], room: 'own', paper: 'own' },
  {
    type: 'rollenspel',
    tags: ['ll-rollenspel'],
    components: ['Rollenspel', 'Beurt', 'Reactie', 'Einde'],
    room: 'own',
    paper: 'own',
  },
  { type: 'schaalvraag', tags: ['ll-schaalvraag'], components: ['Schaalvraag'], room: 'own', paper: 'own' },
  { type: 'netwerkcirkel', tags: ['ll-netwerkcirkel'], components: ['Netwerkcirkel'], room: 'own', paper: 'own' },
  {
    type: 'zelfredzaamheidscan',
    tags: ['ll-zelfredzaamheidscan'],
    components: ['Zelfredzaamheidscan', 'Domein'],
    room: 'own',
    paper: 'own',
  },
  { type: 'stappenplan', tags: ['ll-stappenplan'], components: ['Stappenplan', 'Stap'], room: 'own', paper: 'own' },
  {
    type: 'voortgang',
    tags: ['ll-voortgang', 'll-voortgangsoverzicht'],
    components: ['Voortgang', 'Voortgangsoverzicht'],
    // About one participant's own progress: nothing to show the room, nothing to write on paper.
    room: 'personal',
    paper: 'none',
  },
] as const satisfies readonly ExerciseTypeEntry[];

export interface ExerciseTypeEntry {
  /** The type reported in the outline and to the LMS, and the name of its folder. */
  type: string;
  /** Its custom elements, each defined in `ll-<name>.ts` in the folder; the first is the exercise's. */
  tags: readonly `ll-${string}`[];
  /**
   * The MDX components authors write: the first is the exercise, rendered by shared/ExerciseHost.astro
   * (forms.ts); the others, its parts (or, for voortgang, the overview beside it), by `<Name>.astro`.
   */
  components: readonly string[];
  /**
   * The deck's form: `own` is `Room<Name>.astro` in the folder for every component; `personal` is
   * nothing (shared/RoomPersonal.astro), for what only concerns a participant's own progress.
   */
  room: 'own' | 'personal';
  /**
   * The trainer guide's and participants' map's form: `own` is `Paper<Exercise>.astro` for the
   * exercise (its parts render as on the page and are read back); `none` leaves it off paper.
   */
  paper: 'own' | 'none';
}

export type ExerciseTypeName = (typeof exerciseTypes)[number]['type'];
/** Every exercise component and part, by the name authors write. */
export type ExerciseComponentName = (typeof exerciseTypes)[number]['components'][number];
/** The exercise elements, by tag without `ll-`. */
export type ElementName = (typeof exerciseTypes)[number]['tags'][number] extends `ll-${infer N}` ? N : never;
/** The types with a room form of their own, and so a label (`exercise.<type>` in the strings). */
export type RoomExerciseType = Extract<(typeof exerciseTypes)[number], { room: 'own' }>['type'];

export const exerciseComponentNames: readonly ExerciseComponentName[] = exerciseTypes.flatMap((t) => t.components);
