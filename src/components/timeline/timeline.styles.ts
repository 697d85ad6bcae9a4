import { css } from 'lit';
import { base, tokens } from '../shared/shared.styles.js';

/** `<practice-timeline>`: the chronology table, its filters and the statutory clocks. */
export const timelineStyles = [
  tokens,
  base,
  css`
    :host {
      --_header-background: var(--practice-timeline-header-background, var(--_surface));
      --_row-border: var(--practice-timeline-row-border, var(--_border));
      --_withheld-background: var(--practice-timeline-withheld-background, var(--_surface));
      --_overdue: var(--practice-timeline-overdue-color, var(--_error));
      --_due: var(--practice-timeline-due-color, var(--_warning));
      --_met: var(--practice-timeline-met-color, var(--_success));
    }

    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 3);
      align-items: center;
      margin-bottom: var(--_space);
    }

    .toggle {
      display: flex;
      align-items: center;
      gap: var(--_space);
      min-height: 44px;
    }

    .toggle input {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--_accent);
    }

    .filter {
      margin: 0;
    }

    .link-button {
      min-height: 24px;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      cursor: pointer;
    }

    .count {
      margin: 0 0 var(--_space);
      color: var(--_text-secondary);
    }

    .table-wrapper {
      overflow-x: auto;
    }

    table {
      width: 100%;
      border-collapse: collapse;
    }

    caption {
      padding-bottom: var(--_space);
      font-weight: 700;
      font-size: 1.125em;
      text-align: left;
    }

    th,
    td {
      padding: var(--_space);
      border-bottom: 1px solid var(--_row-border);
      text-align: left;
      vertical-align: top;
    }

    thead th {
      background: var(--_header-background);
    }

    tbody th {
      font-weight: 400;
    }

    .type {
      display: block;
      font-weight: 700;
    }

    .withheld-row > * {
      background: var(--_withheld-background);
    }

    .status {
      display: inline-block;
      padding-left: var(--_space);
      border-left: 4px solid var(--_border);
    }

    .status--overdue {
      border-left-color: var(--_overdue);
      font-weight: 700;
    }

    .status--due,
    .status--met-late {
      border-left-color: var(--_due);
    }

    .status--met {
      border-left-color: var(--_met);
    }

    .clocks {
      margin-top: calc(var(--_space) * 4);
    }

    .clocks table + table {
      margin-top: calc(var(--_space) * 3);
    }

    .number {
      text-align: right;
    }

    @media (forced-colors: active) {
      .status {
        border-left-color: CanvasText;
      }

      .status--overdue {
        border-left-style: double;
      }

      .link-button {
        color: LinkText;
      }
    }

    @media print {
      .controls {
        display: none;
      }

      .table-wrapper {
        overflow: visible;
      }

      tr {
        break-inside: avoid;
      }

      thead {
        display: table-header-group;
      }
    }
  `,
];
