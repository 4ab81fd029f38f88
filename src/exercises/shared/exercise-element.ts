import { StoreController } from '@nanostores/lit';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { StringKey } from '../../i18n/strings';
import { translate } from './translate';
import { FLUSH_EVENT } from '../../state/flush-event';
import { ensurePersistence, flushProgress } from '../../state/persistence';
import { $progress, setExerciseState } from '../../state/progress';
import type { ExerciseState } from '../../state/progress-snapshot';
import { emit, type ExerciseResult } from './events';
import { authorErrorCode, authorErrorHint, warnAuthorProblems, type AuthorProblem } from './author-errors';
import { checkExerciseId } from './structure-rules';

/** Light-DOM parts that elements read as structure rather than show as text. */
const STRUCTURE =
  '[data-ll-title], .ll-exercise__fallback, [data-ll-question], [data-ll-turn], [data-ll-ending], [data-ll-step], [data-ll-domain]';

/** The text of nodes read from the light DOM, for the structure rules that need a part's words. */
export const textOf = (nodes: readonly Node[]): string => nodes.map((n) => n.textContent ?? '').join('');

/**
 * What every exercise element shares: its saved state in `$progress` under its `id`, translated
 * strings in the page's language, and the two events. Elements only collect input and render;
 * scoring and encoding live in ./logic.
 */
export abstract class ExerciseElement extends LitElement {
  /** The type reported in events, as in the author component table. */
  protected abstract readonly exerciseType: string;

  private readonly progress = new StoreController(this, $progress);

  private problems: readonly AuthorProblem[] | undefined;

  /** The exercise's title and the author's own text around its parts, read from the light DOM. */
  protected heading: Node[] = [];
  protected intro: Node[] = [];

  /** True when the participant has finished this exercise (read by the progress summary). */
  abstract get completed(): boolean;

  /** The exercise itself, rendered when its markup is sound. */
  protected abstract renderExercise(): unknown;

  /** Checks of this element's own parts (questions, turns, steps …); the id is checked for every element. */
  protected checkMarkup(): AuthorProblem[] {
    return [];
  }

  override connectedCallback(): void {
    ensurePersistence();
    super.connectedCallback();
    this.dataset.llExercise = this.exerciseType;
    this.heading = this.authored('[data-ll-title]');
    this.intro = this.ownContent();
    globalThis.addEventListener('pagehide', this.onLeave);
    globalThis.addEventListener(FLUSH_EVENT, this.onLeave);
    document.addEventListener('visibilitychange', this.onLeave);
  }

  override disconnectedCallback(): void {
    this.onLeave();
    globalThis.removeEventListener('pagehide', this.onLeave);
    globalThis.removeEventListener(FLUSH_EVENT, this.onLeave);
    document.removeEventListener('visibilitychange', this.onLeave);
    super.disconnectedCallback();
  }

  /**
   * Mistakes in this element's markup; any of them replaces the exercise. Checked once, on first
   * use after the element is connected (its parts are read in connectedCallback), so a broken
   * exercise never appears half-working, never counts as done and never saves under a bad or shared id.
   */
  get authorProblems(): readonly AuthorProblem[] {
    if (this.problems || !this.isConnected) return this.problems ?? [];
    const root = this.getRootNode() as Document | ShadowRoot;
    const sameId = this.id
      ? [...root.querySelectorAll(`[id="${CSS.escape(this.id)}"]`)].filter(
          (el) => el.hasAttribute('data-ll-exercise') || el.localName.startsWith('ll-'),
        ).length
      : 0;
    this.problems = [...checkExerciseId(this.id, sameId), ...this.checkMarkup()];
    if (this.problems.length) warnAuthorProblems(this, this.problems);
    return this.problems;
  }

  /** Set by the page when the LMS had no room for this exercise's work (this browser keeps it). */
  @property({ type: Boolean, attribute: 'data-ll-not-in-lms' }) notInLms = false;

  override render(): unknown {
    if (this.authorProblems.length) return this.renderAuthorProblems();
    // The launch page's status region announces it; here it stays beside the work it is about.
    return html`${this.renderExercise()}
    ${this.notInLms ? html`<p class="not-in-lms">${this.t('exercise.notInLms')}</p>` : nothing}`;
  }

