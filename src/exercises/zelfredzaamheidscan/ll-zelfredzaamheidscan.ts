import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { AuthorProblem } from '../shared/author-errors';
import { ExerciseElement } from '../shared/exercise-element';
import { structureProblems } from '../shared/structure-rules';
import { interactionId } from '../shared/events';
import {
  decodeScan,
  earlierScores,
  LEVELS,
  networkHelps,
  scanComplete,
  type Aspect,
  type Level,
  type ScanScores,
} from './scan';
import { cardTableStyles, exerciseStyles } from '../shared/shared.styles';
import { scanStyles } from './ll-zelfredzaamheidscan.styles';

const ASPECTS: Aspect[] = ['z', 's'];

/**
 * `<ll-zelfredzaamheidscan>`: scores per life domain, alone and together with the network, with a
 * bar chart. A learning exercise, not the official instrument. Saved: `{ z: { [domain]: 1–5 }, s: {…} }`.
 */
@customElement('ll-zelfredzaamheidscan')
export class LlZelfredzaamheidscan extends ExerciseElement {
  static override styles = [exerciseStyles, cardTableStyles, scanStyles];
  protected readonly exerciseType = 'zelfredzaamheidscan';

  private domains: { id: string; label: string }[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.domains = [...this.querySelectorAll<HTMLElement>('[data-ll-domain]')].map((d) => ({
      id: d.dataset.llDomain ?? '',
      label: (d.textContent ?? '').trim(),
    }));
  }

  protected override checkMarkup(): AuthorProblem[] {
    return structureProblems({
      kind: 'zelfredzaamheidscan',
      parts: this.domains.map((d) => ({ id: d.id, text: d.label, ref: d })),
    });
  }

  private get ids() {
    return this.domains.map((d) => d.id);
  }

  get completed(): boolean {
    return scanComplete(this.ids, this.scores);
  }

  private get scores(): ScanScores {
    return decodeScan(this.ids, this.saved);
  }

  private level(n: Level): string {
    return this.t(`scan.level${n}`);
  }

  private set(domain: string, aspect: Aspect, value: string): void {
    const scores = this.scores;
    const next: ScanScores = { z: { ...scores.z }, s: { ...scores.s } };
    if (value) next[aspect][domain] = Number(value) as Level;
    else delete next[aspect][domain];
    const earlier = earlierScores(this.ids, this.saved);
    const z = { ...earlier.z, ...next.z };
    const s = { ...earlier.s, ...next.s };
    this.save(Object.keys(z).length || Object.keys(s).length ? { z, s } : undefined);
    if (scanComplete(this.ids, next)) {
      this.complete({
        completed: true,
        interactions: this.domains.flatMap((d) =>
          ASPECTS.map((a) => ({
            id: interactionId(this.id, `${d.id}-${a === 'z' ? 'zelf' : 'samen'}`),
            type: 'likert' as const,
            response: [String(next[a][d.id])],
          })),
        ),
      });
    }
  }

  protected renderExercise() {
    const scores = this.scores;
    const helps = networkHelps(this.ids, scores);
    return html`
      <section aria-labelledby="title">
        ${this.renderTitle()}
        <p class="disclaimer">${this.t('scan.disclaimer')}</p>
        ${this.intro}
        <details class="legend">
          <summary>${this.t('scan.levels')}</summary>
          <ol>
            ${LEVELS.map((n) => html`<li value=${n}>${this.level(n)}</li>`)}
          </ol>
        </details>
        <table part="table">
          <caption>
            ${this.t('scan.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.t('scan.domain')}</th>
              <th scope="col">${this.t('scan.zelf')}</th>
              <th scope="col">${this.t('scan.samen')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.domains.map(
              (d) =>
                html`<tr>
                  <th scope="row">${d.label}</th>
                  ${ASPECTS.map(
                    (a) =>
                      html`<td data-label=${a === 'z' ? this.t('scan.zelf') : this.t('scan.samen')}>
                        <select
                          aria-label=${`${d.label}: ${a === 'z' ? this.t('scan.zelf') : this.t('scan.samen')}`}
                          @change=${(e: Event) => this.set(d.id, a, (e.target as HTMLSelectElement).value)}
                        >
                          <option value="" ?selected=${!scores[a][d.id]}>${this.t('scan.choose')}</option>
                          ${LEVELS.map((n) => html`<option value=${n} ?selected=${scores[a][d.id] === n}>${n} · ${this.level(n)}</option>`)}
                        </select>
                      </td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
        ${this.renderChart(scores)}
        <div role="status">
          ${
            this.completed
              ? html`<p class="status">
                  ${
                    helps.length
                      ? this.t('scan.helps', {
                          domains: this.domains
                            .filter((d) => helps.includes(d.id))
                            .map((d) => d.label)
                            .join(', '),
                        })
                      : this.t('scan.noDifference')
                  }
                </p>`
              : nothing
          }
        </div>
      </section>
    `;
  }

  /**
   * The same numbers as the table, as bars; hidden from screen readers, which have the table.
   * Drawn in HTML rather than SVG so its text keeps the page's size on a phone; a bar's length is
   * one of five classes (levels are whole numbers), so no inline style is needed under the CSP.
   */
  private renderChart(scores: ScanScores) {
    return html`<figure class="chart" part="chart" aria-hidden="true">
      ${this.domains.map(
        (d) =>
          html`<div class="chart-row">
            <span class="chart-label">${d.label}</span>
            ${ASPECTS.map((a) => {
              const v = scores[a][d.id];
              return html`<span class="track"><span class="bar ${a === 'z' ? 'z' : 's'} v${v ?? 0}"></span></span>`;
            })}
          </div>`,
      )}
      <div class="ticks">${LEVELS.map((n) => html`<span>${n}</span>`)}</div>
      <figcaption>
        <span class="key z"></span>${this.t('scan.zelf')} <span class="key s"></span>${this.t('scan.samen')}
      </figcaption>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-zelfredzaamheidscan': LlZelfredzaamheidscan;
  }
}
