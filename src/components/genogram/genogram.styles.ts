import { css } from 'lit';
import { base, tokens } from '../shared/shared.styles.js';

/**
 * `<practice-genogram>`: the tools, the drawing (themed over its presentation attributes), the
 * legend, the details dialog, and the text view of people by generation and households.
 */
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
      --_line: var(--practice-genogram-line-color, var(--_text));
      --_height: var(--practice-genogram-height, 30rem);
    }

    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin-bottom: var(--_space);
    }

    .tools button,
    .details button,
    .pagination button {
      min-width: 44px;
      min-height: 44px;
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_accent);
      cursor: pointer;
    }

    .tools button:disabled {
      border-color: var(--_border);
      color: var(--_text-secondary);
      cursor: not-allowed;
    }

    .details button.primary {
      background: var(--_accent);
      color: var(--_background);
    }

    .figure {
      margin: 0 0 calc(var(--_space) * 3);
    }

    .frame {
      height: var(--_height);
      overflow: hidden;
      border: 1px solid var(--_border);
      background: var(--_person-background);
    }

    .diagram {
      display: block;
      width: 100%;
      height: 100%;
      color: var(--_line);
      touch-action: none;
      user-select: none;
      /* Pan and zoom gestures move the painted drawing; it is drawn afresh when they end. */
      transform-origin: 0 0;
      will-change: transform;
    }

    .diagram .node {
      fill: var(--_person-background);
      cursor: pointer;
    }

    .diagram .node[aria-pressed='true'] {
      color: var(--_selected-border);
      stroke-width: 4;
    }

    .diagram .labels {
      stroke: var(--_person-background);
    }

    /* Text too small to read is not drawn: far out, no labels; half way, names only. */
    .diagram[data-zoom='far'] :is(.labels, .couple-years, .emotional text),
    .diagram[data-zoom='mid'] .labels .detail {
      display: none;
    }

    /* Cards off screen are not laid out or painted until they scroll near. */
    .people > li {
      content-visibility: auto;
      contain-intrinsic-size: auto 12rem;
    }

    .diagram [data-key]:focus {
      outline: none;
    }

    .diagram [data-key]:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 4px;
    }

    .diagram .couple:focus-visible {
      stroke-width: 5;
    }

    .help {
      margin: var(--_space) 0;
      color: var(--_text-secondary);
    }

    .legend-title {
      margin: var(--_space) 0 0;
      font-weight: 700;
    }

    .legend ul {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 3);
      margin: var(--_space) 0 0;
      padding: 0;
      list-style: none;
    }

    .legend li {
      display: flex;
      gap: var(--_space);
      align-items: center;
    }

    .legend svg {
      flex: none;
      color: var(--_line);
    }

    .details {
      width: min(40rem, calc(100vw - 2rem));
      max-height: calc(100vh - 2rem);
      padding: calc(var(--_space) * 3);
      border: 2px solid var(--_text);
      background: var(--_background);
      color: var(--_text);
    }

    .details::backdrop {
      background: rgb(0 0 0 / 40%);
    }

    .details :is(h3, h4, h5, h6) {
      margin-top: 0;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin-top: calc(var(--_space) * 2);
    }

    .relationship-list {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .relationship-list li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
      margin-bottom: var(--_space);
    }

    .list-title {
      margin: calc(var(--_space) * 2) 0 var(--_space);
      font-weight: 700;
    }

    .field {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
      margin-bottom: calc(var(--_space) * 2);
    }

    .field label {
      font-weight: 700;
    }

    .hint {
      color: var(--_text-secondary);
    }

    .field input,
    .field select {
      min-height: 44px;
      padding: var(--_space);
      border: 2px solid var(--_text);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_text);
      font: inherit;
    }

    .generation {
      margin-bottom: var(--_generation-gap);
    }

    /* The text view of a family larger than a page: "Find a person", the count, pagination. */
    .text-search {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
      max-width: 30rem;
      margin-bottom: calc(var(--_space) * 2);
    }

    .text-search label {
      font-weight: 700;
    }

    .text-search .hint {
      margin: 0;
    }

    .text-search input {
      min-height: 44px;
      padding: var(--_space);
      border: 2px solid var(--_text);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_text);
      font: inherit;
    }

    .text-search input:focus-visible,
    .pagination button:focus-visible,
    .result-count:focus {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }

    .result-count {
      margin: 0 0 calc(var(--_space) * 2);
      font-weight: 700;
    }

    .pagination,
    .pagination-list {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }

    .pagination {
      align-items: center;
      margin: 0 0 var(--_generation-gap);
    }

    .pagination-list {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .pagination button[aria-current='page'] {
      background: var(--_accent);
      color: var(--_background);
      font-weight: 700;
    }

    .pagination-gap {
      align-self: center;
      padding: 0 calc(var(--_space) / 2);
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
      /* A long term ("Relationship to Tyler Carver") wraps rather than squeeze its value. */
      grid-template-columns: fit-content(50%) 1fr;
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
      .frame,
      .legend svg {
        color: CanvasText;
        background: Canvas;
      }

      .diagram {
        color: CanvasText;
      }

      .diagram .node {
        fill: Canvas;
      }

      .diagram .labels {
        stroke: Canvas;
      }

      .diagram .node[aria-pressed='true'] {
        color: Highlight;
      }

      .tools button,
      .details button {
        border-color: ButtonText;
        color: ButtonText;
        background: ButtonFace;
      }

      .tools button:disabled {
        border-color: GrayText;
        color: GrayText;
      }

      .person-button,
      .pagination button {
        border-color: ButtonText;
        color: ButtonText;
        background: ButtonFace;
      }

      .pagination button[aria-current='page'] {
        border-color: Highlight;
        background: Highlight;
        color: HighlightText;
        forced-color-adjust: none;
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
      /* The text view lists everyone on paper: the filter, counts and pages are for screens. */
      .clear,
      .tools,
      .help,
      .details,
      .layout-notice,
      .text-search,
      .result-count,
      .pagination {
        display: none;
      }

      .frame {
        height: auto;
        border: 0;
        background: none;
      }

      .diagram {
        height: auto;
        max-height: 95vh;
        color: #000;
        will-change: auto;
      }

      .diagram .node {
        fill: #fff;
      }

      .diagram .labels {
        stroke: #fff;
      }

      .diagram .node[aria-pressed='true'] {
        color: #000;
        stroke-width: 2;
      }

      .figure {
        break-after: page;
      }

      .diagram[data-zoom] :is(.labels, .couple-years, .emotional text, .labels .detail) {
        display: inline;
      }

      .people > li {
        content-visibility: visible;
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
