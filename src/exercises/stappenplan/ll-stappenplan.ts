import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { AuthorProblem } from '../shared/author-errors';
import { ExerciseElement } from '../shared/exercise-element';
import { structureProblems } from '../shared/structure-rules';
import { interactionId } from '../shared/events';
import { planFileName, planToMarkdown, planToText, type PlanExport } from './plan';
import { debounce } from '../shared/debounce';
import { compactTexts, decodeTexts, DEFAULT_MAX_LENGTH, earlierTexts } from '../shared/text-answers';
import { exerciseStyles } from '../shared/shared.styles';
import { stappenplanStyles } from './ll-stappenplan.styles';

/**
 * `<ll-stappenplan>`: a plan built one step at a time, then shown whole, printable and
 * downloadable. Saved: `{ s: stepIndex (steps.length = the whole plan), t: { [stepId]: text } }`; text under a step
 * id the plan no longer has stays in `t`.
 */
@customElement('ll-stappenplan')
export class LlStappenplan extends ExerciseElement {
  static override styles = [exerciseStyles, stappenplanStyles];
  protected readonly exerciseType = 'stappenplan';

  @state() private draft: Record<string, string> | undefined;

  private steps: { id: string; title: string; guidance: Node[] }[] = [];
  private titleText = '';
  private readonly autosave = debounce((texts: Record<string, string>) => this.store({ texts }), 500);

  override connectedCallback(): void {
    super.connectedCallback();
    this.titleText = this.querySelector('[data-ll-title]')?.textContent?.trim() || this.t('exercise.stappenplan');
    this.steps = [...this.querySelectorAll<HTMLElement>('[data-ll-step]')].map((s) => ({
      id: s.dataset.llStep ?? '',
      title: s.dataset.title ?? '',
      guidance: [...s.childNodes].map((n) => n.cloneNode(true)),
    }));
  }

  protected override checkMarkup(): AuthorProblem[] {
    return structureProblems({ kind: 'stappenplan', parts: this.steps.map((s) => ({ id: s.id, ref: s })) });
  }

  protected override flushDrafts(): void {
    this.autosave.flush();
  }

  get completed(): boolean {
    return this.current === this.steps.length && this.steps.length > 0;
  }

  private get current(): number {
    const s = this.saved?.s;
    return typeof s === 'number' && Number.isInteger(s) && s >= 0 && s <= this.steps.length ? s : 0;
  }

  private get texts(): Record<string, string> {
    return (
      this.draft ??
      decodeTexts(
        this.steps.map((s) => s.id),
        this.saved?.t,
      )
    );
  }

  /** Text under steps this plan no longer has (a course update renamed or removed one): kept, and shown. */
  private get earlier(): Record<string, string> {
    return earlierTexts(
      this.steps.map((s) => s.id),
      this.saved?.t,
    );
  }

  private store({ step = this.current, texts = this.texts }: { step?: number; texts?: Record<string, string> }): void {
    this.draft = undefined;
    this.save({ s: step, t: { ...this.earlier, ...compactTexts(texts) } });
  }

