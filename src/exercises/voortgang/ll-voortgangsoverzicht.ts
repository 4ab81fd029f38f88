import { StoreController } from '@nanostores/lit';
import { html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { StringKey } from '../../i18n/strings';
import { translate } from '../shared/translate';
import { $progress } from '../../state/progress';
import type { ExerciseElement } from '../shared/exercise-element';
import { exerciseStyles } from '../shared/shared.styles';
import { voortgangStyles } from './ll-voortgang.styles';

/**
 * `<ll-voortgangsoverzicht>`: how far the participant is on this page (one bijeenkomst): every
 * exercise on it, done or not, with a link to each. Reads the elements, so it never disagrees with them.
 */
@customElement('ll-voortgangsoverzicht')
export class LlVoortgangsoverzicht extends LitElement {
  static override styles = [exerciseStyles, voortgangStyles];

  // Re-render whenever any exercise's state changes.
  protected readonly progress = new StoreController(this, $progress);
  @state() private exercises: ExerciseElement[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // Exercises further down the page upgrade after this element; look once everything is defined.
    this.exercises = [...document.querySelectorAll<ExerciseElement>('[data-ll-exercise]')];
    for (const tag of new Set(this.exercises.map((e) => e.localName)))
      void customElements.whenDefined(tag).then(() => this.requestUpdate());
  }

  /** A UI string in the page's language. */
  protected t(key: StringKey, values: Record<string, string | number> = {}): string {
    return translate(this, key, values);
  }

  override render() {
    // An exercise with mistakes in its markup shows them instead of itself: never done.
    const isDone = (e: ExerciseElement) => e.completed && !e.authorProblems.length;
    const done = this.exercises.filter(isDone).length;
    const total = this.exercises.length;
    return html`<section aria-labelledby="title">
      <p class="title" id="title">${this.t('voortgang.summary')}</p>
      <p id="count">${this.t('voortgang.count', { done, total })}</p>
      <progress max=${total || 1} .value=${done} aria-labelledby="count"></progress>
      <ul>
        ${this.exercises.map((e) => html`<li><a href="#${e.id}">${e.summaryLabel}</a> — ${isDone(e) ? this.t('voortgang.done') : this.t('voortgang.todo')}</li>`)}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-voortgangsoverzicht': LlVoortgangsoverzicht;
  }
}
