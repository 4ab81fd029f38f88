import { css } from 'lit';

export const scanStyles = css`
  .disclaimer {
    font-size: 0.9em;
    padding: 0.4rem 0.6rem;
    border-left: 4px solid var(--ll-muted, #555);
    background: var(--ll-background, #fff);
  }
  select {
    width: 100%;
    font: inherit;
  }
  /* Narrow containers (a phone, a slide column): each domain becomes a small card, its two
     answers stacked, each with its label above, so every option's text shows in full and the two
     answers line up. */
  @container (max-width: 32rem) {
    tr {
      gap: 0.5rem;
      padding: 0.6rem 0;
    }
    td::before {
      content: attr(data-label);
      display: block;
      font-size: 0.875em;
      margin-bottom: 0.15rem;
    }
  }
  .chart {
    margin: 1rem 0 0;
  }
  .chart-row {
    display: grid;
    gap: 0.2rem;
    margin-bottom: 0.6rem;
  }
  .chart-label {
    font-size: 0.875em;
  }
  /* A track is the scale 0–5, with a faint line at each level. */
  .track {
    display: block;
    height: 0.75rem;
    background: repeating-linear-gradient(
      to right,
      transparent 0 calc(20% - 1px),
      color-mix(in srgb, var(--ll-text, #1a1a1a) 20%, transparent) calc(20% - 1px) 20%
    );
  }
  .bar {
    display: block;
    height: 100%;
    width: 0;
  }
  .bar.v1 {
    width: 20%;
  }
  .bar.v2 {
    width: 40%;
  }
  .bar.v3 {
    width: 60%;
  }
  .bar.v4 {
    width: 80%;
  }
  .bar.v5 {
    width: 100%;
  }
  .ticks {
    display: grid;
    grid-template-columns: repeat(5, 1fr);
    font-size: 0.875em;
    text-align: right;
    border-top: 1px solid var(--ll-text, #1a1a1a);
  }
  .bar.z,
  .key.z {
    background: var(--ll-accent, #0b5394);
  }
  .bar.s,
  .key.s {
    background: var(--ll-text, #1a1a1a);
  }
  .key {
    display: inline-block;
    width: 1em;
    height: 0.8em;
    margin: 0 0.3em 0 0.8em;
  }
`;
