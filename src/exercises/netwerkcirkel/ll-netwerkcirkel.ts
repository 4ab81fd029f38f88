import { html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ExerciseElement } from '../shared/exercise-element';
import { interactionId } from '../shared/events';
import {
  decodeNetwork,
  encodeNetwork,
  MAX_NAME,
  MAX_PEOPLE,
  RINGS,
  type NetworkPerson,
  type NetworkState,
  type Ring,
} from './network';
import { drawNetwork, geometry, LABEL_FONT_PX, ringAt, type Geometry } from './network-drawing';
import { debounce } from '../shared/debounce';
import { cardTableStyles, exerciseStyles } from '../shared/shared.styles';
import { netwerkcirkelStyles } from './ll-netwerkcirkel.styles';

/**
 * `<ll-netwerkcirkel>`: the client in the centre, people placed in rings. Add, rename, move and
 * remove in the table (keyboard) or drag in the drawing (pointer).
 * Saved: `{ p?: [{ n, r }], d?: 1, e?: { n, r } }` (e: the person being added; see network.ts).
 */
@customElement('ll-netwerkcirkel')
export class LlNetwerkcirkel extends ExerciseElement {
  static override styles = [exerciseStyles, cardTableStyles, netwerkcirkelStyles];
  protected readonly exerciseType = 'netwerkcirkel';

  /** Who is in the centre. */
  @property() client = '';

  /** The new person's name as typed, until autosave stores it in the saved entry. */
  @state() private nameDraft: string | undefined;
  @state() private dragging: { index: number; x: number; y: number } | undefined;
  @state() private announcement = '';
  /** The drawing's width in CSS pixels; the drawing is laid out at that size, so text never shrinks. */
  @state() private size = 400;

