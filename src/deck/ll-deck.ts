import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { fill, type DeckStrings } from '../lib/deck/deck-strings';
import type { PlannedBlock } from '../lib/deck/pace';
import { isOwnTap, touchCommand } from '../lib/deck/tap';
import { breaksPerSlide, showBreakTimes } from './break-time';
import { DeckController, revealSteps, stepsPerSlide } from './deck-controller';
import { toggleFullscreen } from './fullscreen';
import './ll-deck-help';
import { styles } from './ll-deck.styles';
import { showOverview } from './slide-overview';

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
  /** The agenda with planned minutes and kinds, as JSON: groups the overview, times the breaks. */
  @property({ type: Array }) agenda: PlannedBlock[] = [];
  /** The author turned the slide number and progress off (the trainer can turn them on again). */
  @property({ type: Boolean, attribute: 'no-numbers' }) noNumbers = false;

  @state() private overview = false;
  @state() private help = false;
  @state() private announcement = '';

  private readonly deck = new DeckController(this, {
    channel: () => this.deckId,
    shape: () => stepsPerSlide(this.slides),
    onLocal: (command) => {
      if (command.type === 'overview') this.toggleOverview(!this.overview);
      else if (command.type === 'help') this.help = !this.help;
      else if (command.type === 'fullscreen') void toggleFullscreen();
      else if (command.type === 'escape') {
        this.toggleOverview(false);
        this.help = false;
      }
      // ↑/↓ scroll the overview as usual; the audience has no notes.
      else return false;
    },
    paused: () => this.help,
    numbers: () => !this.noNumbers,
    breaks: () => breaksPerSlide(this.slides, this.agenda),
  });

  /** Where the current touch started; undefined for a mouse, or a touch on a link, button or control. */
  private touchStart: { x: number; y: number; id: number } | undefined;
  private lastAnnounced = '';

  private get slides(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>(':scope > [data-ll-deck-slide]')];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.toggleAttribute('ready', true);
    this.addEventListener('pointerdown', this.onPointerDown);
    this.addEventListener('pointerup', this.onPointerUp);
    this.addEventListener('pointercancel', this.onPointerCancel);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('pointerdown', this.onPointerDown);
    this.removeEventListener('pointerup', this.onPointerUp);
    this.removeEventListener('pointercancel', this.onPointerCancel);
  }

  // Touch and pen only: a mouse click must not move the deck (the trainer may be selecting text).
  private readonly onPointerDown = (event: PointerEvent): void => {
    // A second finger while one is down is a pinch: neither a tap nor a swipe.
    const pinch = this.touchStart !== undefined && this.touchStart.id !== event.pointerId;
    const mine =
      event.pointerType !== 'mouse' && !pinch && !this.overview && !this.help && !isOwnTap(event.composedPath(), this);
    this.touchStart = mine ? { x: event.clientX, y: event.clientY, id: event.pointerId } : undefined;
  };

  private readonly onPointerCancel = (): void => {
    this.touchStart = undefined;
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    const start = this.touchStart;
    this.touchStart = undefined;
    if (!start || start.id !== event.pointerId) return;
    // Left and right of the slide itself: on a wide screen the black bars beside it count as its edges.
    const { left, width } = (this.slides[this.deck.state.slide] ?? this).getBoundingClientRect();
    const command = touchCommand({
      startX: start.x,
      startY: start.y,
      endX: event.clientX,
      endY: event.clientY,
      left,
      width,
    });
    if (command) this.deck.dispatch({ type: command });
  };

  protected override willUpdate(): void {
    const { slide, step, blackout, numbers, breaks } = this.deck.state;
    const slides = this.slides;
    slides.forEach((el, index) => el.toggleAttribute('data-current', index === slide));
    revealSteps(slides[slide], step);
    this.toggleAttribute('blackout', blackout);
    this.toggleAttribute('numbers', numbers);
    const current = slides[slide];
    if (current) {
      current.dataset.position = `${slide + 1} / ${slides.length}`;
      current.style.setProperty('--ll-progress', String((slide + 1) / slides.length));
    }
    showBreakTimes(slides, this.agenda, breaks, this.strings);
    const key = `${slide}:${blackout}`;
    if (key !== this.lastAnnounced) {
      // Only slide changes and the black screen are announced; a revealed step is text the reader reaches anyway.
      this.lastAnnounced = key;
      this.announcement = blackout
        ? fill(this.strings, 'deck.blackout')
        : fill(this.strings, 'deck.slideOf', {
            n: slide + 1,
            total: slides.length,
            title: slides[slide]?.dataset.title ?? '',
          });
    }
  }

  private pick(index: number): void {
    this.toggleOverview(false);
    this.deck.dispatch({ type: 'goto', slide: index });
  }

  /** Opens the overview with fresh thumbnails, or closes it. */
  private toggleOverview(open: boolean): void {
    this.overview = open;
    const options = open
      ? {
          slides: this.slides,
          agenda: this.agenda,
          current: this.deck.state.slide,
          strings: this.strings,
          revealAll: false,
        }
      : undefined;
    showOverview(this, options, (slide) => this.pick(slide));
  }

  protected override render() {
    const { blackout } = this.deck.state;
    return html`<slot></slot>
      <div class="black" ?hidden=${!blackout}></div>
      <div class="sr" role="status">${this.announcement}</div>
      <div class="overview" ?hidden=${!this.overview}>
        <h2>${fill(this.strings, 'deck.overview.title')}</h2>
        <slot name="overview"></slot>
      </div>
      <ll-deck-help .strings=${this.strings} ?open=${this.help} @ll-close=${() => (this.help = false)}></ll-deck-help>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-deck': LlDeck;
  }
}
