import { html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ExerciseElement } from './exercise-element';
import { interactionId } from './events';
import {
  CIRCLE,
  decodePeople,
  layout,
  MAX_NAME,
  MAX_PEOPLE,
  RINGS,
  ringAt,
  type NetworkPerson,
  type Ring,
} from './logic/network';
import { exerciseStyles } from './shared.styles';
import { netwerkcirkelStyles } from './ll-netwerkcirkel.styles';

/**
 * `<ll-netwerkcirkel>`: the client in the centre, people placed in rings. Add, rename, move and
 * remove in the table (keyboard) or drag in the drawing (pointer). Saved: `{ p: [{ n, r }] }`.
 */
@customElement('ll-netwerkcirkel')
export class LlNetwerkcirkel extends ExerciseElement {
  static override styles = [exerciseStyles, netwerkcirkelStyles];
  protected readonly exerciseType = 'netwerkcirkel';

  /** Who is in the centre. */
  @property() client = '';

  @state() private name = '';
  @state() private ring: Ring = 1;
  @state() private dragging: { index: number; x: number; y: number } | undefined;
  @state() private announcement = '';

  private heading: Node[] = [];
  private prompt: Node[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.heading = this.authored('[data-ll-title]');
    this.prompt = this.ownContent();
  }

  get completed(): boolean {
    return this.saved?.d === 1 && this.people.length > 0;
  }

  private get people(): NetworkPerson[] {
    return decodePeople(this.saved?.p);
  }

  private ringName(r: Ring): string {
    return this.t(`netwerkcirkel.ring.${RINGS[r]}`);
  }

  private store(people: NetworkPerson[], announcement: string, done = this.saved?.d === 1): void {
    this.save(
      people.length || done ? { p: people.map((p) => ({ n: p.n, r: p.r })), ...(done ? { d: 1 } : {}) } : undefined,
    );
    this.announcement = announcement;
  }

  private add(event: Event): void {
    event.preventDefault();
    const n = this.name.trim().slice(0, MAX_NAME);
    if (!n || this.people.length >= MAX_PEOPLE) return;
    this.store(
      [...this.people, { n, r: this.ring }],
      this.t('netwerkcirkel.added', { name: n, ring: this.ringName(this.ring) }),
    );
    this.name = '';
  }

  private changePerson(index: number, change: Partial<NetworkPerson>): void {
    const people = this.people.map((p, i) => (i === index ? { ...p, ...change } : p));
    const person = people[index];
    if (!person || !person.n.trim()) return;
    this.store(
      people,
      change.r !== undefined ? this.t('netwerkcirkel.moved', { name: person.n, ring: this.ringName(person.r) }) : '',
    );
  }

  private removePerson(index: number): void {
    const person = this.people[index];
    if (!person) return;
    this.store(
      this.people.filter((_, i) => i !== index),
      this.t('netwerkcirkel.removed', { name: person.n }),
    );
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#new-name')?.focus());
  }

  private finish(): void {
    const people = this.people;
    this.store(people, this.t('netwerkcirkel.saved'), true);
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
      x: ((event.clientX - box.left) / box.width) * CIRCLE.size,
      y: ((event.clientY - box.top) / box.height) * CIRCLE.size,
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
    const ring = ringAt(x, y);
    if (this.people[index]?.r !== ring) this.changePerson(index, { r: ring });
  }

  override render() {
    const people = this.people;
    return html`
      <section aria-labelledby="title">
        <p class="title" id="title"><span class="kind">${this.t('exercise.netwerkcirkel')}</span>${this.heading}</p>
        ${this.prompt}
        <div class="layout">
          ${this.renderCircle(people)}
          <div class="controls">
            <form @submit=${(e: Event) => this.add(e)} class="add">
              <label for="new-name">${this.t('netwerkcirkel.name')}</label>
              <input
                id="new-name"
                type="text"
                maxlength=${MAX_NAME}
                .value=${this.name}
                @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)}
              />
              <label for="new-ring">${this.t('netwerkcirkel.ring')}</label>
              <select
                id="new-ring"
                @change=${(e: Event) => (this.ring = Number((e.target as HTMLSelectElement).value) as Ring)}
              >
                ${RINGS.map((_, r) => html`<option value=${r} ?selected=${this.ring === r}>${this.ringName(r as Ring)}</option>`)}
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
    const positions = layout(people);
    const { size, centre, radii } = CIRCLE;
    return html`<svg
      viewBox="0 0 ${size} ${size}"
      role="img"
      aria-label=${this.t('netwerkcirkel.drawing', { count: people.length })}
      part="drawing"
      @pointermove=${(e: PointerEvent) => this.drag(e)}
    >
      ${[...radii].reverse().map((r, i) => svg`<circle class="ring ring-${3 - i}" cx=${centre} cy=${centre} r=${r}></circle>`)}
      ${RINGS.map((_, r) => svg`<text class="ring-label" x=${centre} y=${centre - (radii[r]! - 8)} text-anchor="middle">${r === 0 ? '' : this.ringName(r as Ring)}</text>`)}
      <text class="client" x=${centre} y=${centre + 5} text-anchor="middle">
        ${this.client || this.t('netwerkcirkel.client')}
      </text>
      ${people.map((p, i) => {
        const at = this.dragging?.index === i ? this.dragging : positions[i]!;
        return svg`<g class="person ${this.dragging?.index === i ? 'dragging' : ''}" transform="translate(${at.x} ${at.y})"
          @pointerdown=${(e: PointerEvent) => this.startDrag(e, i)} @pointerup=${(e: PointerEvent) => this.drop(e)} @pointercancel=${() => (this.dragging = undefined)}>
          <circle r="7"></circle><text y="-10" text-anchor="middle">${p.n}</text></g>`;
      })}
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
                  @change=${(e: Event) => this.changePerson(i, { n: (e.target as HTMLInputElement).value.trim() })}
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
