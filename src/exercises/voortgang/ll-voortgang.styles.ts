import { css } from 'lit';

export const voortgangStyles = css`
  :host {
    padding: 0.5rem 0.75rem;
  }
  .read {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  button[aria-pressed='true']::before {
    content: '✓ ';
  }
`;
