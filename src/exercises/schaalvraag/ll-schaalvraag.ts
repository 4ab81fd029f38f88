import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ExerciseElement } from '../shared/exercise-element';
import { interactionId, type ExerciseInteraction } from '../shared/events';
import { decodeScale, followUps, SCALE_MAX, SCALE_MIN } from './scale';
import { debounce } from '../shared/debounce';
import { allAnswered, compactTexts, decodeTexts, DEFAULT_MAX_LENGTH } from '../shared/text-answers';
import { exerciseStyles } from '../shared/shared.styles';
import { schaalvraagStyles } from './ll-schaalvraag.styles';

const SCALE = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);
const FOLLOW_UP_IDS = ['waarom', 'hoger'];

/**
 * `<ll-schaalvraag>`: a 0–10 scale with the two solution-focused follow-up questions.
 * Saved state: `{ s?: value, a?: { waarom?: text, hoger?: text }, d?: 1 }`.
 */
@customElement('ll-schaalvraag')
export class LlSchaalvraag extends ExerciseElement {
  static override styles = [exerciseStyles, schaalvraagStyles];
  protected readonly exerciseType = 'schaalvraag';

  /** Meaning of 0. */
  @property() low = '';
  /** Meaning of 10. */
  @property() high = '';

  @state() private draft: Record<string, string> | undefined;

  private readonly autosave = debounce((answers: Record<string, string>) => this.store({ answers }), 500);

  protected override flushDrafts(): void {
    this.autosave.flush();
  }

  get completed(): boolean {
    return this.saved?.d === 1 && this.value !== undefined;
  }

  private get value(): number | undefined {
    return decodeScale(this.saved?.s);
  }

  private get answers(): Record<string, string> {
    return this.draft ?? decodeTexts(FOLLOW_UP_IDS, this.saved?.a);
  }

  private store({
    value = this.value,
    answers = this.answers,
    done = this.saved?.d === 1,
  }: {
    value?: number;
    answers?: Record<string, string>;
    done?: boolean;
  }): void {
    const a = compactTexts(answers);
    this.draft = undefined;
    this.save({
      ...(value !== undefined ? { s: value } : {}),
      ...(Object.keys(a).length ? { a } : {}),
      ...(done ? { d: 1 } : {}),
    });
  }

  private finish(): void {
    this.autosave.flush();
    const value = this.value;
    if (value === undefined) return;
    this.store({ done: true });
    const answers = this.answers;
    const interactions: ExerciseInteraction[] = [
      { id: interactionId(this.id, 'score'), type: 'likert', response: [String(value)] },
      ...FOLLOW_UP_IDS.filter((id) => answers[id]).map((id) => ({
        id: interactionId(this.id, id),
        type: 'long-fill-in' as const,
        response: [answers[id]!],
      })),
    ];
    this.complete({ completed: true, interactions });
  }

  protected renderExercise() {
    const value = this.value;
    const answers = this.answers;
    return html`
      <section aria-labelledby="title">
        ${this.renderTitle()}
        <div role="radiogroup" aria-labelledby="prompt" class="scale-group">
          <div id="prompt" class="prompt">${this.intro}</div>
          <div class="scale" part="scale">
            ${SCALE.map(
              (n) =>
                html`<label class="point">
                  <input
                    type="radio"
                    name="scale"
                    .value=${String(n)}
                    .checked=${value === n}
                    @change=${() => this.store({ value: n })}
                  />
                  <span aria-hidden="true">${n}</span>
                  <span class="visually-hidden">${this.pointLabel(n)}</span>
                </label>`,
            )}
          </div>
          <p class="ends" aria-hidden="true">
            <span>0 = ${this.low || this.t('schaalvraag.low')}</span
            ><span>10 = ${this.high || this.t('schaalvraag.high')}</span>
          </p>
        </div>
        ${
          value === undefined
            ? nothing
            : html`${followUps(value).map((f) => {
                  const text = answers[f.id] ?? '';
                  return html`<div class="follow-up">
                    <label for="f-${f.id}">${this.t(f.key, f.values)}</label>
                    <textarea
                      id="f-${f.id}"
                      maxlength=${DEFAULT_MAX_LENGTH}
                      .value=${text}
                      @input=${(e: Event) => {
                        this.draft = { ...this.answers, [f.id]: (e.target as HTMLTextAreaElement).value };
                        this.autosave(this.draft);
                      }}
                      @blur=${() => this.autosave.flush()}
                    ></textarea>
                  </div>`;
                })}
                <div class="actions">
                  <button @click=${() => this.finish()}>${this.t('schaalvraag.done')}</button>
                </div>`
        }
        <p role="status" class="status">
          ${this.completed ? this.t('schaalvraag.saved', { value: value ?? '' }) : nothing}
        </p>
        ${value !== undefined && !allAnswered(FOLLOW_UP_IDS, answers) ? html`<p class="hint">${this.t('schaalvraag.hint')}</p>` : nothing}
      </section>
    `;
  }

  private pointLabel(n: number): string {
    if (n === SCALE_MIN) return `${n}: ${this.low || this.t('schaalvraag.low')}`;
    if (n === SCALE_MAX) return `${n}: ${this.high || this.t('schaalvraag.high')}`;
    return String(n);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-schaalvraag': LlSchaalvraag;
  }
}
