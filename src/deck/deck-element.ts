import { html, LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fill, type DeckStrings } from '../lib/deck/deck-strings';
import type { PlannedBlock } from '../lib/deck/pace';
import { breaksPerSlide } from './break-time';
import { DeckController, stepsPerSlide } from './deck-controller';
import { toggleFullscreen } from './fullscreen';
import './ll-deck-help';
import { showOverview } from './slide-overview';

/**
 * What the audience deck (`ll-deck`) and the presenter view (`ll-presenter`) share: the attributes
 * the page writes, the slides in the light DOM (`<section data-ll-deck-slide>`), the DeckController
 * that keeps their windows in step, and the two overlays of each window, the overview of every
 * slide (O) and the keyboard help (?).
 */
export abstract class DeckElement extends LitElement {
  /** The bijeenkomst (`course/bijeenkomst`); windows with the same deck id stay in step. */
  @property({ attribute: 'deck-id' }) deckId = '';
  /** Interface strings as JSON, written by the page in its language. */
  @property({ type: Object }) strings: DeckStrings = {};
  /** The agenda with planned minutes and kinds, as JSON: groups the overview, times the breaks. */
  @property({ type: Array }) agenda: PlannedBlock[] = [];
  /** The author turned the audience's slide number and progress off (the trainer can turn them on again). */
  @property({ type: Boolean, attribute: 'no-numbers' }) noNumbers = false;

  @state() protected overview = false;
  @state() protected help = false;

  /** Whether the overview shows every step and answer (the presenter) or each slide as the room first sees it. */
  protected abstract readonly revealAll: boolean;

  protected readonly deck = new DeckController(this, {
    channel: () => this.deckId,
    shape: () => stepsPerSlide(this.slides),
    onLocal: (command, target) => {
      if (command.type === 'overview') this.toggleOverview(!this.overview);
      else if (command.type === 'help') this.help = !this.help;
      else if (command.type === 'fullscreen') void toggleFullscreen();
      else if (command.type === 'escape') {
        this.toggleOverview(false);
        this.help = false;
      } else return this.scrollNotes(command.type === 'notes-down' ? 1 : -1, target);
    },
    paused: () => this.help,
    numbers: () => !this.noNumbers,
    breaks: () => breaksPerSlide(this.slides, this.agenda),
  });

  protected get slides(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>(':scope > [data-ll-deck-slide]')];
  }

  /**
   * ↑/↓ (`direction` -1 or 1) with `target` focused. Returns false to leave the key to the browser,
   * which scrolls the overview or the page as usual; only the presenter has notes to scroll.
   */
  protected scrollNotes(_direction: 1 | -1, _target: EventTarget | null): boolean | void {
    return false;
  }

  /** Opens the overview with fresh thumbnails, or closes it; a chosen thumbnail closes it and goes there. */
  protected toggleOverview(open: boolean): void {
    this.overview = open;
    const { slides, agenda, strings, revealAll } = this;
    const options = open ? { slides, agenda, strings, revealAll, current: this.deck.state.slide } : undefined;
    showOverview(this, options, (slide) => {
      this.toggleOverview(false);
      this.deck.dispatch({ type: 'goto', slide });
    });
  }

  protected t(key: Parameters<typeof fill>[1], values?: Record<string, string | number>): string {
    return fill(this.strings, key, values);
  }

  /** The two overlays, closed until asked for; `head` tops the overview. */
  protected renderOverlays(head: TemplateResult) {
    return html`<div class="overview" ?hidden=${!this.overview}>${head}<slot name="overview"></slot></div>
      <ll-deck-help .strings=${this.strings} ?open=${this.help} @ll-close=${() => (this.help = false)}></ll-deck-help>`;
  }
}
