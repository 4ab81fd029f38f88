import { css } from 'lit';

export const reflectieStyles = css`
  .question {
    margin: 0.75rem 0;
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .count,
  .hint {
    font-size: 0.875em;
    color: var(--ll-muted, #555);
  }
  /* The "saved" notice appears when the textarea loses focus, often because the participant is
     clicking "Klaar": its line is kept free so the button does not move away under the pointer. */
  .saved {
    min-height: 1.5em;
  }
  .summary:focus {
    outline: none;
  }
  .answer .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    padding: 0.5rem;
    background: var(--ll-background, #fff);
    border-radius: 0.25rem;
  }
  .answer .prompt {
    font-weight: 600;
  }
`;
