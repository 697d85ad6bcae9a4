import { css } from 'lit';
import { base, tokens } from '../shared/shared.styles.js';

/**
 * `<practice-timeline>`: the view switcher and filters, the drawing (lane names beside an SVG
 * whose geometry is set by attributes, and whose colours come from here), the tables, the
 * journey summary and the statutory clocks. Lane name heights match the drawing's rows: a row of
 * `n` stacked lines is `n × 24 + 8` pixels (see `frame.ts`).
 */
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
      --_today: var(--practice-timeline-today-color, #d4351c);
      --_k-front: var(--practice-timeline-front-color, #1d70b8);
      --_k-support: var(--practice-timeline-support-color, #00703c);
      --_k-protect: var(--practice-timeline-protect-color, #942514);
      --_k-care: var(--practice-timeline-care-color, #4c2c92);
      --_k-court: var(--practice-timeline-court-color, #6f4b00);
      --_k-life: var(--practice-timeline-life-color, #28676b);
      --_k-agency: var(--practice-timeline-agency-color, #003078);
      --_k-other: var(--practice-timeline-other-color, #505a5f);
      --_label-width: 176px;
    }

    button:not(.link-button):not(.lane-toggle):not(.sort) {
      min-height: 36px;
      padding: 0 calc(var(--_space) * 1.5);
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_accent);
      cursor: pointer;
    }

    button[aria-pressed='true'] {
      background: var(--_accent) !important;
      color: var(--_background) !important;
    }

    button:disabled {
      border-color: var(--_border) !important;
      color: var(--_text-secondary) !important;
      cursor: default !important;
    }

    .views,
    .toolbar,
    .export,
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: end;
    }

    .views {
      margin-bottom: calc(var(--_space) * 2);
    }

    .bar {
      justify-content: space-between;
      margin-bottom: var(--_space);
    }

    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 3);
      align-items: end;
      margin-bottom: var(--_space);
    }

    .field {
      display: flex;
      flex-direction: column;
      gap: 2px;
    }

    .field select,
    .field input {
      min-height: 36px;
      border: 2px solid var(--_text);
      border-radius: var(--_radius);
      font: inherit;
      background: var(--_background);
      color: var(--_text);
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

    .filter,
    .range,
    .help {
      margin: 0;
    }

    .range,
    .help,
    .note {
      color: var(--_text-secondary);
    }

    .help {
      margin-bottom: var(--_space);
      font-size: 0.875em;
    }

    .note {
      display: block;
      font-size: 0.875em;
    }

    .link-button,
    .sort {
      min-height: 24px;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      cursor: pointer;
      font-weight: inherit;
      text-align: left;
    }

    .count {
      margin: 0 0 var(--_space);
      color: var(--_text-secondary);
    }

    /* The drawing ----------------------------------------------------------------------------- */

    .visual {
      display: grid;
      grid-template-columns: var(--_label-width) minmax(0, 1fr);
      border: 1px solid var(--_border);
      font-size: 12px;
    }

    .labels {
      border-right: 1px solid var(--_border);
      background: var(--_background);
    }

    .labels > div {
      display: flex;
      align-items: center;
      padding: 0 var(--_space);
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }

    .label-axis {
      height: 40px;
    }

    .label-age,
    .label-clock {
      height: 24px;
    }

    .label-lane {
      align-items: flex-start !important;
      padding-top: 6px !important;
    }

    .rows-1 {
      height: 32px;
    }
    .rows-2 {
      height: 56px;
    }
    .rows-3 {
      height: 80px;
    }
    .rows-4 {
      height: 104px;
    }
    .depth-1 {
      padding-left: calc(var(--_space) * 3) !important;
    }
    .depth-2,
    .depth-3 {
      padding-left: calc(var(--_space) * 5) !important;
    }

    .lane-toggle {
      min-height: 24px;
      padding: 0 0 0 1.1em;
      border: 0;
      background: none;
      color: var(--_accent);
      font: inherit;
      font-weight: 700;
      cursor: pointer;
      position: relative;
    }

    .lane-toggle::before {
      content: '▾';
      position: absolute;
      left: 0;
    }

    .lane-toggle[aria-expanded='false']::before {
      content: '▸';
    }

    .plot {
      position: relative;
      overflow: hidden;
      /* Panning changes only the drawing: keep its style and layout work inside it. */
      contain: layout paint style;
      touch-action: pan-y;
      cursor: grab;
      user-select: none;
    }

    .canvas {
      display: block;
      font-family: var(--_font-family);
      font-size: 12px;
    }

    .axis-band,
    .age-band {
      fill: var(--_surface);
    }

    .lane-band {
      fill: var(--_background);
    }

    .lane-band.odd,
    .clock-band {
      fill: var(--_surface);
      fill-opacity: 0.5;
    }

    .tick {
      stroke: var(--_border);
      stroke-width: 1px;
    }

    .tick.major {
      stroke-opacity: 0.6;
    }

    .tick-label,
    .age-label,
    .mark-label {
      fill: var(--_text);
    }

    .age-label {
      fill: var(--_text-secondary);
    }

    .mark {
      stroke: var(--_background);
      stroke-width: 1.5px;
      cursor: pointer;
    }

    .mark:focus,
    .badge:focus {
      outline: none;
    }

    .mark:focus-visible {
      stroke: var(--_focus-text);
      stroke-width: 3px;
    }

    .badge:focus-visible {
      stroke: var(--_focus-text);
      fill: var(--_focus);
    }

    .mark.significant.point {
      stroke: var(--_text);
    }

    .k-front {
      fill: var(--_k-front);
    }
    .k-support {
      fill: var(--_k-support);
    }
    .k-protect {
      fill: var(--_k-protect);
    }
    .k-care {
      fill: var(--_k-care);
    }
    .k-court {
      fill: var(--_k-court);
    }
    .k-life {
      fill: var(--_k-life);
    }
    .k-agency {
      fill: var(--_k-agency);
    }
    .k-other {
      fill: var(--_k-other);
    }
    .k-withheld {
      fill: var(--_withheld-background);
      stroke: var(--_text-secondary);
      stroke-dasharray: 3 2;
    }

    .fuzzy {
      fill: var(--_text-secondary);
      fill-opacity: 0.18;
      stroke: var(--_text-secondary);
      stroke-dasharray: 2 2;
      stroke-width: 1px;
    }

    /* A badge is one text element painted over a thick, rounded outline of itself. */
    .badge {
      cursor: pointer;
      fill: var(--_background);
      stroke: var(--_text);
      stroke-width: 15px;
      stroke-linejoin: round;
      paint-order: stroke;
      font-weight: 700;
    }

    .badge.more {
      stroke: var(--_text-secondary);
    }

    .badge-swatch {
      fill: var(--_text);
    }

    .on-bar {
      fill: var(--_background);
    }

    .clock {
      stroke-width: 1.5px;
    }

    .clock.met {
      fill: var(--_met);
      stroke: var(--_met);
    }

    .clock.met-late,
    .clock.due {
      fill: var(--_due);
      stroke: var(--_due);
    }

    .clock.due,
    .clock.upcoming {
      fill: var(--_background);
    }

    .clock.upcoming {
      stroke: var(--_text-secondary);
    }

    .clock.overdue {
      fill: var(--_overdue);
      stroke: var(--_overdue);
    }

    .late {
      stroke-width: 2px;
    }

    .late.overdue {
      stroke: var(--_overdue);
      stroke-dasharray: 4 3;
    }

    .late.met-late {
      stroke: var(--_due);
    }

    .restart {
      fill: none;
      stroke: var(--_text);
      stroke-width: 1.5px;
    }

    .proceedings .target {
      fill: none;
      stroke: var(--_k-court);
      stroke-width: 1.5px;
      stroke-dasharray: 4 2;
    }

    .proceedings .elapsed {
      fill: var(--_k-court);
    }

    .proceedings .over {
      fill: var(--_overdue);
    }

    /* The court's extension: a dotted outline after the due date, and a bar at its new end. */
    .extension {
      fill: none;
      stroke: var(--_due);
      stroke-width: 1.5px;
      stroke-dasharray: 1.5 2;
    }

    .proceedings .extended {
      fill: var(--_due);
    }

    .extended-due {
      stroke: var(--_text);
      stroke-width: 2px;
    }

    .today line {
      stroke: var(--_today);
      stroke-width: 2px;
    }

    .today text {
      fill: var(--_today);
      font-weight: 700;
    }

    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 2);
      margin: var(--_space) 0 0;
      padding: 0;
      list-style: none;
      font-size: 0.875em;
    }

    .legend li {
      display: flex;
      align-items: center;
      gap: 4px;
    }

    /* Tables, summary, details ---------------------------------------------------------------- */

    .table-wrapper {
      overflow-x: auto;
    }

    /* Below the drawing, the browser lays these out and paints them only once they come near the
       screen (they stay in the accessibility tree and are found by find-in-page meanwhile). */
    .table-wrapper,
    .clocks,
    .summary {
      content-visibility: auto;
      contain-intrinsic-size: auto 1000px;
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
      overflow-wrap: anywhere;
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

    .cell-text {
      margin: 0 0 var(--_space);
      white-space: pre-line;
    }

    .withheld-row > * {
      background: var(--_withheld-background);
    }

    .pager {
      display: flex;
      gap: var(--_space);
      align-items: center;
      margin-top: var(--_space);
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

    .clocks,
    .summary {
      margin-top: calc(var(--_space) * 4);
    }

    .clocks .table-wrapper + .table-wrapper,
    .late-clocks {
      margin-top: calc(var(--_space) * 3);
    }

    .late-clocks summary {
      min-height: 24px;
      margin-bottom: var(--_space);
      cursor: pointer;
      color: var(--_accent);
      text-decoration: underline;
    }

    .summary dl,
    .details dl {
      margin: 0;
    }

    .summary dl > div,
    .details dl > div {
      padding: var(--_space) 0;
      border-bottom: 1px solid var(--_row-border);
    }

    dt {
      font-weight: 700;
    }

    dd {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-line;
    }

    .number {
      text-align: right;
    }

    .details {
      max-width: min(40rem, 90vw);
      border: 2px solid var(--_text);
      color: var(--_text);
      background: var(--_background);
    }

    .details :is(h3, h4, h5, h6) {
      margin-top: 0;
    }

    .details ul {
      padding-left: calc(var(--_space) * 3);
      overflow-wrap: anywhere;
    }

    .dialog-actions {
      margin-top: calc(var(--_space) * 2);
    }

    @media (forced-colors: active) {
      .status {
        border-left-color: CanvasText;
      }

      .status--overdue {
        border-left-style: double;
      }

      .link-button,
      .sort,
      .lane-toggle,
      .late-clocks summary {
        color: LinkText;
      }

      .mark,
      .clock,
      .fuzzy,
      .proceedings rect,
      .proceedings .extended {
        fill: Canvas;
        stroke: CanvasText;
      }

      .extension,
      .extended-due {
        stroke: CanvasText;
      }

      .mark.significant,
      .clock.overdue,
      .clock.met,
      .proceedings .elapsed,
      .proceedings .over {
        fill: CanvasText;
      }

      .badge,
      .badge.more {
        fill: Canvas;
        stroke: CanvasText;
      }

      button[aria-pressed='true'] {
        background: Highlight !important;
        color: HighlightText !important;
        forced-color-adjust: none;
      }

      .mark-label,
      .tick-label,
      .age-label,
      .today text {
        fill: CanvasText;
      }

      .tick,
      .late,
      .restart,
      .today line {
        stroke: CanvasText;
      }

      .mark:focus-visible,
      .badge:focus-visible {
        stroke: Highlight;
      }
    }

    @media print {
      .views,
      .controls,
      .bar,
      .help,
      .legend,
      .pager,
      .details,
      .visual,
      .range {
        display: none;
      }

      .table-wrapper {
        overflow: visible;
      }

      .table-wrapper,
      .clocks,
      .summary {
        content-visibility: visible;
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
