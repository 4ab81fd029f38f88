import { html, nothing, type PropertyValues } from 'lit';
import type { ExerciseState } from '../../state/progress-snapshot';
import { customElement, property, state } from 'lit/decorators.js';
import type { StringKey } from '../../i18n/strings';
import type { AuthorProblem } from '../shared/author-errors';
import { ExerciseElement, textOf } from '../shared/exercise-element';
import { structureProblems } from '../shared/structure-rules';
import { interactionId } from '../shared/events';
import {
  attemptsLeft,
  checkQuestion,
  decodeQuizState,
  DEFAULT_ATTEMPTS,
  earlierAnswers,
  encodeQuizState,
  isCorrect,
  sameChoice,
  scoreQuiz,
  showAnswer,
  staleAnswers,
  toggleOption,
  type QuizQuestion,
  type QuizState,
} from './quiz';
import { exerciseStyles } from '../shared/shared.styles';
import { kennischeckStyles } from './ll-kennischeck.styles';

interface Question extends QuizQuestion {
  prompt: Node[];
  options: { id: string; correct: boolean; label: Node[]; feedback: string }[];
}

/**
 * `<ll-kennischeck>`: single- and multiple-choice questions with feedback per option, a score and
 * a pass mark. Reads its questions from the light DOM the build rendered (Vraag.astro and Optie.astro).
 * Saved state: `{ a?, p?, t?, w? }`: the final answers, the options chosen but not yet checked,
 * and for a question tried wrongly the number of wrong checks and the last wrong choice (see
 * quiz.ts). A wrong check shows feedback on the choice and lets the participant try again;
 * the right answer appears on request or after `attempts` checks, and never earns a point.
 */
@customElement('ll-kennischeck')
export class LlKennischeck extends ExerciseElement {
  static override styles = [exerciseStyles, kennischeckStyles];
  protected readonly exerciseType = 'kennischeck';

  /** Questions that must be right to pass; default all. */
  @property({ type: Number, attribute: 'pass-mark' }) passMark?: number;

  /** Checks per question before the right answer is shown; default DEFAULT_ATTEMPTS. */
  @property({ type: Number }) attempts = DEFAULT_ATTEMPTS;

  private questions: Question[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
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
    return structureProblems({
      kind: 'kennischeck',
      ...(this.passMark !== undefined ? { passMark: this.passMark } : {}),
      questions: this.questions.map((q) => ({
        id: q.id,
        multiple: q.multiple,
        options: q.options.map((o) => ({ id: o.id, correct: o.correct, text: textOf(o.label), ref: o })),
        ref: q,
      })),
    });
  }

  /** True when every question has been checked. */
  get completed(): boolean {
    return scoreQuiz(this.questions, this.quiz.answers, this.passMark).completed;
  }

  private get quiz(): QuizState {
    return decodeQuizState(this.questions, this.saved);
  }

  /**
   * Every save keeps the answers of earlier course versions aside (`o`): a renamed option or
   * question never deletes what the participant chose, it only stops counting.
   */
  protected override save(state: ExerciseState | undefined): void {
    const earlier = earlierAnswers(this.questions, this.saved);
    super.save(Object.keys(earlier).length > 0 ? { ...state, o: earlier } : state);
  }

  /** An answer that no longer exists was final: the question opens again and the result stops counting. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.authorProblems.length || Object.keys(staleAnswers(this.questions, this.saved)).length === 0) return;
    this.save(encodeQuizState(this.quiz));
    this.reopen();
  }

  /** The participant pressed "Opnieuw beginnen" on a passed result and is asked to confirm. */
  @state() private confirmingReset = false;

  private choose(question: Question, option: string, on: boolean): void {
    const quiz = this.quiz;
    const chosen = toggleOption(question, quiz.pending[question.id] ?? [], option, on);
    this.save(encodeQuizState({ ...quiz, pending: { ...quiz.pending, [question.id]: chosen } }));
  }

  private check(question: Question): void {
    const before = this.quiz;
    this.settle(before, checkQuestion(before, question, this.attempts), question);
  }

  private show(question: Question): void {
    const before = this.quiz;
    this.settle(before, showAnswer(before, question.id), question);
  }

  /** Saves a changed state, reports the result once every question is done, and keeps focus in the question. */
  private settle(before: QuizState, quiz: QuizState, question: Question): void {
    if (quiz === before) return;
    this.save(encodeQuizState(quiz));
    const { answers } = quiz;
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
    // The check and show buttons disappear or disable: focus the verdict so keyboard and screen
    // reader users continue from the feedback.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#verdict-${question.id}`)?.focus());
  }

  private askReset(): void {
    if (!scoreQuiz(this.questions, this.quiz.answers, this.passMark).passed) return this.reset();
    this.confirmingReset = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#confirm-reset')?.focus());
  }

  private reset(): void {
    this.confirmingReset = false;
    this.save(undefined);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input')?.focus());
  }

  private keep(): void {
    this.confirmingReset = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#reset')?.focus());
  }

