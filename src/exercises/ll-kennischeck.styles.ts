import { css } from 'lit';

export const kennischeckStyles = css`
  .question {
    padding: 0.75rem 0;
    border-top: 1px solid var(--ll-border, #ccc);
  }
  .number {
    display: block;
    font-size: 0.85em;
    color: var(--ll-muted, #555);
  }
  .hint {
    font-style: italic;
  }
  .options {
    list-style: none;
    margin: 0.5rem 0;
    padding: 0;
  }
  .options li {
    margin: 0.35rem 0;
    padding: 0.25rem 0.4rem;
    border-radius: 0.25rem;
  }
  .options li.correct {
    outline: 2px solid #1e7b34;
  }
  .options li.wrong {
    outline: 2px dashed #b3261e;
  }
  label {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    cursor: pointer;
  }
  input {
    width: 1.1rem;
    height: 1.1rem;
    flex: none;
  }
  .mark {
    font-weight: 600;
    margin-left: 1.6rem;
  }
  .verdict {
    font-weight: 700;
  }
`;
