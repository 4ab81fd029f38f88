import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { elapsedMs } from '../lib/deck/deck-state';
import { formatElapsed, paceFor } from '../lib/deck/pace';
import { formatClock, showBreakTimes } from './break-time';
import { revealSteps, type DeckController } from './deck-controller';
import { DeckElement } from './deck-element';
import { styles } from './ll-presenter.styles';

/** Text sizes of the notes, in rem; the trainer's choice is kept in this browser. */
const NOTE_SIZES = [0.9, 1, 1.15, 1.3, 1.5, 1.75, 2] as const;
const NOTE_SIZE_KEY = 'leerlijn:presenter-notes-size';

/**
 * The presenter view, one laptop screen as in PowerPoint's: current and next slide, the trainer's
 * notes in a pane of their own that scrolls, the agenda block with planned against elapsed time,
 * clock and timer. Its light-DOM children are the slides and the notes (`[data-ll-notes-for]`); the
 * element slots the ones that are current. It opens the audience window and drives it through
 * DeckController. O opens the overview of every slide, grouped by agenda block.
 */
@customElement('ll-presenter')
export class LlPresenter extends DeckElement {
  static override styles = styles;

  /** Relative URL of the audience deck. */
  @property({ attribute: 'audience-url' }) audienceUrl = '../';

  protected readonly revealAll = true;
  @state() private now = Date.now();
  @state() private noteSize = 2;

  // ↑/↓ scroll the notes wherever the focus is, except in the notes themselves or the overview,
  // which scroll on their own.
  protected override scrollNotes(direction: 1 | -1, target: EventTarget | null): boolean | void {
    const pane = this.notesPane;
    const path = target instanceof Node ? target : undefined;
    if (this.overview || this.help || !pane || (path && (pane === path || pane.contains(path)))) return false;
    pane.scrollBy({ top: direction * pane.clientHeight * 0.4 });
  }

  private tick: ReturnType<typeof setInterval> | undefined;
  private shownSlide = -1;

