import { css } from 'lit';
import { base, tokens } from '../shared/shared.styles.js';

/** `<practice-genogram>` text view: people by generation, their relationships and households. */
export const genogramStyles = [
  tokens,
  base,
  css`
    :host {
      --_person-background: var(--practice-genogram-person-background, var(--_background));
      --_person-border: var(--practice-genogram-person-border, var(--_border));
      --_selected-border: var(--practice-genogram-selected-border, var(--_accent));
      --_index-color: var(--practice-genogram-index-color, var(--_accent));
      --_generation-gap: var(--practice-genogram-generation-gap, calc(var(--_space) * 3));
    }

    .generation {
      margin-bottom: var(--_generation-gap);
    }

    .people,
    .households {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: calc(var(--_space) * 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .person,
    .household {
      height: 100%;
      padding: calc(var(--_space) * 1.5);
      border: 1px solid var(--_person-border);
      border-radius: var(--_radius);
      background: var(--_person-background);
    }

    .person--selected {
      border: 3px solid var(--_selected-border);
    }

    .person-button {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: baseline;
      width: 100%;
      min-height: 44px;
      padding: var(--_space);
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_accent);
      font-weight: 700;
      text-align: left;
      cursor: pointer;
    }

    .person-button[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_background);
    }

    .badge {
      display: inline-block;
      padding: 0 calc(var(--_space) / 2);
      border: 1px solid currentColor;
      font-size: 0.875em;
      font-weight: 400;
    }

    .index-marker {
      color: var(--_index-color);
    }

    .person-button[aria-pressed='true'] .index-marker {
      color: inherit;
    }

    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: calc(var(--_space) / 2) var(--_space);
      margin: var(--_space) 0 0;
    }

    dt {
      color: var(--_text-secondary);
    }

    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }

    .status {
      margin: var(--_space) 0 0;
      font-style: italic;
    }

    .clear {
      min-height: 44px;
      margin-bottom: var(--_space);
      padding: var(--_space) calc(var(--_space) * 2);
      border: 2px solid var(--_accent);
      background: var(--_background);
      color: var(--_accent);
      cursor: pointer;
    }

    @media (forced-colors: active) {
      .person-button {
        border-color: ButtonText;
        color: ButtonText;
        background: ButtonFace;
      }

      .person-button[aria-pressed='true'] {
        border-color: Highlight;
        background: Highlight;
        color: HighlightText;
        forced-color-adjust: none;
      }

      .person--selected {
        border-color: Highlight;
      }
    }

    @media print {
      .clear {
        display: none;
      }

      .person-button {
        border: 0;
        padding: 0;
        color: #000;
        background: none;
      }

      .person,
      .household {
        break-inside: avoid;
      }
    }
  `,
];
