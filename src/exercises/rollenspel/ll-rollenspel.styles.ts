import { css } from 'lit';

export const rollenspelStyles = css`
  .dialogue {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .step {
    margin: 0.75rem 0;
  }
  .speaker {
    font-weight: 700;
    font-size: 0.9em;
    margin-bottom: 0;
  }
  .line {
    padding: 0.4rem 0.75rem;
    border-radius: var(--ll-radius, 0.5rem);
    background: var(--ll-background, #fff);
    max-width: 40rem;
  }
  .line.you {
    margin-left: auto;
    border: 1px solid var(--ll-accent, #0b5394);
  }
  .feedback-target:focus {
    outline: none;
  }
  .choices {
    display: grid;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .choices button {
    text-align: left;
  }
  .ending .line {
    border: 2px solid var(--ll-accent, #0b5394);
  }
`;
