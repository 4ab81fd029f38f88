import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AuthorProblem } from './author-errors';
import { ExerciseElement } from './exercise-element';
import { checkQuiz } from './logic/author-checks';
import { interactionId } from './events';
import {
  checkQuestion,
  decodeQuizState,
  encodeQuizState,
  isCorrect,
  scoreQuiz,
  toggleOption,
  type QuizQuestion,
  type QuizState,
} from './logic/quiz';
import { exerciseStyles } from './shared.styles';
import { kennischeckStyles } from './ll-kennischeck.styles';

interface Question extends QuizQuestion {
  prompt: Node[];
  options: { id: string; correct: boolean; label: Node[]; feedback: string }[];
}

/**
 * `<ll-kennischeck>`: single- and multiple-choice questions with feedback per option, a score and
 * a pass mark. Reads its questions from the light DOM the build rendered (Kennischeck.astro).
 * Saved state: `{ a?: { [questionId]: optionIds[] }, p?: { [questionId]: optionIds[] } }`: the
 * checked answers and the options chosen but not yet checked (see logic/quiz.ts).
 */
@customElement('ll-kennischeck')
export class LlKennischeck extends ExerciseElement {
  static override styles = [exerciseStyles, kennischeckStyles];
  protected readonly exerciseType = 'kennischeck';

  /** Questions that must be right to pass; default all. */
  @property({ type: Number, attribute: 'pass-mark' }) passMark?: number;

  private questions: Question[] = [];
  private heading: Node[] = [];
  private intro: Node[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.heading = this.authored('[data-ll-title]');
    this.intro = this.ownContent();
    this.questions = [...this.querySelectorAll<HTMLElement>('[data-ll-question]')].map((q) => {
      const options = [...q.querySelectorAll<HTMLElement>('[data-ll-option]')].map((o) => ({
        id: o.dataset.llOption ?? '',
        correct: o.hasAttribute('data-correct'),
        label: [...o.childNodes].map((n) => n.cloneNode(true)),
        feedback: o.dataset.feedback ?? '',
      }));
      const prompt = [...q.childNodes].map((n) => n.cloneNode(true));
      for (const node of prompt)
        if (node instanceof Element) node.querySelectorAll('[data-ll-option]').forEach((o) => o.remove());
      return {
        id: q.dataset.llQuestion ?? '',
        multiple: q.hasAttribute('data-multiple'),
        prompt: prompt.filter((n) => !(n instanceof Element && n.matches('[data-ll-option]'))),
        options,
      };
    });
  }

  protected override checkMarkup(): AuthorProblem[] {
    return checkQuiz(this.questions, this.passMark);
  }

  /** True when every question has been checked. */
  get completed(): boolean {
    return scoreQuiz(this.questions, this.quiz.answers, this.passMark).completed;
  }

  private get quiz(): QuizState {
    return decodeQuizState(this.questions, this.saved);
  }

  private choose(question: Question, option: string, on: boolean): void {
    const { answers, pending } = this.quiz;
    const chosen = toggleOption(question, pending[question.id] ?? [], option, on);
    this.save(encodeQuizState({ answers, pending: { ...pending, [question.id]: chosen } }));
  }

  private check(question: Question): void {
    const before = this.quiz;
    const quiz = checkQuestion(before, question.id);
    if (quiz === before) return;
    const { answers } = quiz;
    this.save(encodeQuizState(quiz));
    const result = scoreQuiz(this.questions, answers, this.passMark);
    if (result.completed) {
      this.complete({
        completed: true,
        score: { raw: result.raw, max: result.max },
        passed: result.passed,
        interactions: this.questions.map((q) => ({
          id: interactionId(this.id, q.id),
          type: 'choice' as const,
          response: answers[q.id] ?? [],
          choices: q.options.map((o) => o.id),
          correct: isCorrect(q, answers[q.id] ?? []),
          correctResponse: q.options.filter((o) => o.correct).map((o) => o.id),
        })),
      });
    }
  }

  private retry(): void {
    this.save(undefined);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input')?.focus());
  }

  protected renderExercise() {
    const { answers, pending } = this.quiz;
    const result = scoreQuiz(this.questions, answers, this.passMark);
    return html`
      <section aria-labelledby="title">
        <p class="title" id="title"><span class="kind">${this.t('exercise.kennischeck')}</span>${this.heading}</p>
        ${this.intro} ${this.questions.map((q, index) => this.renderQuestion(q, index, answers[q.id], pending[q.id]))}
        <div role="status" class="status">
          ${
            result.completed
              ? html`<p>
                  ${this.t('kennischeck.score', { raw: result.raw, max: result.max })}
                  ${result.passed ? this.t('kennischeck.passed') : this.t('kennischeck.notPassed')}
                </p>`
              : nothing
          }
        </div>
        ${Object.keys(answers).length ? html`<div class="actions"><button class="secondary" @click=${() => this.retry()}>${this.t('kennischeck.retry')}</button></div>` : nothing}
      </section>
    `;
  }

  private renderQuestion(q: Question, index: number, checked: string[] | undefined, pending: string[] | undefined) {
    const chosen = checked ?? pending ?? [];
    const promptId = `q-${q.id}`;
    return html`
      <div class="question" role="group" aria-labelledby=${promptId} part="question">
        <div id=${promptId} class="prompt">
          <span class="number">${this.t('kennischeck.question', { n: index + 1, total: this.questions.length })}</span>
          ${q.prompt} ${q.multiple ? html`<p class="hint">${this.t('kennischeck.multipleHint')}</p>` : nothing}
        </div>
        <ul class="options">
          ${q.options.map((o) => {
            const on = chosen.includes(o.id);
            const mark = checked ? (o.correct ? 'correct' : on ? 'wrong' : '') : '';
            return html`<li class=${mark}>
              <label>
                <input
                  type=${q.multiple ? 'checkbox' : 'radio'}
                  name=${q.id}
                  value=${o.id}
                  .checked=${on}
                  ?disabled=${!!checked}
                  @change=${(e: Event) => this.choose(q, o.id, (e.target as HTMLInputElement).checked)}
                />
                <span>${o.label}</span>
              </label>
              ${
                checked && mark
                  ? html`<span class="mark"
                      >${o.correct ? this.t('kennischeck.correctOption') : this.t('kennischeck.wrongOption')}</span
                    >`
                  : nothing
              }
              ${checked && on && o.feedback ? html`<p class="feedback">${o.feedback}</p>` : nothing}
            </li>`;
          })}
        </ul>
        ${
          checked
            ? html`<p class="verdict" role="status">
                ${isCorrect(q, checked) ? this.t('kennischeck.right') : this.t('kennischeck.wrong')}
              </p>`
            : html`<div class="actions">
                <button @click=${() => this.check(q)} ?disabled=${!pending?.length}>
                  ${this.t('kennischeck.check')}
                </button>
              </div>`
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-kennischeck': LlKennischeck;
  }
}
