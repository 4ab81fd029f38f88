import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AuthorProblem } from '../shared/author-errors';
import { ExerciseElement, textOf } from '../shared/exercise-element';
import { structureProblems } from '../shared/structure-rules';
import { interactionId, type ExerciseInteraction } from '../shared/events';
import { isFinished, replayPath, type DialogueNode } from './dialogue';
import { exerciseStyles } from '../shared/shared.styles';
import { rollenspelStyles } from './ll-rollenspel.styles';

interface Turn extends DialogueNode {
  /** An <Einde>: no replies by design (a turn without replies is a mistake). */
  ending: boolean;
  text: Node[];
  title: string;
  replies: { next: string; feedback: string; label: Node[] }[];
}

/** Reply ids as reported to the LMS: r1, r2, … in the author's order. */
const replyId = (index: number) => `r${index + 1}`;

/**
 * `<ll-rollenspel>`: a branching conversation. The participant picks the professional's reply at
 * each turn and gets feedback; the path taken is kept. Saved state: `{ p: replyIndices[] }`.
 */
@customElement('ll-rollenspel')
export class LlRollenspel extends ExerciseElement {
  static override styles = [exerciseStyles, rollenspelStyles];
  protected readonly exerciseType = 'rollenspel';

  /** Who the participant talks with. */
  @property() client = '';

  private nodes: Turn[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.nodes = [...this.querySelectorAll<HTMLElement>('[data-ll-turn], [data-ll-ending]')].map((el) => {
      const replies = [...el.querySelectorAll<HTMLElement>('[data-ll-reply]')].map((r) => ({
        next: r.dataset.next ?? '',
        feedback: r.dataset.feedback ?? '',
        label: [...r.childNodes].map((n) => n.cloneNode(true)),
      }));
      const text = [...el.childNodes]
        .filter((n) => !(n instanceof Element && n.matches('[data-ll-reply]')))
        .map((n) => n.cloneNode(true));
      const ending = el.hasAttribute('data-ll-ending');
      const id = (ending ? el.dataset.llEnding : el.dataset.llTurn) ?? '';
      return { id, ending, title: el.dataset.title ?? '', text, replies };
    });
  }

  protected override checkMarkup(): AuthorProblem[] {
    return structureProblems({
      kind: 'rollenspel',
      nodes: this.nodes.map((n) => ({
        id: n.id,
        ending: n.ending,
        replies: n.replies.map((r) => ({ id: '', next: r.next, text: textOf(r.label), ref: r })),
        ref: n,
      })),
    });
  }

  get completed(): boolean {
    return isFinished(replayPath(this.nodes, this.path));
  }

  private get path(): number[] {
    const p = this.saved?.p;
    return Array.isArray(p) ? p.filter((n): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0) : [];
  }

  private choose(index: number): void {
    const path = [...this.path, index];
    this.save({ p: path });
    const steps = replayPath(this.nodes, path);
    if (isFinished(steps)) {
      const interactions: ExerciseInteraction[] = steps
        .filter((s) => s.choice !== undefined)
        .map((s) => ({
          id: interactionId(this.id, s.node.id),
          type: 'choice',
          response: [replyId(s.choice!)],
          choices: s.node.replies.map((_, index) => replyId(index)),
        }));
      interactions.push({ id: interactionId(this.id, 'einde'), type: 'other', response: [steps.at(-1)!.node.id] });
      this.complete({ completed: true, interactions });
    }
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.step:last-of-type .feedback-target')?.focus(),
    );
  }

  private restart(): void {
    this.save(undefined);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.choices button')?.focus());
  }

  protected renderExercise() {
    const steps = replayPath(this.nodes, this.path) as { node: Turn; choice?: number }[];
    const client = this.client || this.t('rollenspel.client');
    return html`
      <section aria-labelledby="title">
        ${this.renderTitle()} ${this.intro}
        <ol class="dialogue" part="dialogue">
          ${steps.map((step, i) => {
            const node = step.node;
            const reply = step.choice !== undefined ? node.replies[step.choice] : undefined;
            const ending = node.replies.length === 0;
            return html`<li class="step ${ending ? 'ending' : ''}">
              ${
                ending
                  ? html`<div class="feedback-target" tabindex="-1">
                      ${i > 0 ? this.renderFeedback(steps[i - 1]!) : nothing}
                      <p class="speaker">${this.t('rollenspel.ending')}${node.title ? `: ${node.title}` : ''}</p>
                      <div class="line">${node.text}</div>
                    </div>`
                  : html`<div class="feedback-target" tabindex="-1">
                      ${i > 0 ? this.renderFeedback(steps[i - 1]!) : nothing}
                      <p class="speaker">${client}</p>
                      <div class="line client">${node.text}</div>
                    </div>`
              }
              ${
                reply
                  ? html`<p class="speaker">${this.t('rollenspel.you')}</p>
                      <div class="line you">${reply.label}</div>`
                  : ending
                    ? nothing
                    : html`<div class="choices" role="group" aria-label=${this.t('rollenspel.choose')}>
                        <p class="prompt">${this.t('rollenspel.choose')}</p>
                        ${node.replies.map((r, index) => html`<button class="secondary" @click=${() => this.choose(index)}>${r.label}</button>`)}
                      </div>`
              }
            </li>`;
          })}
        </ol>
        ${this.path.length ? html`<div class="actions"><button class="secondary" @click=${() => this.restart()}>${this.t('rollenspel.restart')}</button></div>` : nothing}
      </section>
    `;
  }

  private renderFeedback(previous: { node: Turn; choice?: number }) {
    const feedback = previous.choice !== undefined ? previous.node.replies[previous.choice]?.feedback : undefined;
    return feedback
      ? html`<p class="feedback"><span class="visually-hidden">${this.t('rollenspel.feedback')}: </span>${feedback}</p>`
      : nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-rollenspel': LlRollenspel;
  }
}
