import { css } from 'lit';

export const schaalvraagStyles = css`
  .prompt {
    font-weight: 600;
  }
  /* 0–10 always on one line, also in a 320 px phone's 260 px: the number is the control. */
  .scale {
    display: grid;
    grid-template-columns: repeat(11, minmax(0, 1fr));
    gap: clamp(2px, 1cqi, 0.35rem);
    margin: 0.5rem 0 0.25rem;
  }
  .point {
    position: relative;
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    border: 1px solid var(--ll-border, #ccc);
    border-radius: 0.25rem;
    background: var(--ll-background, #fff);
    font-variant-numeric: tabular-nums;
    cursor: pointer;
  }
  /* The radio button covers its number: it takes the taps, the keys and the screen reader. */
  .point input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .point:has(input:checked) {
    border: 2px solid var(--ll-accent, #0b5394);
    background: var(--ll-accent, #0b5394);
    color: var(--ll-accent-text, #fff);
    font-weight: 700;
  }
  .point:has(input:focus-visible) {
    outline: 3px solid var(--ll-accent, #0b5394);
    outline-offset: 2px;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    font-size: 0.875em;
    color: var(--ll-muted, #555);
  }
  .follow-up label {
    display: block;
    font-weight: 600;
    margin: 0.75rem 0 0.25rem;
  }
  .hint {
    font-size: 0.875em;
    color: var(--ll-muted, #555);
  }
`;
