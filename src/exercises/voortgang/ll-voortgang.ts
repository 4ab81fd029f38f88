import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ExerciseElement } from '../shared/exercise-element';
import { exerciseStyles } from '../shared/shared.styles';
import { voortgangStyles } from './ll-voortgang.styles';

/**
 * `<ll-voortgang>`: marks a section as read (a toggle). Saved: `{ r: 1 }` when read.
 */
@customElement('ll-voortgang')
export class LlVoortgang extends ExerciseElement {
  static override styles = [exerciseStyles, voortgangStyles];
  protected readonly exerciseType = 'voortgang';

  get completed(): boolean {
    return this.saved?.r === 1;
  }

  private toggle(): void {
    const read = !this.completed;
    this.save(read ? { r: 1 } : undefined);
    this.complete({ completed: read });
  }

  protected renderExercise() {
    const title = this.querySelector('[data-ll-title]')?.textContent?.trim() || this.t('voortgang.section');
    return html`<div class="read">
      <button
        part="button"
        class=${this.completed ? '' : 'secondary'}
        aria-pressed=${this.completed ? 'true' : 'false'}
        @click=${() => this.toggle()}
      >
        ${this.t('voortgang.markRead', { title })}
      </button>
      <span role="status">${this.completed ? this.t('voortgang.isRead') : ''}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-voortgang': LlVoortgang;
  }
}
