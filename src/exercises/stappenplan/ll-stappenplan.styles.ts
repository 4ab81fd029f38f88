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
  .print-only {
    display: none;
  }
  .save {
    margin-top: 0.75rem;
    font-size: 0.95em;
  }
  .save summary {
    cursor: pointer;
    color: var(--ll-accent, #0b5394);
    text-decoration: underline;
    width: fit-content;
  }
  .save-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin-top: 0.25rem;
  }
  button.link {
    background: none;
    border: none;
    padding: 0.35em 0;
    color: var(--ll-accent, #0b5394);
    text-decoration: underline;
  }
  @media print {
    :host {
      border: 0;
      background: none;
      padding: 0;
      margin: 0;
    }
    .progress,
    .no-print,
    .kind {
      display: none;
    }
    /* Printed alone, the plan carries its own title (once) and lines for name and date. */
    :host([data-printing]) .title,
    :host([data-printing]) .intro {
      display: none;
    }
    :host([data-printing]) .plan {
      padding: 0;
      font-size: 11pt;
      line-height: 1.4;
    }
    :host([data-printing]) .plan-title {
      font-size: 16pt;
      font-weight: 700;
      margin: 0 0 0.5rem;
    }
    :host([data-printing]) .print-only {
      display: flex;
      gap: 0.5rem;
      align-items: baseline;
      margin: 0 0 0.75rem;
    }
    .blank {
      flex: 1;
      border-bottom: 1px solid #555;
    }
    .blank.short {
      flex: 0 0 9rem;
    }
    .plan-step {
      break-inside: avoid;
    }
    .plan-step-title {
      margin: 0.6rem 0 0.1rem;
    }
    .plan-text {
      margin: 0;
    }
  }
`;
