/**
 * The exercises on paper, for the trainer guide (answer keys, turn maps) and the participants' map
 * (blank, with room to write): the page sets `Astro.locals.paper`. The parts render as on the
 * self-study page; the paper forms read them back (src/lib/print/exercise-parts.ts).
 */
import Beurt from '../mdx/Beurt.astro';
import Domein from '../mdx/Domein.astro';
import Einde from '../mdx/Einde.astro';
import Optie from '../mdx/Optie.astro';
import Reactie from '../mdx/Reactie.astro';
import Stap from '../mdx/Stap.astro';
import Vraag from '../mdx/Vraag.astro';
import PaperKennischeck from './PaperKennischeck.astro';
import PaperNetwerkcirkel from './PaperNetwerkcirkel.astro';
import Absent from '../mdx/Absent.astro';
import PaperReflectie from './PaperReflectie.astro';
import PaperRollenspel from './PaperRollenspel.astro';
import PaperSchaalvraag from './PaperSchaalvraag.astro';
import PaperStappenplan from './PaperStappenplan.astro';
import PaperZelfredzaamheidscan from './PaperZelfredzaamheidscan.astro';

export const paperComponents = {
  Kennischeck: PaperKennischeck,
  Vraag,
  Optie,
  Reflectie: PaperReflectie,
  Rollenspel: PaperRollenspel,
  Beurt,
  Reactie,
  Einde,
  Schaalvraag: PaperSchaalvraag,
  Netwerkcirkel: PaperNetwerkcirkel,
  Zelfredzaamheidscan: PaperZelfredzaamheidscan,
  Domein,
  Stappenplan: PaperStappenplan,
  Stap,
  Voortgang: Absent,
  Voortgangsoverzicht: Absent,
};
