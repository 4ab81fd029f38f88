import { css } from 'lit';
import { visuallyHiddenStyles } from '../../styles/visually-hidden.styles';

/** Styles every exercise shares; themed only through --ll-* custom properties. */
export const exerciseStyles = css`
  ${visuallyHiddenStyles}
  :host {
    display: block;
    container-type: inline-size;
    margin: 1.5rem 0;
    padding: clamp(0.75rem, 3cqi, 1.25rem);
    border: 1px solid var(--ll-border, #ccc);
    border-radius: var(--ll-radius, 0.5rem);
    background: var(--ll-surface, #f6f6f6);
    color: var(--ll-text, #1a1a1a);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  .title {
    font-weight: 700;
    font-size: 1.1em;
    margin: 0 0 0.5rem;
  }
  .kind {
    display: block;
    font-size: 0.8em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--ll-muted, #555);
  }
  fieldset {
    border: 0;
    margin: 0 0 1rem;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.5rem;
  }
  button {
    font: inherit;
    padding: 0.45em 1em;
    border-radius: var(--ll-radius, 0.5rem);
    border: 2px solid var(--ll-accent, #0b5394);
    background: var(--ll-accent, #0b5394);
    color: var(--ll-accent-text, #fff);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--ll-accent, #0b5394);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--ll-accent, #0b5394);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  .feedback {
    border-left: 4px solid var(--ll-accent, #0b5394);
    padding: 0.25rem 0.75rem;
    margin: 0.5rem 0;
    background: var(--ll-background, #fff);
  }
  .status {
    font-weight: 600;
  }
  .not-in-lms {
    border-left: 4px solid var(--ll-text, #1a1a1a);
    padding: 0.25rem 0.75rem;
    margin: 0.5rem 0;
  }
  textarea,
  input[type='text'],
  select {
    font: inherit;
    color: inherit;
    background: var(--ll-background, #fff);
    border: 1px solid var(--ll-text, #1a1a1a);
    border-radius: 0.25rem;
    padding: 0.4em;
    max-width: 100%;
  }
  textarea {
    width: 100%;
    min-height: 6em;
    resize: vertical;
  }
  p {
    margin: 0.4rem 0;
  }
  a {
    color: var(--ll-accent, #0b5394);
  }
  progress {
    width: 100%;
    accent-color: var(--ll-accent, #0b5394);
  }
  /* Text written to parts a course update removed (renderEarlier in exercise-element.ts). */
  .earlier {
    margin-top: 1rem;
    padding: 0.75rem;
    border: 1px dashed var(--ll-muted, #555);
    border-radius: 0.25rem;
  }
  .earlier-title {
    font-weight: 600;
    margin: 0;
  }
  .earlier-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    padding: 0.5rem;
    background: var(--ll-background, #fff);
    border-radius: 0.25rem;
  }
  /* In place of an exercise whose markup is wrong (see author-errors.ts). */
  .author-error {
    border-left: 4px solid #b3261e;
    padding-left: 0.75rem;
  }
  .author-error code {
    font-weight: 700;
  }
`;

/**
 * A table of rows the participant fills in (the Netwerkcirkel's people, the scan's domains).
 * In a narrow container (a phone, a slide column) each row becomes a small card and the header
 * is hidden but still read out; an exercise sets the card's columns on `tr` itself.
 */
export const cardTableStyles = css`
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
      grid-template-columns: minmax(0, 1fr);
      border-bottom: 1px solid var(--ll-border, #ccc);
    }
    th,
    td {
      border: 0;
      padding: 0;
    }
  }
`;
