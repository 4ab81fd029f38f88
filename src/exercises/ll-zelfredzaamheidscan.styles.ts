import { css } from 'lit';

export const scanStyles = css`
  .disclaimer {
    font-size: 0.9em;
    padding: 0.4rem 0.6rem;
    border-left: 4px solid var(--ll-muted, #555);
    background: var(--ll-background, #fff);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: left;
    font-weight: 600;
  }
  th,
  td {
    text-align: left;
    padding: 0.3rem;
    border-bottom: 1px solid var(--ll-border, #ccc);
  }
  select {
    width: 100%;
  }
  /* Narrow containers (a phone, a slide column): each domain becomes a small card. */
  @container (max-width: 32rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 0.35rem;
      padding: 0.4rem 0;
      border-bottom: 1px solid var(--ll-border, #ccc);
    }
    th,
    td {
      border: 0;
      padding: 0;
    }
    th[scope='row'] {
      grid-column: 1 / -1;
    }
    td::before {
      content: attr(data-label);
      display: block;
      font-size: 0.85em;
    }
  }
  .chart {
    margin: 1rem 0 0;
  }
  svg {
    width: 100%;
    max-width: 30rem;
    height: auto;
  }
  .grid {
    stroke: var(--ll-text, #1a1a1a);
    stroke-opacity: 0.2;
  }
  .axis {
    stroke: var(--ll-text, #1a1a1a);
  }
  .tick,
  .label {
    font-size: 11px;
    fill: var(--ll-text, #1a1a1a);
  }
  .bar.z,
  .key.z {
    fill: var(--ll-accent, #0b5394);
    background: var(--ll-accent, #0b5394);
  }
  .bar.s,
  .key.s {
    fill: var(--ll-text, #1a1a1a);
    background: var(--ll-text, #1a1a1a);
  }
  .key {
    display: inline-block;
    width: 1em;
    height: 0.8em;
    margin: 0 0.3em 0 0.8em;
  }
`;
