/**
 * The exercises in their room form, for slides in the audience deck and the presenter view: static
 * HTML in large type, readable from the back of the room, without exercise scripts. Nothing is typed
 * or saved on a projected slide, so the deck never touches participants' progress. Answers and
 * feedback appear as reveal steps, in order with the slide's own <Step>s.
 */
import type { exerciseComponents } from '../../mdx/exercise-components';
import RoomBeurt from './RoomBeurt.astro';
import RoomDomein from './RoomDomein.astro';
import RoomEinde from './RoomEinde.astro';
import RoomKennischeck from './RoomKennischeck.astro';
import RoomNetwerkcirkel from './RoomNetwerkcirkel.astro';
import RoomOptie from './RoomOptie.astro';
import RoomPersonal from './RoomPersonal.astro';
import RoomReactie from './RoomReactie.astro';
import RoomReflectie from './RoomReflectie.astro';
import RoomRollenspel from './RoomRollenspel.astro';
import RoomSchaalvraag from './RoomSchaalvraag.astro';
import RoomStap from './RoomStap.astro';
import RoomStappenplan from './RoomStappenplan.astro';
import RoomVraag from './RoomVraag.astro';
import RoomZelfredzaamheidscan from './RoomZelfredzaamheidscan.astro';

export const roomComponents = {
  Kennischeck: RoomKennischeck,
  Vraag: RoomVraag,
  Optie: RoomOptie,
  Reflectie: RoomReflectie,
  Rollenspel: RoomRollenspel,
  Beurt: RoomBeurt,
  Reactie: RoomReactie,
  Einde: RoomEinde,
  Schaalvraag: RoomSchaalvraag,
  Netwerkcirkel: RoomNetwerkcirkel,
  Zelfredzaamheidscan: RoomZelfredzaamheidscan,
  Domein: RoomDomein,
  Stappenplan: RoomStappenplan,
  Stap: RoomStap,
  Voortgang: RoomPersonal,
  Voortgangsoverzicht: RoomPersonal,
} satisfies Record<keyof typeof exerciseComponents, unknown>;
