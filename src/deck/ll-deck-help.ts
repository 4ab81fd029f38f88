import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { fill, type DeckStrings } from '../lib/deck/deck-strings';
import { keyBindings } from '../lib/deck/keys';
import { emit } from './emit';
import { styles } from './ll-deck-help.styles';

/**
 * The help overlay of the deck and the presenter view: a modal dialog listing every key, built
 * from the same table that maps the keys. Fires `ll-close` when the user closes it.
 */
@customElement('ll-deck-help')
export class LlDeckHelp extends LitElement {
  static override styles = styles;

  /** Shown as a modal dialog while true. */
  @property({ type: Boolean, reflect: true }) open = false;
  @property({ attribute: false }) strings: DeckStrings = {};

  @query('dialog') private dialog!: HTMLDialogElement;

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) this.dialog.showModal();
    if (!this.open && this.dialog.open) this.dialog.close();
  }

  private readonly onClose = (): void => {
    emit(this, 'll-close', null);
  };

  protected override render() {
    const t = (key: Parameters<typeof fill>[1]) => fill(this.strings, key);
    return html`<dialog aria-labelledby="title" @close=${this.onClose}>
      <h2 id="title">${t('deck.help.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">${t('deck.help.keys')}</th>
            <th scope="col">${t('deck.help.action')}</th>
          </tr>
        </thead>
        <tbody>
          ${keyBindings.map(
            (b) =>
              html`<tr>
                <td><kbd>${b.label}</kbd></td>
                <td>${t(b.description)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <button type="button" @click=${() => this.dialog.close()}>${t('deck.close')}</button>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-deck-help': LlDeckHelp;
  }
  interface HTMLElementEventMap {
    'll-close': CustomEvent<null>;
  }
}
