/**
 * The Astro components of every exercise type, looked up from the registry (build-time only: never
 * import this into a browser bundle). Self-study pages, the deck and the trainer guide all render
 * exercises through the MDX wrappers, so an exercise looks and behaves the same everywhere; the deck
 * swaps in the room forms, the guide and the participants' map the paper forms.
 */
import {
  createComponent,
  renderComponent,
  renderTemplate,
  type AstroComponentFactory,
} from 'astro/runtime/server/index.js';
import Absent from '../components/mdx/Absent.astro';
import { exerciseTypes, type ExerciseComponentName, type ExerciseTypeName } from './registry';
import ExerciseHost from './shared/ExerciseHost.astro';
import RoomPersonal from './shared/RoomPersonal.astro';

const astro = import.meta.glob<AstroComponentFactory>('./*/*.astro', { eager: true, import: 'default' });

function form(type: string, file: string): AstroComponentFactory {
  const component = astro[`./${type}/${file}.astro`];
  if (!component) throw new Error(`exercise type ${type} has no ${file}.astro`);
  return component;
}

type Forms = Record<ExerciseComponentName, AstroComponentFactory>;
const each = (pick: (type: (typeof exerciseTypes)[number], name: string, index: number) => AstroComponentFactory) =>
  Object.fromEntries(
    exerciseTypes.flatMap((type) => type.components.map((name, index) => [name, pick(type, name, index)])),
  ) as Forms;

/**
 * `<Kennischeck …>` and its kin: ExerciseHost with the type filled in. Every exercise renders the
 * same way (its element around readable light DOM, its strings, its loader), so the type's folder
 * holds no wrapper of its own, only its parts. `createComponent` is what a compiled `.astro` file
 * calls; this is that file's one line, `<ExerciseHost type={type} {...Astro.props}><slot /></…>`.
 */
type RenderArguments = Parameters<typeof renderComponent>;
function hosted(type: ExerciseTypeName): AstroComponentFactory {
  return createComponent(
    (result: RenderArguments[0], props: RenderArguments[3], slots: RenderArguments[4]) =>
      renderTemplate`${renderComponent(result, 'ExerciseHost', ExerciseHost, { ...props, type }, slots)}`,
  );
}

/** The MDX components: readable light DOM, upgraded by the exercise elements. */
export const exerciseComponents: Forms = each((type, name, index) =>
  index === 0 ? hosted(type.type) : form(type.type, name),
);

/**
 * The room form, for slides in the audience deck and the presenter view: static HTML in large type,
 * readable from the back of the room, without exercise scripts. Nothing is typed or saved on a
 * projected slide, so the deck never touches participants' progress. Answers and feedback appear as
 * reveal steps, in order with the slide's own <Step>s.
 */
export const roomComponents: Forms = each((type, name) =>
  type.room === 'own' ? form(type.type, `Room${name}`) : RoomPersonal,
);

/**
 * The paper form, for the trainer guide (answer keys, turn maps) and the participants' map (blank,
 * with room to write): the page sets `Astro.locals.paper`. The parts render as on the self-study
 * page; the paper forms read them back (src/lib/print/exercise-parts.ts).
 */
export const paperComponents: Forms = each((type, name, index) => {
  if (type.paper === 'none') return Absent;
  return index === 0 ? form(type.type, `Paper${name}`) : form(type.type, name);
});
