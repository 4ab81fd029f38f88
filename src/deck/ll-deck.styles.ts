import { css } from 'lit';
import { visuallyHiddenStyles } from '../styles/visually-hidden.styles';

export const styles = css`
  ${visuallyHiddenStyles}
  :host {
    display: grid;
    place-items: center;
    min-height: 100vh;
    min-height: 100dvh;
    touch-action: pan-y pinch-zoom;
  }
  /* Its dialog opens in the top layer; the element itself must not take a row of the grid. */
  ll-deck-help {
    display: contents;
  }
  .black {
    position: fixed;
    inset: 0;
    background: #000;
    z-index: 10;
  }
  .overview {
    position: fixed;
    inset: 0;
    z-index: 5;
    overflow: auto;
    padding: 2rem;
    background: var(--ll-background, #fff);
    color: var(--ll-text, #1a1a1a);
    font-size: 1.25rem;
  }
  .overview h2 {
    margin: 0 0 1rem;
  }
  .overview ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
  }
  .overview button {
    width: 100%;
    min-height: 5rem;
    text-align: left;
    font: inherit;
    padding: 0.75rem 1rem;
    border: 2px solid var(--ll-border, #ccc);
    border-radius: var(--ll-radius, 0.5rem);
    background: var(--ll-surface, #f4f4f4);
    color: inherit;
    cursor: pointer;
  }
  .overview button[aria-current='true'] {
    border-color: var(--ll-accent, #1d5c63);
    border-width: 4px;
  }
  .overview button:focus-visible {
    outline: 3px solid var(--ll-accent, #1d5c63);
    outline-offset: 2px;
  }
  [hidden] {
    display: none !important;
  }
  @media print {
    :host {
      display: block;
      min-height: 0;
    }
    .black,
    .overview,
    .visually-hidden,
    ll-deck-help {
      display: none !important;
    }
  }
`;
