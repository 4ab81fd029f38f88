import { css } from 'lit';

export const schaalvraagStyles = css`
  .prompt {
    font-weight: 600;
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(11, minmax(0, 1fr));
    gap: 0.25rem;
    margin: 0.5rem 0 0.25rem;
  }
  @container (max-width: 22rem) {
    .scale {
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
  }
  .point {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.15rem;
    padding: 0.3rem 0;
    border: 1px solid var(--ll-border, #ccc);
    border-radius: 0.25rem;
    background: var(--ll-background, #fff);
    cursor: pointer;
  }
  .point:has(input:checked) {
    border: 2px solid var(--ll-accent, #0b5394);
    font-weight: 700;
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