  protected renderExercise() {
    const quiz = this.quiz;
    const result = scoreQuiz(this.questions, quiz.answers, this.passMark);
    return html`
      <section aria-labelledby="title">
        ${this.renderTitle()} ${this.intro} ${this.questions.map((q, index) => this.renderQuestion(q, index, quiz))}
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
        ${
          this.confirmingReset
            ? html`<div class="confirm" id="confirm-reset" tabindex="-1" role="group" aria-labelledby="confirm-text">
                <p id="confirm-text">${this.t('kennischeck.confirmReset')}</p>
                <div class="actions">
                  <button class="secondary" @click=${() => this.reset()}>${this.t('kennischeck.confirmYes')}</button>
                  <button @click=${() => this.keep()}>${this.t('kennischeck.confirmNo')}</button>
                </div>
              </div>`
            : Object.keys(quiz.answers).length
              ? html`<div class="actions">
                  <button id="reset" class="secondary" @click=${() => this.askReset()}>
                    ${this.t('kennischeck.retry')}
                  </button>
                </div>`
              : nothing
        }
      </section>
    `;
  }

  private renderQuestion(q: Question, index: number, quiz: QuizState) {
    const promptId = `q-${q.id}`;
    return html`
      <div class="question" role="group" aria-labelledby=${promptId} part="question">
        <div id=${promptId} class="prompt">
          <span class="number">${this.t('kennischeck.question', { n: index + 1, total: this.questions.length })}</span>
          ${q.prompt} ${q.multiple ? html`<p class="hint">${this.t('kennischeck.multipleHint')}</p>` : nothing}
        </div>
        ${
          !quiz.answers[q.id] && earlierAnswers(this.questions, this.saved)[q.id]
            ? html`<p class="hint">${this.t('kennischeck.changed')}</p>`
            : nothing
        }
        ${quiz.answers[q.id] ? this.renderFinished(q, quiz.answers[q.id]!) : this.renderOpen(q, quiz)}
      </div>
    `;
  }

  /** A question still to answer, possibly after a wrong check: its feedback stays beside the choice. */
  private renderOpen(q: Question, quiz: QuizState) {
    const chosen = quiz.pending[q.id] ?? [];
    const wrong = quiz.wrong?.[q.id];
    const left = attemptsLeft(quiz, q.id, this.attempts);
    return html`
      <ul class="options">
        ${q.options.map((o) => {
          const tried = wrong?.includes(o.id);
          return html`<li class=${tried ? (o.correct ? 'tried-right' : 'tried-wrong') : ''}>
            <label>
              <input
                type=${q.multiple ? 'checkbox' : 'radio'}
                name=${q.id}
                value=${o.id}
                .checked=${chosen.includes(o.id)}
                @change=${(e: Event) => this.choose(q, o.id, (e.target as HTMLInputElement).checked)}
              />
              <span>${o.label}</span>
            </label>
            ${
              tried
                ? html`<span class="mark"
                    >${o.correct ? this.t('kennischeck.yourRightChoice') : this.t('kennischeck.yourWrongChoice')}</span
                  >`
                : nothing
            }
            ${tried && o.feedback ? html`<p class="feedback">${o.feedback}</p>` : nothing}
          </li>`;
        })}
      </ul>
      ${
        wrong
          ? html`<p class="verdict" id="verdict-${q.id}" tabindex="-1" role="status">
              ${this.t('kennischeck.tryAgain')} ${this.t('kennischeck.attemptsLeft', { n: left })}
            </p>`
          : nothing
      }
      <div class="actions">
        <button @click=${() => this.check(q)} ?disabled=${!chosen.length || sameChoice(chosen, wrong)}>
          ${this.t('kennischeck.check')}
        </button>
        ${
          wrong
            ? html`<button class="secondary" @click=${() => this.show(q)}>${this.t('kennischeck.showAnswer')}</button>`
            : nothing
        }
      </div>
    `;
  }

  /**
   * A finished question as text, not as disabled controls (which browsers grey out below 4.5:1):
   * the participant's choice, the right answer and the feedback on what they chose.
   */
  private renderFinished(q: Question, answer: string[]) {
    const right = isCorrect(q, answer);
    return html`
      <ul class="options finished">
        ${q.options.map((o) => {
          const on = answer.includes(o.id);
          const marks = [
            on ? (o.correct ? 'kennischeck.yourRightChoice' : 'kennischeck.yourWrongChoice') : undefined,
            o.correct && !on ? 'kennischeck.correctOption' : undefined,
          ].filter((k): k is StringKey => k !== undefined);
          return html`<li class="${on ? 'chosen' : ''} ${o.correct ? 'correct' : on ? 'wrong' : ''}">
            <span class="choice" aria-hidden="true">${on ? (q.multiple ? '☑' : '◉') : q.multiple ? '☐' : '○'}</span>
            <span>${o.label}</span>
            ${marks.map((k) => html`<span class="mark">${this.t(k)}</span>`)}
            ${on && o.feedback ? html`<p class="feedback">${o.feedback}</p>` : nothing}
          </li>`;
        })}
      </ul>
      <p class="verdict" id="verdict-${q.id}" tabindex="-1" role="status">
        ${right ? this.t('kennischeck.right') : this.t('kennischeck.answerMarked')}
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-kennischeck': LlKennischeck;
  }
}
