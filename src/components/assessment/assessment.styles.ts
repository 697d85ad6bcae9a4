import { css } from 'lit';
import { base, tokens } from '../shared/shared.styles.js';

/** `<practice-assessment>` review mode: GOV.UK-style summary lists, section by section. */
export const assessmentStyles = [
  tokens,
  base,
  css`
    :host {
      --_key-width: var(--practice-assessment-key-width, 40%);
      --_row-border: var(--practice-assessment-row-border, var(--_border));
      --_header-background: var(--practice-assessment-header-background, var(--_surface));
    }

    .summary-list {
      margin: 0 0 calc(var(--_space) * 4);
    }

    .row {
      display: flex;
      flex-wrap: wrap;
      border-bottom: 1px solid var(--_row-border);
    }

    .key,
    .value {
      margin: 0;
      padding: var(--_space) var(--_space) var(--_space) 0;
    }

    .key {
      flex: 0 0 var(--_key-width);
      font-weight: 700;
    }

    .value {
      flex: 1 1 16rem;
      overflow-wrap: anywhere;
    }

    .header {
      padding: 0 var(--_space);
      background: var(--_header-background);
    }

    .header .row:last-child {
      border-bottom: 0;
    }

    .description {
      margin: 0 0 calc(var(--_space) * 2);
      color: var(--_text-secondary);
    }

    .long-text {
      margin: 0;
      white-space: pre-line;
    }

    .plain-list,
    .entries,
    .group-items {
      margin: 0;
      padding-left: calc(var(--_space) * 2.5);
    }

    .entry + .entry,
    .group-item + .group-item {
      margin-top: calc(var(--_space) * 1.5);
    }

    .entry-details {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0 var(--_space);
      margin: calc(var(--_space) / 2) 0 0;
      color: var(--_text-secondary);
      font-size: 0.9375em;
    }

    .entry-details dd {
      margin: 0;
    }

    .group-item-title {
      margin: 0;
      font-weight: 700;
    }

    .nested {
      margin: 0;
    }

    .nested .key {
      font-weight: 400;
    }

    .status {
      display: inline-block;
      margin-left: var(--_space);
      padding-left: var(--_space);
      border-left: 4px solid var(--_border);
    }

    .status--overdue {
      border-left-color: var(--_error);
      font-weight: 700;
    }

    .status--due,
    .status--met-late {
      border-left-color: var(--_warning);
    }

    .status--met {
      border-left-color: var(--_success);
    }

    @media (forced-colors: active) {
      .row {
        border-bottom-color: CanvasText;
      }

      .status {
        border-left-color: CanvasText;
      }
    }

    @media print {
      .section {
        break-inside: auto;
      }

      .row {
        break-inside: avoid;
      }

      .header {
        background: none;
        border: 1px solid #000;
      }
    }
  `,
];
