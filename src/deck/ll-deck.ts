import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { fill, type DeckStrings } from '../lib/deck/deck-strings';
import { DeckController, revealSteps, stepsPerSlide } from './deck-controller';
import { toggleFullscreen } from './fullscreen';
import './ll-deck-help';
import { styles } from './ll-deck.styles';

/** Horizontal travel, in CSS pixels, that counts as a swipe. */
const SWIPE = 50;

/**
 * The audience deck. Its light-DOM children are the slides (`<section data-ll-deck-slide>`),
 * readable as a plain page without JavaScript; the element shows one at a time, reveals steps,
 * blacks out the screen and follows the presenter view through DeckController.
 */
@customElement('ll-deck')
export class LlDeck extends LitElement {
  static override styles = styles;

  /** The bijeenkomst (`course/bijeenkomst`); windows with the same deck id stay in step. */
  @property({ attribute: 'deck-id' }) deckId = '';
  /** Interface strings as JSON, written by the page in its language. */
  @property({ type: Object }) strings: DeckStrings = {};

  @state() private overview = false;
  @state() private help = false;
  @state() private announcement = '';

  private readonly deck = new DeckController(this, {
    channel: () => this.deckId,
    leads: false,
    shape: () => stepsPerSlide(this.slides),
    onLocal: (command) => {
      if (command.type === 'overview') this.overview = !this.overview;
      else if (command.type === 'help') this.help = !this.help;
      else if (command.type === 'fullscreen') void toggleFullscreen();
      else if (command.type === 'escape') this.overview = this.help = false;
    },
    paused: () => this.help,
  });

  private swipeX: number | undefined;
  private lastAnnounced = '';

  private get slides(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>(':scope > [data-ll-deck-slide]')];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.toggleAttribute('ready', true);
    this.addEventListener('pointerdown', this.onPointerDown);
    this.addEventListener('pointerup', this.onPointerUp);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('pointerdown', this.onPointerDown);
    this.removeEventListener('pointerup', this.onPointerUp);
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    this.swipeX = event.pointerType === 'mouse' ? undefined : event.clientX;
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    if (this.swipeX === undefined) return;
    const dx = event.clientX - this.swipeX;
    this.swipeX = undefined;
    if (Math.abs(dx) >= SWIPE) this.deck.dispatch({ type: dx < 0 ? 'next' : 'previous' });
  };

  protected override willUpdate(): void {
    const { slide, step, blackout } = this.deck.state;
    const slides = this.slides;
    slides.forEach((el, index) => el.toggleAttribute('data-current', index === slide));
    revealSteps(slides[slide], step);
    this.toggleAttribute('blackout', blackout);
    const key = `${slide}:${blackout}`;
    if (key !== this.lastAnnounced) {
      // Only slide changes and the black screen are announced; a revealed step is text the reader reaches anyway.
      this.lastAnnounced = key;
      this.announcement = blackout
        ? fill(this.strings, 'deck.blackout')
        : fill(this.strings, 'deck.slideOf', { n: slide + 1, total: slides.length, title: slides[slide]?.dataset.title ?? '' });
    }
  }

  private pick(index: number): void {
    this.overview = false;
    this.deck.dispatch({ type: 'goto', slide: index });
  }

  protected override render() {
    const { slide, blackout } = this.deck.state;
    return html`<slot></slot>
      <div class="black" ?hidden=${!blackout}></div>
      <div class="sr" role="status">${this.announcement}</div>
      <div class="overview" ?hidden=${!this.overview}>
        <h2>${fill(this.strings, 'deck.overview.title')}</h2>
        <ol>
          ${this.slides.map(
            (el, index) =>
              html`<li><button type="button" aria-current=${index === slide ? 'true' : 'false'} @click=${() => this.pick(index)}>${index + 1}. ${el.dataset.title}</button></li>`,
          )}
        </ol>
      </div>
      <ll-deck-help .strings=${this.strings} ?open=${this.help} @ll-close=${() => (this.help = false)}></ll-deck-help>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-deck': LlDeck;
  }
}
