import { css } from 'lit';

export const stappenplanStyles = css`
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    counter-reset: step;
    margin: 0 0 1rem;
    padding: 0;
    font-size: 0.85em;
  }
  .progress li {
    counter-increment: step;
    padding: 0.2rem 0.5rem;
    border: 1px solid var(--ll-border, #ccc);
    border-radius: 1rem;
    background: var(--ll-background, #fff);
  }
  .progress li::before {
    content: counter(step) '. ';
  }
  .progress li.current {
    border: 2px solid var(--ll-accent, #0b5394);
    font-weight: 700;
  }
  .progress li.done::after {
    content: ' ✓';
  }
  .step-title,
  .plan-title {
    font-weight: 700;
    font-size: 1.05em;
  }
  .focus-target:focus {
    outline: none;
  }
  label {
    display: block;
    font-weight: 600;
    margin-top: 0.5rem;
  }
  .plan {
    background: var(--ll-background, #fff);
    padding: 0.75rem;
    border-radius: var(--ll-radius, 0.5rem);
  }
  .plan-step-title {
    font-weight: 700;
    margin-top: 0.75rem;
  }
  .plan-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  @media print {
    :host {
      border: 0;
      background: none;
      padding: 0;
    }
    .progress,
    .no-print,
    .kind {
      display: none;
    }
  }
`;
