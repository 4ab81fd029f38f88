import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-size: 1rem;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--ll-border, #ccc);
  }
  .group {
    display: flex;
    gap: 0.4rem;
    align-items: center;
  }
  .time {
    font-variant-numeric: tabular-nums;
    font-size: 1.6rem;
    font-weight: 700;
  }
  button {
    font: inherit;
    padding: 0.35rem 0.8rem;
    border-radius: 0.35rem;
    border: 2px solid var(--ll-accent, #1d5c63);
    background: var(--ll-background, #fff);
    color: var(--ll-accent, #1d5c63);
    cursor: pointer;
  }
  button.primary,
  button[aria-pressed='true'] {
    background: var(--ll-accent, #1d5c63);
    color: var(--ll-accent-text, #fff);
  }
  button:focus-visible {
    outline: 3px solid var(--ll-accent, #1d5c63);
    outline-offset: 2px;
  }
  .grid {
    display: grid;
    gap: 1rem;
    padding-top: 1rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 56rem) {
    .grid {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      grid-template-areas: 'current next' 'current notes' 'pace notes' 'list list';
      align-items: start;
    }
    .current {
      grid-area: current;
    }
    .next {
      grid-area: next;
    }
    .pace {
      grid-area: pace;
    }
    .notes {
      grid-area: notes;
    }
    .list {
      grid-area: list;
    }
  }
  h2 {
    font-size: 1rem;
    margin: 0 0 0.4rem;
    color: var(--ll-muted, #555);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .notes {
    font-size: 1.2rem;
  }
  .end {
    aspect-ratio: 16 / 9;
    display: grid;
    place-items: center;
    border: 1px dashed var(--ll-border, #ccc);
  }
  .status {
    font-weight: 700;
  }
  .status[data-status='behind'] {
    color: #9b1c1c;
  }
  .status[data-status='ahead'] {
    color: #1e5b2a;
  }
  .list ol {
    margin: 0;
    padding: 0;
    list-style: none;
    max-height: 20rem;
    overflow: auto;
  }
  .list button {
    width: 100%;
    text-align: left;
    border-width: 1px;
    margin-bottom: 0.25rem;
  }
  .list button[aria-current='true'] {
    background: var(--ll-accent, #1d5c63);
    color: var(--ll-accent-text, #fff);
  }
  p {
    margin: 0.25rem 0;
  }
`;
