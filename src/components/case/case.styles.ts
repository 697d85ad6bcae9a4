import { css } from 'lit';
import { base, tokens } from '../shared/shared.styles.js';

/** `<practice-case>`: notices above the slotted views. */
export const caseStyles = [
  tokens,
  base,
  css`
    :host {
      --_gap: var(--practice-case-gap, calc(var(--_space) * 2));
    }

    .notices:empty {
      display: none;
    }

    .notices > * {
      margin-bottom: var(--_gap);
    }
  `,
];
