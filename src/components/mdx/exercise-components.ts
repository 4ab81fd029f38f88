/**
 * The exercise components and their parts. Self-study pages, the deck and the trainer guide all
 * render exercises through these wrappers, so an exercise looks and behaves the same everywhere.
 */
import Beurt from './Beurt.astro';
import Domein from './Domein.astro';
import Einde from './Einde.astro';
import Kennischeck from './Kennischeck.astro';
import Netwerkcirkel from './Netwerkcirkel.astro';
import Optie from './Optie.astro';
import Reactie from './Reactie.astro';
import Reflectie from './Reflectie.astro';
import Rollenspel from './Rollenspel.astro';
import Schaalvraag from './Schaalvraag.astro';
import Stap from './Stap.astro';
import Stappenplan from './Stappenplan.astro';
import Voortgang from './Voortgang.astro';
import Voortgangsoverzicht from './Voortgangsoverzicht.astro';
import Vraag from './Vraag.astro';
import Zelfredzaamheidscan from './Zelfredzaamheidscan.astro';

export const exerciseComponents = {
  Kennischeck,
  Vraag,
  Optie,
  Reflectie,
  Rollenspel,
  Beurt,
  Reactie,
  Einde,
  Schaalvraag,
  Netwerkcirkel,
  Zelfredzaamheidscan,
  Domein,
  Stappenplan,
  Stap,
  Voortgang,
  Voortgangsoverzicht,
};
