import { css } from 'lit';

/**
 * `.visually-hidden` inside a shadow root (exercises, the deck): off screen, still read by a screen
 * reader. The page's own rule, `.ll-visually-hidden` in content.css, cannot reach into shadow DOM.
 */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
