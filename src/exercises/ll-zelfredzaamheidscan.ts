import { html, nothing, svg } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { AuthorProblem } from './author-errors';
import { ExerciseElement } from './exercise-element';
import { checkParts } from './logic/author-checks';
import { interactionId } from './events';
import { decodeScan, LEVELS, networkHelps, scanComplete, type Aspect, type Level, type ScanScores } from './logic/scan';
import { exerciseStyles } from './shared.styles';
import { scanStyles } from './ll-zelfredzaamheidscan.styles';

const ASPECTS: Aspect[] = ['z', 's'];
// Chart geometry in SVG units: each domain's name sits above its two bars, so long names never squeeze the bars.
const ROW = 56;
const LEFT = 4;
const WIDTH = 320;

/**
 * `<ll-zelfredzaamheidscan>`: scores per life domain, alone and together with the network, with a
 * bar chart. A learning exercise, not the official instrument. Saved: `{ z: { [domain]: 1–5 }, s: {…} }`.
 */
@customElement('ll-zelfredzaamheidscan')
export class LlZelfredzaamheidscan extends ExerciseElement {
  static override styles = [exerciseStyles, scanStyles];
  protected readonly exerciseType = 'zelfredzaamheidscan';

  private domains: { id: string; label: string }[] = [];
  private heading: Node[] = [];
  private prompt: Node[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.heading = this.authored('[data-ll-title]');
    this.prompt = this.ownContent();
    this.domains = [...this.querySelectorAll<HTMLElement>('[data-ll-domain]')].map((d) => ({
      id: d.dataset.llDomain ?? '',
      label: (d.textContent ?? '').trim(),
    }));
  }

  protected override checkMarkup(): AuthorProblem[] {
    return checkParts(this.ids);
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
    this.save(Object.keys(next.z).length || Object.keys(next.s).length ? { z: next.z, s: next.s } : undefined);
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
        <p class="title" id="title">
          <span class="kind">${this.t('exercise.zelfredzaamheidscan')}</span>${this.heading}
        </p>
        <p class="disclaimer">${this.t('scan.disclaimer')}</p>
        ${this.prompt}
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

  /** The same numbers as the table, drawn; hidden from screen readers, which have the table. */
  private renderChart(scores: ScanScores) {
    const height = this.domains.length * ROW + 24;
    const x = (n: number) => LEFT + ((WIDTH - LEFT - 8) * n) / 5;
    return html`<figure class="chart" part="chart">
      <svg viewBox="0 0 ${WIDTH} ${height}" aria-hidden="true" focusable="false">
        <line class="axis" x1=${LEFT} x2=${LEFT} y1="0" y2=${height - 20}></line>
        ${LEVELS.map(
          (n) =>
            svg`<line class="grid" x1=${x(n)} x2=${x(n)} y1="0" y2=${height - 20}></line><text class="tick" x=${x(n)} y=${height - 6} text-anchor="middle">${n}</text>`,
        )}
        ${this.domains.map((d, i) => {
          const y = i * ROW;
          return svg`<text class="label" x=${LEFT + 4} y=${y + 15}>${d.label}</text>
            ${ASPECTS.map((a, j) => {
              const v = scores[a][d.id];
              return v
                ? svg`<rect class="bar ${a}" x=${LEFT} y=${y + 20 + j * 15} width=${x(v) - LEFT} height="12"></rect>`
                : svg``;
            })}`;
        })}
      </svg>
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
