import { css } from 'lit';

export const netwerkcirkelStyles = css`
  .layout {
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 36rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }
  svg {
    width: 100%;
    max-width: 26rem;
    height: auto;
    touch-action: none;
    user-select: none;
  }
  .ring {
    fill: var(--ll-background, #fff);
    stroke: var(--ll-text, #1a1a1a);
    stroke-opacity: 0.45;
  }
  .ring-0 {
    fill: color-mix(in srgb, var(--ll-accent, #0b5394) 16%, var(--ll-background, #fff));
  }
  .ring-2 {
    fill: color-mix(in srgb, var(--ll-accent, #0b5394) 8%, var(--ll-background, #fff));
  }
  /* The drawing is laid out in CSS pixels (see network-drawing.ts): 13 px stays 13 px. */
  .rings-order {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
    color: var(--ll-muted, #555);
  }
  .more {
    font-size: 13px;
    fill: var(--ll-muted, #555);
  }
  .client {
    font-size: 13px;
    font-weight: 700;
    fill: var(--ll-text, #1a1a1a);
  }
  .person {
    cursor: grab;
    font-size: 13px;
    font-weight: 600;
    fill: var(--ll-text, #1a1a1a);
  }
  .drag-label {
    font-size: 13px;
    font-weight: 600;
    fill: var(--ll-text, #1a1a1a);
    paint-order: stroke;
    stroke: var(--ll-background, #fff);
    stroke-width: 4px;
    pointer-events: none;
  }
  .person.dragging {
    cursor: grabbing;
    opacity: 0.8;
  }
  .add {
    display: grid;
    gap: 0.35rem;
  }
  .add button {
    justify-self: start;
    margin-top: 0.35rem;
  }
  table {
    margin-top: 1rem;
  }
  td input {
    width: 100%;
  }
  /* Narrow containers (a phone, a slide column): each person becomes a small card. */
  @container (max-width: 32rem) {
    tr {
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 0.35rem;
      padding: 0.4rem 0;
    }
    td:first-child {
      grid-column: 1 / -1;
    }
    td select {
      width: 100%;
    }
  }
  /* The narrowest phones: the ring's name would be cut off beside the button, so they stack. */
  @container (max-width: 19rem) {
    tr {
      grid-template-columns: minmax(0, 1fr);
    }
    td:last-child button {
      justify-self: start;
    }
  }
`;