  private go(step: number): void {
    this.autosave.flush();
    this.store({ step });
    if (step === this.steps.length) {
      const texts = this.texts;
      this.complete({
        completed: true,
        interactions: this.steps.map((s) => ({
          id: interactionId(this.id, s.id),
          type: 'long-fill-in' as const,
          response: [texts[s.id] ?? ''],
        })),
      });
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.focus-target')?.focus());
  }

  private get plan(): PlanExport {
    return {
      title: this.titleText,
      steps: this.steps,
      texts: this.texts,
      empty: this.t('stappenplan.empty'),
      stepLabel: this.t('stappenplan.stepLabel'),
    };
  }

  private download(kind: 'md' | 'txt'): void {
    const content = kind === 'md' ? planToMarkdown(this.plan) : planToText(this.plan);
    const url = URL.createObjectURL(
      new Blob([content], { type: kind === 'md' ? 'text/markdown;charset=utf-8' : 'text/plain;charset=utf-8' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = planFileName(this.titleText, kind);
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Prints only this plan: while the flag is set, the page's print styles take everything else out of the layout. */
  private print(): void {
    const root = document.documentElement;
    root.dataset.llPrint = '';
    this.toggleAttribute('data-printing', true);
    const done = () => {
      delete root.dataset.llPrint;
      this.removeAttribute('data-printing');
    };
    globalThis.addEventListener('afterprint', done, { once: true });
    globalThis.print();
  }

  protected renderExercise() {
    const current = this.current;
    return html`
      <section aria-labelledby="title">
        ${this.renderTitle()}
        <div class="intro">${this.intro}</div>
        <ol class="progress" aria-label=${this.t('stappenplan.progress')}>
          ${this.steps.map((s, i) => html`<li class=${i === current ? 'current' : i < current ? 'done' : ''} aria-current=${i === current ? 'step' : 'false'}>${s.title}</li>`)}
        </ol>
        ${current < this.steps.length ? this.renderStep(current) : this.renderPlan()}
        ${this.renderEarlier(Object.values(this.earlier))}
      </section>
    `;
  }

  private renderStep(index: number) {
    const step = this.steps[index]!;
    const text = this.texts[step.id] ?? '';
    const last = index === this.steps.length - 1;
    return html`
      <div class="step">
        <p class="step-title focus-target" tabindex="-1">
          ${this.t('stappenplan.stepOf', { n: index + 1, total: this.steps.length, title: step.title })}
        </p>
        <div class="guidance" id="g-${step.id}">${step.guidance}</div>
        <label for="t-${step.id}">${this.t('stappenplan.yourText')}</label>
        <textarea
          id="t-${step.id}"
          maxlength=${DEFAULT_MAX_LENGTH}
          aria-describedby="g-${step.id}"
          .value=${text}
          @input=${(e: Event) => {
            this.draft = { ...this.texts, [step.id]: (e.target as HTMLTextAreaElement).value };
            this.autosave(this.draft);
          }}
          @blur=${() => this.autosave.flush()}
        ></textarea>
        <div class="actions">
          ${index > 0 ? html`<button class="secondary" @click=${() => this.go(index - 1)}>${this.t('stappenplan.previous')}</button>` : nothing}
          <button @click=${() => this.go(index + 1)}>
            ${last ? this.t('stappenplan.showPlan') : this.t('stappenplan.next')}
          </button>
        </div>
      </div>
    `;
  }

  private renderPlan() {
    const texts = this.texts;
    return html`
      <div class="plan" part="plan">
        <p class="plan-title focus-target" tabindex="-1">${this.titleText}</p>
        <p class="print-only" aria-hidden="true">
          <span>${this.t('sheet.name')}:</span><span class="blank"></span><span>${this.t('sheet.date')}:</span
          ><span class="blank short"></span>
        </p>
        ${this.steps.map(
          (s, i) =>
            html`<div class="plan-step">
              <p class="plan-step-title">${this.t('stappenplan.stepLabel', { n: i + 1 })}: ${s.title}</p>
              <p class="plan-text">${texts[s.id]?.trim() || this.t('stappenplan.empty')}</p>
            </div>`,
        )}
      </div>
      <div class="actions no-print">
        <button @click=${() => this.print()}>${this.t('stappenplan.print')}</button>
        <button class="secondary" @click=${() => this.go(0)}>${this.t('stappenplan.edit')}</button>
      </div>
      <!-- Saving as a file is for the few who want it: behind a disclosure, as plain links. -->
      <details class="save no-print">
        <summary>${this.t('stappenplan.saveAs')}</summary>
        <div class="save-options">
          <button class="link" @click=${() => this.download('txt')}>${this.t('stappenplan.downloadTxt')}</button>
          <button class="link" @click=${() => this.download('md')}>${this.t('stappenplan.downloadMd')}</button>
        </div>
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-stappenplan': LlStappenplan;
  }
}
