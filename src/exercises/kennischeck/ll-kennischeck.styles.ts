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
  /* Finished questions and tried choices: marked by a border and a word, never by colour alone. */
  .options li.correct,
  .options li.tried-right {
    outline: 2px solid var(--ll-success, #1e7b34);
  }
  .options li.wrong,
  .options li.tried-wrong {
    outline: 2px dashed var(--ll-danger, #b3261e);
  }
  .finished li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
  }
  .finished .choice {
    flex: none;
    width: 1.1rem;
    text-align: center;
  }
  .finished li.chosen > span:not(.mark) {
    font-weight: 600;
  }
  .finished .feedback {
    flex-basis: 100%;
  }
  .confirm {
    margin-top: 0.75rem;
    padding: 0.75rem;
    border: 2px solid var(--ll-accent, #0b5394);
    border-radius: var(--ll-radius, 0.5rem);
    background: var(--ll-background, #fff);
  }
  .confirm p {
    margin: 0;
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
    display: inline-block;
    font-weight: 600;
    margin-left: 1.6rem;
  }
  .finished .mark {
    flex-basis: 100%;
    margin-left: 0;
    padding-left: 1.6rem;
  }
  .verdict {
    font-weight: 700;
  }
`;
