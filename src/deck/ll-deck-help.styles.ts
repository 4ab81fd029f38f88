import { css } from 'lit';

export const styles = css`
  dialog {
    max-width: min(40rem, 92vw);
    border: none;
    border-radius: var(--ll-radius, 0.5rem);
    padding: 1.5rem;
    color: var(--ll-text, #1a1a1a);
    background: var(--ll-background, #fff);
    font-size: 1rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  h2 {
    margin: 0 0 1rem;
    font-size: 1.4rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 0.35rem 0.75rem 0.35rem 0;
    border-bottom: 1px solid color-mix(in srgb, currentColor 20%, transparent);
  }
  kbd {
    font-family: var(--ll-font-mono, monospace);
    white-space: nowrap;
  }
  button {
    margin-top: 1rem;
    font: inherit;
    padding: 0.4rem 1rem;
    border-radius: 0.35rem;
    border: 2px solid var(--ll-accent, #1d5c63);
    background: var(--ll-accent, #1d5c63);
    color: var(--ll-accent-text, #fff);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--ll-accent, #1d5c63);
    outline-offset: 2px;
  }
`;
