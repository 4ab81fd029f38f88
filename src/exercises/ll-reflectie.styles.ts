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
