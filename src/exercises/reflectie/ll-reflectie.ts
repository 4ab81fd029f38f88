import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AuthorProblem } from '../shared/author-errors';
import { ExerciseElement, textOf } from '../shared/exercise-element';
import { structureProblems } from '../shared/structure-rules';
import { interactionId } from '../shared/events';
import { debounce } from '../shared/debounce';
import { allAnswered, compactTexts, decodeTexts, DEFAULT_MAX_LENGTH, earlierTexts } from '../shared/text-answers';
import { exerciseStyles } from '../shared/shared.styles';
import { reflectieStyles } from './ll-reflectie.styles';

/** Autosave this long after the last keystroke. */
const AUTOSAVE_MS = 500;

/**
 * `<ll-reflectie>`: one or more open questions, saved while typing.
 * Saved state: `{ t: { [questionId]: text }, d?: 1 }` (d: the participant said they are done).
 */
@customElement('ll-reflectie')
export class LlReflectie extends ExerciseElement {
  static override styles = [exerciseStyles, reflectieStyles];
  protected readonly exerciseType = 'reflectie';

  /** Most characters per answer. */
  @property({ type: Number, attribute: 'max-length' }) maxLength = DEFAULT_MAX_LENGTH;

  /** What is typed but not yet saved. */
  @state() private draft: Record<string, string> | undefined;
  @state() private savedNotice = false;
  @state() private editing = false;

  private questions: { id: string; prompt: Node[] }[] = [];
  private readonly autosave = debounce((texts: Record<string, string>) => this.store(texts), AUTOSAVE_MS);

  override connectedCallback(): void {
    super.connectedCallback();
    this.questions = [...this.querySelectorAll<HTMLElement>('[data-ll-question]')].map((q) => ({
      id: q.dataset.llQuestion ?? '',
      prompt: [...q.childNodes].map((n) => n.cloneNode(true)),
    }));
  }

  protected override checkMarkup(): AuthorProblem[] {
    return structureProblems({
      kind: 'reflectie',
      parts: this.questions.map((q) => ({ id: q.id, text: textOf(q.prompt), ref: q })),
    });
  }

  protected override flushDrafts(): void {
    this.autosave.flush();
  }

  /** True once the participant has answered every question and said so. */
  get completed(): boolean {
    return this.saved?.d === 1 && allAnswered(this.ids, this.texts);
  }

  private get ids() {
    return this.questions.map((q) => q.id);
  }

  private get texts(): Record<string, string> {
    return this.draft ?? decodeTexts(this.ids, this.saved?.t);
  }

  /** Answers to questions this Reflectie no longer has (the course was updated): kept, and shown. */
  private get earlier(): Record<string, string> {
    return earlierTexts(this.ids, this.saved?.t);
  }

  /** Finished with answers to questions the Reflectie no longer has: open again, no longer counted done. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.authorProblems.length || this.saved?.d !== 1 || allAnswered(this.ids, this.texts)) return;
    if (Object.keys(this.earlier).length === 0) return;
    this.store(this.texts, false);
    this.savedNotice = false;
    this.reopen();
  }

  private store(texts: Record<string, string>, done = this.saved?.d === 1): void {
    const t = { ...this.earlier, ...compactTexts(texts) };
    this.save(Object.keys(t).length || done ? { t, ...(done ? { d: 1 } : {}) } : undefined);
    this.draft = undefined;
    this.savedNotice = true;
  }

  private input(id: string, value: string): void {
    this.draft = { ...this.texts, [id]: value };
    this.savedNotice = false;
    this.autosave(this.draft);
  }

  private finish(): void {
    this.autosave.flush();
    const texts = this.texts;
    if (!allAnswered(this.ids, texts)) return;
    this.store(texts, true);
    this.editing = false;
    this.complete({
      completed: true,
      interactions: this.questions.map((q) => ({
        id: interactionId(this.id, q.id),
        type: 'long-fill-in' as const,
        response: [texts[q.id] ?? ''],
      })),
    });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.summary')?.focus());
  }

  private edit(): void {
    this.editing = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector('textarea')?.focus());
  }

  protected renderExercise() {
    const texts = this.texts;
    const showSummary = this.completed && !this.editing;
    return html`
      <section aria-labelledby="title">
        ${this.renderTitle()} ${this.intro} ${showSummary ? this.renderSummary(texts) : this.renderForm(texts)}
        ${this.renderEarlier(Object.values(this.earlier))}
      </section>
    `;
  }

  private renderForm(texts: Record<string, string>) {
    const ready = allAnswered(this.ids, texts);
    return html`
      ${this.questions.map((q) => {
        const text = texts[q.id] ?? '';
        return html`<div class="question">
          <label for="a-${q.id}" id="l-${q.id}">${q.prompt}</label>
          <textarea
            id="a-${q.id}"
            part="textarea"
            maxlength=${this.maxLength}
            aria-describedby="c-${q.id}"
            .value=${text}
            @input=${(e: Event) => this.input(q.id, (e.target as HTMLTextAreaElement).value)}
            @blur=${() => this.autosave.flush()}
          ></textarea>
          <p class="count" id="c-${q.id}">${this.t('reflectie.count', { count: text.length, max: this.maxLength })}</p>
        </div>`;
      })}
      <p class="saved" role="status">
        ${this.savedNotice ? this.t(this.lookingBack ? 'reflectie.notSaved' : 'reflectie.saved') : nothing}
      </p>
      <div class="actions">
        <button @click=${() => this.finish()} ?disabled=${!ready}>${this.t('reflectie.done')}</button>
      </div>
      ${ready ? nothing : html`<p class="hint">${this.t('reflectie.answerAll')}</p>`}
    `;
  }

  private renderSummary(texts: Record<string, string>) {
    return html`
      <div class="summary" tabindex="-1">
        <p class="status">${this.t('reflectie.yourAnswers')}</p>
        ${this.questions.map(
          (q) =>
            html`<div class="answer">
              <div class="prompt">${q.prompt}</div>
              <p class="text">${texts[q.id]}</p>
            </div>`,
        )}
      </div>
      <div class="actions">
        <button class="secondary" @click=${() => this.edit()}>${this.t('reflectie.edit')}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-reflectie': LlReflectie;
  }
}
