import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { elapsedMs } from '../lib/deck/deck-state';
import { fill, type DeckStrings } from '../lib/deck/deck-strings';
import { formatElapsed, paceFor, type PlannedBlock } from '../lib/deck/pace';
import { DeckController, revealSteps, stepsPerSlide } from './deck-controller';
import { toggleFullscreen } from './fullscreen';
import './ll-deck-help';
import { styles } from './ll-presenter.styles';

/**
 * The presenter view: current and next slide, the trainer's notes, the agenda block with planned
 * against elapsed time, clock and timer, and the slide list. Its light-DOM children are the slides
 * and the notes (`[data-ll-notes-for]`); the element slots the ones that are current. It opens the
 * audience window and drives it through DeckController.
 */
@customElement('ll-presenter')
export class LlPresenter extends LitElement {
  static override styles = styles;

  /** The bijeenkomst (`course/bijeenkomst`); the audience window with the same id follows. */
  @property({ attribute: 'deck-id' }) deckId = '';
  /** Relative URL of the audience deck. */
  @property({ attribute: 'audience-url' }) audienceUrl = '../';
  /** The agenda with planned minutes, as JSON. */
  @property({ type: Array }) agenda: PlannedBlock[] = [];
  @property({ type: Object }) strings: DeckStrings = {};

  @state() private help = false;
  @state() private now = Date.now();

  private readonly deck = new DeckController(this, {
    channel: () => this.deckId,
    shape: () => stepsPerSlide(this.slides),
    onLocal: (command) => {
      if (command.type === 'help') this.help = !this.help;
      // The slide list is the presenter's overview: O takes the focus there.
      else if (command.type === 'overview')
        this.renderRoot.querySelector<HTMLElement>('.list [aria-current="true"]')?.focus();
      else if (command.type === 'fullscreen') void toggleFullscreen();
      else if (command.type === 'escape') this.help = false;
    },
    paused: () => this.help,
  });

  private tick: ReturnType<typeof setInterval> | undefined;

  private get slides(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>(':scope > [data-ll-deck-slide]')];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.tick = setInterval(() => (this.now = Date.now()), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.tick);
  }

  protected override willUpdate(): void {
    const { slide, step } = this.deck.state;
    const slides = this.slides;
    slides.forEach((el, index) => {
      const place = index === slide ? 'current' : index === slide + 1 ? 'next' : undefined;
      if (place) el.slot = place;
      else el.removeAttribute('slot');
    });
    revealSteps(slides[slide], step);
    revealSteps(slides[slide + 1], Number.POSITIVE_INFINITY);
    this.querySelectorAll<HTMLElement>(':scope > [data-ll-notes-for]').forEach((el) => {
      if (el.dataset.llNotesFor === String(slide + 1)) el.slot = 'notes';
      else el.removeAttribute('slot');
    });
  }

  private openAudience(): void {
    // A separate window the trainer drags to the projector; it asks this window for the state.
    window.open(`${this.audienceUrl}#${this.deck.state.slide + 1}`, 'leerlijn-publiek', 'popup');
  }

  private t(key: Parameters<typeof fill>[1], values?: Record<string, string | number>): string {
    return fill(this.strings, key, values);
  }

  private renderPace(blockId: string | undefined, elapsedMinutes: number) {
    const pace = paceFor(this.agenda, blockId, elapsedMinutes);
    if (!pace) return nothing;
    const status =
      pace.status === 'on-time'
        ? this.t('presenter.onTime')
        : this.t(pace.status === 'ahead' ? 'presenter.ahead' : 'presenter.behind', { minutes: pace.minutes });
    return html`<p><strong>${pace.block.title}</strong></p>
      <p>${this.t('presenter.planned', { start: pace.block.start, end: pace.block.end })}</p>
      <p class="status" data-status=${pace.status}>${status}</p>`;
  }

  protected override render() {
    const { slide, step, blackout, timer } = this.deck.state;
    const slides = this.slides;
    const steps = this.deck.shape.steps[slide] ?? 0;
    const elapsed = elapsedMs(timer, this.now);
    const clock = new Date(this.now).toLocaleTimeString(document.documentElement.lang || 'nl', {
      hour: '2-digit',
      minute: '2-digit',
    });
    const go = (action: Parameters<DeckController['dispatch']>[0]) => () => this.deck.dispatch(action);
    return html`<div class="bar">
        <div class="group">
          <button type="button" class="primary" @click=${() => this.openAudience()}>
            ${this.t('presenter.openAudience')}
          </button>
          <button type="button" @click=${go({ type: 'previous' })}>${this.t('presenter.previous')}</button>
          <button type="button" class="primary" @click=${go({ type: 'next' })}>
            ${this.t('presenter.nextButton')}
          </button>
          <button type="button" aria-pressed=${blackout ? 'true' : 'false'} @click=${go({ type: 'blackout' })}>
            ${this.t('presenter.blackout')}
          </button>
          <button type="button" aria-haspopup="dialog" @click=${() => (this.help = true)}>
            ${this.t('presenter.help')}
          </button>
        </div>
        <div class="group">
          <span>${this.t('presenter.clock')}</span>
          <span class="time">${clock}</span>
        </div>
        <div class="group">
          <span>${this.t('presenter.timer')}</span>
          <span class="time" role="timer">${formatElapsed(elapsed)}</span>
          <button type="button" @click=${() => this.deck.dispatch({ type: 'timer-toggle', now: Date.now() })}>
            ${this.t(timer.startedAt === null ? 'presenter.start' : 'presenter.pause')}
          </button>
          <button type="button" @click=${() => this.deck.dispatch({ type: 'timer-reset', now: Date.now() })}>
            ${this.t('presenter.reset')}
          </button>
        </div>
      </div>
      <div class="grid">
        <section class="current" aria-labelledby="current">
          <h2 id="current">${this.t('presenter.current')} (${slide + 1}/${slides.length})</h2>
          <slot name="current"></slot>
          ${steps ? html`<p>${this.t('presenter.step', { step, steps })}</p>` : nothing}
        </section>
        <section class="next" aria-labelledby="next">
          <h2 id="next">${this.t('presenter.next')}</h2>
          <slot name="next"><p class="end">${this.t('presenter.end')}</p></slot>
        </section>
        <section class="pace" aria-labelledby="pace">
          <h2 id="pace">${this.t('presenter.block')}</h2>
          ${this.renderPace(slides[slide]?.dataset.block, elapsed / 60_000)}
        </section>
        <section class="notes" aria-labelledby="notes">
          <h2 id="notes">${this.t('presenter.notes')}</h2>
          <slot name="notes"><p>${this.t('presenter.noNotes')}</p></slot>
        </section>
        <nav class="list" aria-labelledby="list">
          <h2 id="list">${this.t('presenter.slides')}</h2>
          <ol>
            ${slides.map(
              (el, index) =>
                html`<li>
                  <button
                    type="button"
                    aria-current=${index === slide ? 'true' : 'false'}
                    @click=${go({ type: 'goto', slide: index })}
                  >
                    ${index + 1}. ${el.dataset.title}
                  </button>
                </li>`,
            )}
          </ol>
        </nav>
      </div>
      <ll-deck-help .strings=${this.strings} ?open=${this.help} @ll-close=${() => (this.help = false)}></ll-deck-help>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-presenter': LlPresenter;
  }
}