  private get notesPane(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.notes-scroll');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.tick = setInterval(() => (this.now = Date.now()), 1000);
    const saved = Number(localStorage.getItem(NOTE_SIZE_KEY));
    if (Number.isInteger(saved) && saved >= 0 && saved < NOTE_SIZES.length) this.noteSize = saved;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.tick);
  }

  protected override willUpdate(): void {
    const { slide, step, breaks } = this.deck.state;
    const slides = this.slides;
    slides.forEach((el, index) => {
      const place = index === slide ? 'current' : index === slide + 1 ? 'next' : undefined;
      if (place) el.slot = place;
      else el.removeAttribute('slot');
    });
    revealSteps(slides[slide], step);
    // The next slide as the room will first see it; its steps are outlined (presenter.css).
    revealSteps(slides[slide + 1], 0);
    showBreakTimes(slides, this.agenda, breaks, this.strings);
    this.querySelectorAll<HTMLElement>(':scope > [data-ll-notes-for]').forEach((el) => {
      if (el.dataset.llNotesFor === String(slide + 1)) el.slot = 'notes';
      else el.removeAttribute('slot');
    });
    this.style.setProperty('--ll-notes-size', `${NOTE_SIZES[this.noteSize]}rem`);
  }

  protected override updated(): void {
    // New slide, new notes: start reading them from the top.
    const { slide } = this.deck.state;
    if (slide !== this.shownSlide) {
      this.shownSlide = slide;
      this.notesPane?.scrollTo({ top: 0 });
    }
  }

  private openAudience(): void {
    // A separate window the trainer drags to the projector; it asks this window for the state.
    window.open(`${this.audienceUrl}#${this.deck.state.slide + 1}`, 'leerlijn-publiek', 'popup');
  }

  private setNoteSize(change: number): void {
    this.noteSize = Math.min(NOTE_SIZES.length - 1, Math.max(0, this.noteSize + change));
    localStorage.setItem(NOTE_SIZE_KEY, String(this.noteSize));
  }

  private renderPace(blockId: string | undefined, elapsed: number, started: boolean) {
    const pace = paceFor(this.agenda, blockId, elapsed / 60_000);
    if (!pace) return nothing;
    const { block } = pace;
    // Before the timer runs there is no pace to report: saying "ahead" would be false.
    const status = !started
      ? this.t('presenter.notStarted')
      : pace.status === 'on-time'
        ? this.t('presenter.onTime')
        : this.t(pace.status === 'ahead' ? 'presenter.ahead' : 'presenter.behind', { minutes: pace.minutes });
    const resume = block.kind === 'pauze' ? this.deck.state.breaks[block.id] : undefined;
    const shift = (minutes: number) => () => this.deck.dispatch({ type: 'break-shift', block: block.id, minutes });
    return html`<p class="block-title"><strong>${block.title}</strong> · ${block.minutes} min.</p>
      <p class="line">
        <span>${this.t('presenter.planned', { start: block.start, end: block.end })}</span>
        <span>${this.t('presenter.elapsed', { minutes: Math.floor(elapsed / 60_000) })}</span>
        <span class="status" data-status=${started ? pace.status : 'idle'}>${status}</span>
      </p>
      ${
        resume === undefined
          ? nothing
          : html`<p class="line resume">
              <strong>${this.t('presenter.resume', { time: formatClock(resume) })}</strong>
              <button type="button" @click=${shift(-5)}>${this.t('presenter.resumeEarlier')}</button>
              <button type="button" @click=${shift(5)}>${this.t('presenter.resumeLater')}</button>
            </p>`
      }`;
  }

  protected override render() {
    const { slide, step, blackout, timer, numbers } = this.deck.state;
    const slides = this.slides;
    const steps = this.deck.shape.steps[slide] ?? 0;
    const elapsed = elapsedMs(timer, this.now);
    const started = timer.startedAt !== null || timer.accumulatedMs > 0;
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
          <button
            type="button"
            aria-expanded=${this.overview ? 'true' : 'false'}
            @click=${() => this.toggleOverview(true)}
          >
            ${this.t('presenter.overview')}
          </button>
          <button type="button" aria-pressed=${numbers ? 'true' : 'false'} @click=${go({ type: 'numbers' })}>
            ${this.t('presenter.numbers')}
          </button>
          <button type="button" aria-haspopup="dialog" @click=${() => (this.help = true)}>
            ${this.t('presenter.help')}
          </button>
        </div>
        <div class="group">
          <span>${this.t('presenter.clock')}</span>
          <span class="time">${formatClock(this.now)}</span>
        </div>
      </div>
      <div class="grid">
        <section class="current" aria-labelledby="current">
          <div class="current-head">
            <h2 id="current">
              ${this.t('presenter.current')}
              (${slide + 1}/${slides.length})${steps ? html` · ${this.t('presenter.step', { step, steps })}` : nothing}
            </h2>
            <div class="group timer">
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
          <div class="stage"><slot name="current"></slot></div>
        </section>
        <section class="pace" aria-labelledby="pace">
          <h2 id="pace">${this.t('presenter.block')}</h2>
          ${this.renderPace(slides[slide]?.dataset.block, elapsed, started)}
        </section>
        <section class="next" aria-labelledby="next">
          <h2 id="next">${this.t('presenter.next')}</h2>
          <div class="stage">
            <slot name="next"><p class="end">${this.t('presenter.end')}</p></slot>
          </div>
        </section>
        <section class="notes">
          <div class="notes-head">
            <h2 id="notes">${this.t('presenter.notes')}</h2>
            <button
              type="button"
              ?disabled=${this.noteSize === 0}
              aria-label=${this.t('presenter.notesSmaller')}
              title=${this.t('presenter.notesSmaller')}
              @click=${() => this.setNoteSize(-1)}
            >
              A−
            </button>
            <button
              type="button"
              ?disabled=${this.noteSize === NOTE_SIZES.length - 1}
              aria-label=${this.t('presenter.notesLarger')}
              title=${this.t('presenter.notesLarger')}
              @click=${() => this.setNoteSize(1)}
            >
              A+
            </button>
          </div>
          <div class="notes-scroll" tabindex="0" role="region" aria-labelledby="notes">
            <slot name="notes"><p>${this.t('presenter.noNotes')}</p></slot>
          </div>
        </section>
      </div>
      ${this.renderOverlays(
        html`<div class="overview-head">
          <h2>${this.t('deck.overview.title')}</h2>
          <button type="button" @click=${() => this.toggleOverview(false)}>${this.t('deck.close')}</button>
        </div>`,
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-presenter': LlPresenter;
  }
}