  /** In place of the exercise: what is wrong, by code, and how to fix it (codes: README, authoring guide). */
  private renderAuthorProblems() {
    return html`<section class="author-error" part="author-error" aria-labelledby="title">
      <p class="title" id="title"><span class="kind">${this.summaryLabel}</span>${this.t('exercise.authorError')}</p>
      <ul>
        ${this.authorProblems.map(
          (p) =>
            html`<li>
              <code>${authorErrorCode(p)}</code>${p.at === undefined ? '' : ` (${p.at})`}: ${authorErrorHint(p)}
            </li>`,
        )}
      </ul>
    </section>`;
  }

  /** The exercise's kind and title above it, which its section is labelled by. */
  protected renderTitle() {
    return html`<p class="title" id="title">
      <span class="kind">${this.t(`exercise.${this.exerciseType}` as StringKey)}</span>${this.heading}
    </p>`;
  }

  /**
   * What the participant wrote to parts the exercise no longer has (a course update renamed or
   * removed a question or step): kept in the saved state and shown here, so it can be copied over.
   */
  protected renderEarlier(texts: readonly string[]) {
    if (texts.length === 0) return nothing;
    return html`<section class="earlier" aria-labelledby="earlier-title">
      <p class="earlier-title" id="earlier-title">${this.t('exercise.earlierTitle')}</p>
      <p class="hint">${this.t('exercise.earlierText')}</p>
      ${texts.map((text) => html`<p class="earlier-text">${text}</p>`)}
    </section>`;
  }

  /** A review or browse launch (set by tracking/page.ts): what the participant changes now is not saved. */
  protected get lookingBack(): boolean {
    return document.documentElement.hasAttribute('data-ll-looking-back');
  }

  /** Text typed but not yet saved (autosave waits for a pause) is saved before the page goes away. */
  protected flushDrafts(): void {}

  // Flushing is idempotent, so every visibility change and leaving the page may trigger it.
  private readonly onLeave = (): void => {
    this.flushDrafts();
    flushProgress();
  };

  /** How the progress summary names this exercise: its kind and title. */
  get summaryLabel(): string {
    const title = this.querySelector(':scope > [data-ll-title]')?.textContent?.trim();
    const kind = this.t(`exercise.${this.exerciseType}` as StringKey);
    return title ? `${kind}: ${title}` : kind;
  }

  /** This exercise's saved state, if any. */
  protected get saved(): ExerciseState | undefined {
    return this.id ? this.progress.value[this.id] : undefined;
  }

  /** Saves new state and tells listeners (`ll-change`). */
  protected save(state: ExerciseState | undefined): void {
    if (!this.id || this.authorProblems.length) return;
    setExerciseState(this.id, state);
    emit(this, 'll-change', { id: this.id, type: this.exerciseType });
  }

  /** Reports a result (`ll-complete`). */
  protected complete(result: Omit<ExerciseResult, 'id' | 'type'>): void {
    emit(this, 'll-complete', { id: this.id, type: this.exerciseType, ...result });
  }

  /** The saved result rested on parts the course no longer has: it no longer counts (`reopened`). */
  protected reopen(): void {
    emit(this, 'll-complete', { id: this.id, type: this.exerciseType, completed: false, reopened: true });
  }

  /** A UI string in the page's language. */
  protected t(key: StringKey, values: Record<string, string | number> = {}): string {
    return translate(this, key, values);
  }

  /**
   * The author's own text inside the element (instructions, the question), cloned: everything except
   * the title, the fallback note and the structured parts (questions, turns, steps, domains).
   */
  protected ownContent(): Node[] {
    return [...this.childNodes]
      .filter((n) => !(n instanceof Element && (n.matches(STRUCTURE) || n.querySelector(STRUCTURE))))
      .map((n) => n.cloneNode(true));
  }

  /** Light-DOM content the build rendered, cloned for the shadow tree (author Markdown, never learner text). */
  protected authored(selector: string, root: ParentNode = this): Node[] {
    const source = root.querySelector(`:scope > ${selector}`);
    return source ? [...source.childNodes].map((n) => n.cloneNode(true)) : [];
  }
}