  private readonly resize = new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    if (width > 0 && Math.abs(width - this.size) > 1) this.size = width;
  });
  private observed: Element | undefined;
  private context: CanvasRenderingContext2D | null | undefined;

  /** A rename typed in the table but not yet committed (change fires on Enter or leaving the field). */
  private renaming: { index: number; value: string } | undefined;
  private readonly autosave = debounce((name: string) => this.store({ entry: { ...this.entry, n: name } }), 500);

  override disconnectedCallback(): void {
    this.resize.disconnect();
    this.observed = undefined;
    super.disconnectedCallback();
  }

  protected override updated(): void {
    const drawing = this.renderRoot.querySelector('svg');
    if (drawing && drawing !== this.observed) {
      this.resize.disconnect();
      this.resize.observe(drawing);
      this.observed = drawing;
    }
  }

  /** Width of a label's text as the browser draws it, for shortening long names. */
  private readonly measure = (text: string): number => {
    if (this.context === undefined) {
      this.context = document.createElement('canvas').getContext('2d');
      if (this.context) this.context.font = `600 ${LABEL_FONT_PX}px ${getComputedStyle(this).fontFamily}`;
    }
    // Without a canvas (a very old or headless browser), a wide estimate keeps labels inside their rings.
    return this.context ? this.context.measureText(text).width : text.length * LABEL_FONT_PX * 0.62;
  };

  private get geometry(): Geometry {
    return geometry(this.size);
  }

  protected override flushDrafts(): void {
    this.autosave.flush();
    const rename = this.renaming;
    this.renaming = undefined;
    if (rename) this.changePerson(rename.index, { n: rename.value.trim() });
  }

  get completed(): boolean {
    return this.network.done && this.people.length > 0;
  }

  private get network(): NetworkState {
    return decodeNetwork(this.saved);
  }

  private get people(): NetworkPerson[] {
    return this.network.people;
  }

  /** The person being added, with the name as typed so far. */
  private get entry(): NetworkPerson {
    const { entry } = this.network;
    return this.nameDraft === undefined ? entry : { ...entry, n: this.nameDraft };
  }

  private ringName(r: Ring): string {
    return this.t(`netwerkcirkel.ring.${RINGS[r]}`);
  }

  /** Saves a change; a name typed for the new person is saved with it, never dropped. */
  private store(change: Partial<NetworkState>, announcement?: string): void {
    const next = { ...this.network, entry: this.entry, ...change };
    this.nameDraft = undefined;
    this.save(encodeNetwork(next));
    if (announcement !== undefined) this.announcement = announcement;
  }

  private add(event: Event): void {
    event.preventDefault();
    this.autosave.flush();
    const { r } = this.entry;
    const n = this.entry.n.trim().slice(0, MAX_NAME);
    if (!n || this.people.length >= MAX_PEOPLE) return;
    this.store(
      { people: [...this.people, { n, r }], entry: { n: '', r } },
      this.t('netwerkcirkel.added', { name: n, ring: this.ringName(r) }),
    );
  }

  private changePerson(index: number, change: Partial<NetworkPerson>): void {
    const people = this.people.map((p, i) => (i === index ? { ...p, ...change } : p));
    const person = people[index];
    if (!person || !person.n.trim()) return;
    this.store(
      { people },
      change.r !== undefined ? this.t('netwerkcirkel.moved', { name: person.n, ring: this.ringName(person.r) }) : '',
    );
  }

  private removePerson(index: number): void {
    const person = this.people[index];
    if (!person) return;
    this.renaming = undefined;
    this.store(
      { people: this.people.filter((_, i) => i !== index) },
      this.t('netwerkcirkel.removed', { name: person.n }),
    );
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#new-name')?.focus());
  }

  private finish(): void {
    this.flushDrafts();
    const people = this.people;
    this.store({ done: true }, this.t('netwerkcirkel.saved'));
    this.complete({
      completed: true,
      interactions: RINGS.map((ring, r) => ({
        id: interactionId(this.id, ring),
        type: 'other' as const,
        response: people.filter((p) => p.r === r).map((p) => p.n),
      })),
    });
  }

  private point(event: PointerEvent): { x: number; y: number } {
    const svgElement = this.renderRoot.querySelector('svg')!;
    const box = svgElement.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) / box.width) * this.size,
      y: ((event.clientY - box.top) / box.height) * this.size,
    };
  }

  private startDrag(event: PointerEvent, index: number): void {
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
    this.dragging = { index, ...this.point(event) };
  }

  private drag(event: PointerEvent): void {
    if (this.dragging) this.dragging = { ...this.dragging, ...this.point(event) };
  }

  private drop(event: PointerEvent): void {
    if (!this.dragging) return;
    const { index } = this.dragging;
    const { x, y } = this.point(event);
    this.dragging = undefined;
    const ring = ringAt(x, y, this.geometry);
    if (this.people[index]?.r !== ring) this.changePerson(index, { r: ring });
  }

  protected renderExercise() {
    const people = this.people;
    const entry = this.entry;
    return html`
      <section aria-labelledby="title">
        ${this.renderTitle()} ${this.intro}
        <div class="layout">
          <div class="drawing">
            ${this.renderCircle(people)}
            <p class="rings-order">
              ${this.t('netwerkcirkel.ringsOrder', { rings: [1, 2, 3].map((r) => this.ringName(r as Ring)).join(', ') })}
            </p>
          </div>
          <div class="controls">
            <form @submit=${(e: Event) => this.add(e)} class="add">
              <label for="new-name">${this.t('netwerkcirkel.name')}</label>
              <input
                id="new-name"
                type="text"
                maxlength=${MAX_NAME}
                .value=${entry.n}
                @input=${(e: Event) => {
                  this.nameDraft = (e.target as HTMLInputElement).value;
                  this.autosave(this.nameDraft);
                }}
                @blur=${() => this.autosave.flush()}
              />
              <label for="new-ring">${this.t('netwerkcirkel.ring')}</label>
              <select
                id="new-ring"
                @change=${(e: Event) =>
                  this.store({ entry: { ...this.entry, r: Number((e.target as HTMLSelectElement).value) as Ring } })}
              >
                ${RINGS.map((_, r) => html`<option value=${r} ?selected=${entry.r === r}>${this.ringName(r as Ring)}</option>`)}
              </select>
              <button type="submit">${this.t('netwerkcirkel.add')}</button>
            </form>
          </div>
        </div>
        ${this.renderTable(people)}
        <p role="status" class="visually-hidden">${this.announcement}</p>
        <div class="actions">
          <button @click=${() => this.finish()} ?disabled=${!people.length}>${this.t('netwerkcirkel.done')}</button>
        </div>
        ${this.completed ? html`<p class="status">${this.t('netwerkcirkel.saved')}</p>` : nothing}
      </section>
    `;
  }

  private renderCircle(people: NetworkPerson[]) {
    const g = this.geometry;
    const { size, centre, radii } = g;
    const drawing = drawNetwork(people, this.client || this.t('netwerkcirkel.client'), g, this.measure);
    const labels = [...drawing.people, ...drawing.more];
    const top = centre - ((drawing.client.length - 1) * g.line) / 2;
    const dragged = this.dragging;
    return html`<svg
      viewBox="0 0 ${size} ${size}"
      width=${size}
      height=${size}
      role="img"
      aria-label=${this.t('netwerkcirkel.drawing', { count: people.length })}
      part="drawing"
      @pointermove=${(e: PointerEvent) => this.drag(e)}
    >
      <defs>${labels.map((label, i) => svg`<path id="arc-${i}" d=${label.path}></path>`)}</defs>
      ${[...radii].reverse().map((r, i) => svg`<circle class="ring ring-${3 - i}" cx=${centre} cy=${centre} r=${r}></circle>`)}
      ${drawing.client.map(
        (line, i) =>
          svg`<text class="client" x=${centre} y=${top + i * g.line} dominant-baseline="central" text-anchor="middle">${line}</text>`,
      )}
      ${labels.map((label, i) => {
        const person = 'index' in label ? label : undefined;
        const cls = person
          ? `person ${dragged?.index === person.index ? 'dragging' : ''}`
          : 'count' in label
            ? 'more'
            : 'ring-label';
        return svg`<text class=${cls}
          @pointerdown=${person ? (e: PointerEvent) => this.startDrag(e, person.index) : nothing}
          @pointerup=${person ? (e: PointerEvent) => this.drop(e) : nothing}
          @pointercancel=${person ? () => (this.dragging = undefined) : nothing}
        ><textPath href="#arc-${i}" startOffset="50%" text-anchor="middle">${label.text}</textPath>${
          person && label.text !== people[person.index]?.n ? svg`<title>${people[person.index]?.n}</title>` : nothing
        }</text>`;
      })}
      ${
        dragged
          ? svg`<text class="drag-label" x=${dragged.x} y=${dragged.y - 12} text-anchor="middle">${people[dragged.index]?.n ?? ''}</text>`
          : nothing
      }
    </svg>`;
  }

  private renderTable(people: NetworkPerson[]) {
    if (!people.length) return html`<p class="empty">${this.t('netwerkcirkel.empty')}</p>`;
    return html`<table part="table">
      <caption>
        ${this.t('netwerkcirkel.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${this.t('netwerkcirkel.name')}</th>
          <th scope="col">${this.t('netwerkcirkel.ring')}</th>
          <th scope="col"><span class="visually-hidden">${this.t('netwerkcirkel.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${people.map(
          (p, i) =>
            html`<tr>
              <td>
                <input
                  type="text"
                  maxlength=${MAX_NAME}
                  aria-label=${this.t('netwerkcirkel.nameOf', { n: i + 1 })}
                  .value=${p.n}
                  @input=${(e: Event) => (this.renaming = { index: i, value: (e.target as HTMLInputElement).value })}
                  @change=${(e: Event) => {
                    this.renaming = undefined;
                    this.changePerson(i, { n: (e.target as HTMLInputElement).value.trim() });
                  }}
                />
              </td>
              <td>
                <select
                  aria-label=${this.t('netwerkcirkel.ringOf', { name: p.n })}
                  @change=${(e: Event) => this.changePerson(i, { r: Number((e.target as HTMLSelectElement).value) as Ring })}
                >
                  ${RINGS.map((_, r) => html`<option value=${r} ?selected=${p.r === r}>${this.ringName(r as Ring)}</option>`)}
                </select>
              </td>
              <td>
                <button class="secondary" @click=${() => this.removePerson(i)}>
                  ${this.t('netwerkcirkel.remove')}<span class="visually-hidden"> ${p.n}</span>
                </button>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'll-netwerkcirkel': LlNetwerkcirkel;
  }
}
