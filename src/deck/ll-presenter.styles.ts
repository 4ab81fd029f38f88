import { css } from 'lit';

/*
 * One laptop screen, as PowerPoint's presenter view: the bar with the controls, clock and timer on
 * top; the current slide as large as fits, with the agenda block below it; the next slide and the
 * notes, which scroll in their own pane, on the right. The page itself never scrolls (presenter.css
 * gives the element the height of the window). Narrow or very low windows fall back to one column.
 */
export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    font-size: 1rem;
  }
  .bar {
    flex: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.3rem 0;
    border-bottom: 1px solid var(--ll-border, #ccc);
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    align-items: center;
  }
  .time {
    font-variant-numeric: tabular-nums;
    font-size: 1.4rem;
    font-weight: 700;
  }
  button {
    font: inherit;
    font-size: 0.95rem;
    padding: 0.25rem 0.65rem;
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
  button:disabled {
    cursor: default;
    border-color: var(--ll-border, #ccc);
    color: var(--ll-muted, #555);
  }
  button:focus-visible,
  .notes-scroll:focus-visible {
    outline: 3px solid var(--ll-accent, #1d5c63);
    outline-offset: 2px;
  }
  .grid {
    display: grid;
    gap: 0.75rem;
    padding-top: 0.5rem;
    grid-template-columns: minmax(0, 1fr);
  }
  h2 {
    font-size: 0.85rem;
    margin: 0 0 0.3rem;
    color: var(--ll-muted, #555);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .notes-head {
    display: flex;
    gap: 0.35rem;
    align-items: center;
    margin-bottom: 0.3rem;
  }
  .notes-head h2 {
    margin: 0 auto 0 0;
  }
  .notes-head button {
    min-width: 2.75rem;
    padding: 0.1rem 0.4rem;
  }
  .notes-scroll {
    font-size: var(--ll-notes-size, 1.15rem);
    line-height: 1.5;
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0.25rem 0.75rem 0.5rem 0;
  }
  .end {
    aspect-ratio: 16 / 9;
    display: grid;
    place-items: center;
    margin: 0;
    border: 1px dashed var(--ll-border, #ccc);
  }
  .current-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 0.3rem;
  }
  .current-head h2 {
    margin: 0;
  }
  .timer button {
    font-size: 0.85rem;
    padding: 0.1rem 0.45rem;
  }
  .timer .time {
    font-size: 1.25rem;
  }
  .pace h2,
  .pace .block-title {
    display: inline;
    margin: 0 0.6rem 0 0;
  }
  .pace .line {
    margin: 0.15rem 0 0;
  }
  .pace .line > * {
    margin-right: 0.8rem;
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
  .overview {
    position: fixed;
    inset: 0;
    z-index: 5;
    overflow: auto;
    padding: 1rem 1.5rem 2rem;
    background: var(--ll-background, #fff);
    color: var(--ll-text, #1a1a1a);
  }
  .overview-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
  }
  .overview-head h2 {
    font-size: 1.25rem;
    text-transform: none;
    letter-spacing: 0;
    color: inherit;
  }
  ll-deck-help {
    display: contents;
  }
  [hidden] {
    display: none !important;
  }

  /* A laptop screen: everything in view at once. */
  @media (min-width: 56rem) and (min-height: 30rem) {
    :host {
      height: 100%;
    }
    .grid {
      flex: 1;
      min-height: 0;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      grid-template-rows: auto minmax(0, 1fr) auto;
      grid-template-areas: 'current next' 'current notes' 'pace notes';
    }
    .current {
      grid-area: current;
      display: flex;
      flex-direction: column;
      min-height: 0;
    }
    /* The current slide takes the largest 16:9 box that fits (presenter.css sizes it from this container). */
    .current .stage {
      flex: 1;
      min-height: 0;
      container-type: size;
      display: flex;
      justify-content: center;
      align-items: flex-start;
    }
    .next {
      grid-area: next;
    }
    .pace {
      grid-area: pace;
      padding: 0.4rem 0.6rem;
      border-radius: 0.35rem;
      background: var(--ll-surface, #f4f4f4);
    }
    .notes {
      grid-area: notes;
      display: flex;
      flex-direction: column;
      min-height: 0;
      border-top: 1px solid var(--ll-border, #ccc);
      padding-top: 0.4rem;
    }
    .notes-scroll {
      flex: 1;
      min-height: 0;
    }
  }
`;
