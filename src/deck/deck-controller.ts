/**
 * What the audience deck and the presenter view share: the deck state and its reducer, the
 * keyboard, the slide number in the URL (`#5`) and the sync with the other window. The elements
 * only render the state and handle their own overlays.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deckReducer, initialDeckState, type DeckAction, type DeckShape, type DeckState } from '../lib/deck/deck-state';
import { isTypingTarget, mapKey, type KeyCommand } from '../lib/deck/keys';
import { breakEnd } from '../lib/deck/pace';
import { DeckSync } from './deck-sync';

type LocalCommand = Extract<
  KeyCommand,
  { type: 'overview' | 'fullscreen' | 'help' | 'escape' | 'notes-up' | 'notes-down' }
>;

export interface DeckControllerOptions {
  /** The bijeenkomst, e.g. `zelfregie/bijeenkomst-1`: names the channel between its windows. */
  channel: () => string;
  /** Steps per slide, read from the slides in the page. */
  shape: () => DeckShape;
  /**
   * Commands that stay in this window (overlays, fullscreen, scrolling the notes). Return false to
   * leave the key to the browser (e.g. ↓ where there are no notes to scroll).
   */
  onLocal: (command: LocalCommand, target: EventTarget | null) => boolean | void;
  /** Whether shared commands are paused, e.g. while a modal help is open. */
  paused?: () => boolean;
  /** Whether the audience screen shows slide numbers when the deck starts (the author's choice). */
  numbers?: () => boolean;
  /** The pauze block of each slide, if it is in one: its first showing sets when the group starts again. */
  breaks?: () => readonly ({ id: string; minutes: number } | undefined)[];
}

export class DeckController implements ReactiveController {
  state: DeckState = initialDeckState({ steps: [] });
  shape: DeckShape = { steps: [] };
  private buffer = '';
  private sync: DeckSync | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DeckControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.shape = this.options.shape();
    this.state = initialDeckState(this.shape, slideFromHash() ?? 0, this.options.numbers?.() ?? true);
    this.sync = new DeckSync(
      this.options.channel(),
      (state) => this.adopt(state),
      () => this.state,
    );
    this.sync.hello();
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('hashchange', this.onHash);
    this.writeHash();
  }

  hostDisconnected(): void {
    this.sync?.close();
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('hashchange', this.onHash);
  }

  /** Apply an action here and share the result with the other windows. */
  dispatch(action: DeckAction): void {
    let next = deckReducer(this.state, action, this.shape);
    // The first time a slide of a pauze block is shown, the break's end is fixed from its minutes.
    const pause = this.options.breaks?.()[next.slide];
    if (pause && next.slide !== this.state.slide)
      next = deckReducer(
        next,
        { type: 'break-set', block: pause.id, at: breakEnd(Date.now(), pause.minutes) },
        this.shape,
      );
    if (next === this.state) return;
    this.state = next;
    this.sync?.publish(next);
    this.writeHash();
    this.host.requestUpdate();
  }

  private adopt(state: DeckState): void {
    // Clamp: the other window has the same slides, but never trust a message to be in range.
    const slide = Math.min(Math.max(0, state.slide), Math.max(0, this.shape.steps.length - 1));
    this.state = { ...state, slide, step: Math.min(Math.max(0, state.step), this.shape.steps[slide] ?? 0) };
    this.writeHash();
    this.host.requestUpdate();
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented) return;
    const target = event.composedPath()[0] ?? event.target;
    const onControl = target instanceof Element && target.closest('button, a[href], summary, select') !== null;
    // Space and Enter on a focused button press that button; they are not also deck commands,
    // except Enter after a typed slide number.
    if (onControl && (event.key === ' ' || (event.key === 'Enter' && !this.buffer))) return;
    const { command, buffer } = mapKey(
      {
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        inField: isTypingTarget(target),
      },
      this.buffer,
    );
    this.buffer = buffer;
    if (!command) return;
    switch (command.type) {
      case 'overview':
      case 'fullscreen':
      case 'help':
      case 'escape':
      case 'notes-up':
      case 'notes-down':
        // Escape keeps its default: it also closes a modal dialog.
        if (this.options.onLocal(command, target) !== false && command.type !== 'escape') event.preventDefault();
        return;
    }
    event.preventDefault();
    if (this.options.paused?.()) return;
    if (command.type === 'blackout') this.dispatch({ type: 'blackout' });
    else this.dispatch(command);
  };

  private readonly onHash = (): void => {
    const slide = slideFromHash();
    if (slide !== undefined && slide !== this.state.slide) this.dispatch({ type: 'goto', slide });
  };

  private writeHash(): void {
    const hash = `#${this.state.slide + 1}`;
    // replaceState: moving through slides must not fill the Back button's history.
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }
}

function slideFromHash(): number | undefined {
  const n = Number.parseInt(location.hash.slice(1), 10);
  return Number.isInteger(n) && n > 0 ? n - 1 : undefined;
}

/** The number of steps in each slide, in order. */
export function stepsPerSlide(slides: readonly Element[]): DeckShape {
  return { steps: slides.map((slide) => slide.querySelectorAll('[data-ll-step]').length) };
}

/** Marks the revealed steps of a slide; the stylesheets hide or dim the rest. */
export function revealSteps(slide: Element | undefined, step: number): void {
  slide?.querySelectorAll('[data-ll-step]').forEach((el, index) => el.toggleAttribute('data-revealed', index < step));
}
