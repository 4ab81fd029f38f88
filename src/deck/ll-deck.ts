import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { isOwnTap, touchCommand } from '../lib/deck/tap';
import { showBreakTimes } from './break-time';
import { revealSteps } from './deck-controller';
import { DeckElement } from './deck-element';
import { styles } from './ll-deck.styles';

/**
 * The audience deck. Its light-DOM children are the slides (`<section data-ll-deck-slide>`),
 * readable as a plain page without JavaScript; the element shows one at a time, reveals steps,
 * blacks out the screen and follows the presenter view through DeckController.
 */
@customElement('ll-deck')
export class LlDeck extends DeckElement {
  static override styles = styles;

  protected readonly revealAll = false;
  @state() private announcement = '';

  /** Where the current touch started; undefined for a mouse, or a touch on a link, button or control. */
  private touchStart: { x: number; y: number; id: number } | undefined;
  private lastAnnounced = '';

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
        ? this.t('deck.blackout')
        : this.t('deck.slideOf', {
            n: slide + 1,
            total: slides.length,
            title: slides[slide]?.dataset.title ?? '',
          });
    }
  }

  protected override render() {
    const { blackout } = this.deck.state;
    return html`<slot></slot>
      <div class="black" ?hidden=${!blackout}></div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.renderOverlays(html`<h2>${this.t('deck.overview.title')}</h2>`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-deck': LlDeck;
  }
}
