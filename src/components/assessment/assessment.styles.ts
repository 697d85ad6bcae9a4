import { css } from 'lit';
import { base, tokens } from '../shared/shared.styles.js';

/**
 * `<practice-assessment>`: GOV.UK-style form fields, error summary, task list, summary lists for
 * review, and print rules (no controls, a page break between sections). Headings that take focus
 * when the worker moves between sections show no focus ring (GOV.UK does the same). What is off
 * screen is skipped by rendering (`content-visibility: auto`): each question of a short section,
 * and each block of questions of a long one, so a form of 1,000 questions styles and lays out a few
 * dozen boxes when it opens and a keystroke costs about what it costs in a form of 10. The padding
 * around each skipped box leaves room for focus rings, which paint containment would otherwise
 * clip. Comments stay out of the CSS itself: they would ship in the bundle.
 */
export const assessmentStyles = [
  tokens,
  base,
  css`
    :host {
      --_key-width: var(--practice-assessment-key-width, 40%);
      --_row-border: var(--practice-assessment-row-border, var(--_border));
      --_header-background: var(--practice-assessment-header-background, var(--_surface));
      --_nav-width: var(--practice-assessment-nav-width, 16rem);
      --_field-border: var(--practice-assessment-field-border, var(--_text));
      --_button: var(--practice-assessment-button-background, var(--_success));
    }

    .layout--nav {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 4);
      align-items: flex-start;
    }

    .layout--nav > .section-nav {
      flex: 1 1 var(--_nav-width);
      max-width: 100%;
    }

    .layout--nav > .section {
      flex: 999 1 30rem;
      min-width: 0;
    }

    .section-fields {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }

    [tabindex='-1']:is(h2, h3, h4, h5, h6):focus {
      outline: none;
      box-shadow: none;
    }

    .description {
      margin: 0 0 calc(var(--_space) * 2);
      color: var(--_text-secondary);
    }

    .notice {
      margin: 0 0 calc(var(--_space) * 2);
      padding: var(--_space) calc(var(--_space) * 2);
      border-left: 6px solid var(--_accent);
      background: var(--_surface);
    }

    .task-list {
      margin: 0;
      padding: 0;
      list-style: none;
      border-top: 1px solid var(--_border);
    }

    .task {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2) var(--_space);
      justify-content: space-between;
      align-items: center;
      padding: var(--_space) 0;
      border-bottom: 1px solid var(--_border);
    }

    .task-link {
      min-height: 1.5rem;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      text-align: left;
      text-decoration: underline;
      cursor: pointer;
    }

    .task-link[aria-current] {
      color: var(--_text);
      font-weight: 700;
      text-decoration: none;
    }

    .tag {
      padding: 0 calc(var(--_space) / 2);
      border: 1px solid currentColor;
      font-size: 0.875em;
      white-space: nowrap;
    }

    .tag--complete {
      color: var(--_success);
    }

    .tag--error {
      color: var(--_error);
      font-weight: 700;
    }

    .tag--started,
    .tag--not-started {
      color: var(--_text-secondary);
    }

    .pagination {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--_space);
      margin-top: calc(var(--_space) * 3);
    }

    .question {
      margin: 0 0 calc(var(--_space) * 4);
      padding: 0;
      border: 0;
      min-width: 0;
    }

    .question-block {
      content-visibility: auto;
      contain-intrinsic-size: auto 140rem;
      margin: 0 -0.75rem;
      padding: 0 0.75rem;
    }

    .questions > :is(.question, .content-block) {
      content-visibility: auto;
      contain-intrinsic-size: auto 6rem;
    }

    .questions > .question {
      margin: 0 -0.75rem calc(var(--_space) * 4 - 1.5rem);
      padding: 0.75rem;
    }

    .questions > fieldset.question {
      padding-top: 0;
    }

    .questions > fieldset.question > legend {
      padding-top: 0.75rem;
    }

    .questions > .question--error {
      padding-left: calc(var(--_space) * 2);
      margin-left: 0;
    }

    .question .question {
      margin-bottom: calc(var(--_space) * 2.5);
    }

    .question--error {
      padding-left: calc(var(--_space) * 2);
      border-left: 5px solid var(--_error);
    }

    .label {
      display: block;
      margin: 0 0 calc(var(--_space) / 2);
      padding: 0;
      font-weight: 700;
      overflow-wrap: anywhere;
    }

    .label--small,
    .item-label,
    .rater-label {
      font-weight: 700;
      font-size: 0.9375em;
    }

    .hint {
      margin: 0 0 var(--_space);
      color: var(--_text-secondary);
    }

    .error-message {
      display: block;
      margin: 0 0 var(--_space);
      color: var(--_error);
      font-weight: 700;
    }

    .error-line {
      display: block;
    }

    .input,
    .textarea,
    .select {
      display: block;
      max-width: 100%;
      min-height: 2.5rem;
      padding: calc(var(--_space) / 2);
      border: 2px solid var(--_field-border);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_text);
      font: inherit;
    }

    .input,
    .textarea {
      width: 100%;
    }

    .textarea {
      resize: vertical;
    }

    .select {
      min-width: min(16rem, 100%);
    }

    .input--number {
      width: 8em;
    }

    .input--short {
      width: 3.5em;
    }

    .input--year {
      width: 5em;
    }

    [aria-invalid='true'] {
      border-color: var(--_error);
    }

    .with-suffix {
      display: inline-flex;
      align-items: center;
      gap: var(--_space);
    }

    .date-input {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
    }

    .date-item {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 4);
      font-size: 0.9375em;
    }

    .choices {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
    }

    .choices--inline {
      flex-direction: row;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 3);
    }

    .choice {
      display: flex;
      gap: var(--_space);
      align-items: flex-start;
      cursor: pointer;
    }

    .choice input,
    .scale-point input {
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--_text);
    }

    .choice-group {
      margin: var(--_space) 0 0;
      font-weight: 700;
    }

    .content-block {
      margin: 0 0 calc(var(--_space) * 3);
    }

    .content-label {
      margin: 0;
      font-weight: 700;
    }

    .content-body {
      margin: calc(var(--_space) / 2) 0 0;
      white-space: pre-line;
    }

    .guidance,
    .citations {
      margin: 0 0 var(--_space);
    }

    .guidance summary,
    .citations summary,
    .history summary {
      color: var(--_accent);
      text-decoration: underline;
      cursor: pointer;
    }

    .guidance p {
      margin: var(--_space) 0 0;
      padding-left: calc(var(--_space) * 2);
      border-left: 4px solid var(--_border);
      white-space: pre-line;
    }

    .citation-list {
      margin: var(--_space) 0 0;
      padding: 0 0 0 calc(var(--_space) * 2);
      border: 0;
      border-left: 4px solid var(--_border);
    }

    .citation-list .choice + .choice {
      margin-top: calc(var(--_space) / 2);
    }

    .comment {
      margin: 0 0 var(--_space);
      padding: var(--_space) calc(var(--_space) * 2);
      border-left: 6px solid var(--_warning);
      background: var(--_surface);
    }

    .comment p {
      margin: 0 0 calc(var(--_space) / 2);
    }

    .comment-meta {
      font-weight: 700;
    }

    .anchors {
      margin: 0 0 var(--_space);
      padding-left: calc(var(--_space) * 2.5);
      color: var(--_text-secondary);
    }

    .rater {
      margin: 0 0 calc(var(--_space) * 1.5);
      padding: 0;
      border: 0;
      min-width: 0;
    }

    .scale {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2) var(--_space);
    }

    .scale-point {
      display: inline-flex;
      flex-direction: column;
      align-items: center;
      min-width: 2rem;
      cursor: pointer;
    }

    .group-item {
      margin: 0 0 calc(var(--_space) * 2);
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
      border: 1px solid var(--_border);
      min-width: 0;
    }

    .entry-field {
      margin: 0 0 calc(var(--_space) * 1.5);
      padding: 0;
      border: 0;
      min-width: 0;
    }

    .button {
      display: inline-block;
      min-height: 2.5rem;
      margin: 0 var(--_space) var(--_space) 0;
      padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
      border: 2px solid transparent;
      border-radius: var(--_radius);
      box-shadow: 0 2px 0 var(--_text);
      background: var(--_button);
      color: var(--_background);
      font-weight: 700;
      cursor: pointer;
    }

    .button--secondary {
      background: var(--_surface);
      color: var(--_text);
    }

    .button--small {
      min-height: 2rem;
      font-size: 0.875em;
    }

    .button--link {
      min-height: 1.5rem;
      padding: 0;
      border: 0;
      box-shadow: none;
      background: none;
      color: var(--_accent);
      font-weight: 400;
      text-decoration: underline;
    }

    .button:disabled {
      opacity: 0.5;
      cursor: not-allowed;
    }

    .button-group {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
    }

    .error-summary {
      margin: 0 0 calc(var(--_space) * 4);
      padding: calc(var(--_space) * 2);
      border: 5px solid var(--_error);
    }

    .error-summary :is(h2, h3, h4, h5, h6) {
      margin-top: 0;
    }

    .error-list {
      margin: 0;
      padding-left: 0;
      list-style: none;
    }

    .error-list li + li {
      margin-top: var(--_space);
    }

    .error-list a {
      color: var(--_error);
      font-weight: 700;
      overflow-wrap: anywhere;
    }

    .save-status {
      margin: calc(var(--_space) * -2) 0 calc(var(--_space) * 3);
      color: var(--_text-secondary);
    }

    .save-status:empty {
      display: none;
    }

    .lifecycle,
    .previous-version {
      margin: calc(var(--_space) * 4) 0 0;
      padding: calc(var(--_space) * 2);
      border: 1px solid var(--_border);
    }

    .previous-version {
      margin: 0 0 calc(var(--_space) * 4);
      border-left: 6px solid var(--_warning);
    }

    .lifecycle :is(h2, h3, h4, h5, h6),
    .previous-version :is(h2, h3, h4, h5, h6) {
      margin-top: 0;
    }

    .comment-form {
      margin: 0 0 calc(var(--_space) * 2);
      padding: 0;
      border: 0;
    }

    .history ol {
      margin: var(--_space) 0 0;
      padding-left: calc(var(--_space) * 3);
    }

    .history-reason,
    .previous-meta {
      color: var(--_text-secondary);
      font-weight: 400;
    }

    .previous-meta {
      display: block;
      font-size: 0.875em;
    }

    .lifecycle-message {
      font-weight: 700;
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
      overflow-wrap: anywhere;
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

    .long-text {
      margin: 0;
      white-space: pre-line;
    }

    .cites {
      margin: var(--_space) 0 0;
      color: var(--_text-secondary);
    }

    .disputes {
      margin-top: calc(var(--_space) * 2);
    }

    .dispute-list {
      margin: 0 0 var(--_space);
    }

    .dispute {
      margin: var(--_space) 0 0;
      padding-left: calc(var(--_space) * 2);
      border-left: 4px solid var(--_border);
    }

    .dispute p {
      margin: 0 0 calc(var(--_space) / 2);
    }

    .dispute-toggle {
      margin-top: var(--_space);
    }

    .dispute-editor {
      margin-top: var(--_space);
    }

    .plain-list,
    .entries,
    .group-items {
      margin: 0;
      padding-left: calc(var(--_space) * 2.5);
    }

    .entry + .entry,
    .group-items > .group-item + .group-item {
      margin-top: calc(var(--_space) * 1.5);
    }

    .group-items > .group-item {
      margin: 0;
      padding: 0;
      border: 0;
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

    .mode-print .section + .section {
      break-before: page;
    }

    @media (forced-colors: active) {
      .row,
      .task,
      .task-list {
        border-color: CanvasText;
      }

      .status,
      .question--error,
      .comment,
      .dispute,
      .notice,
      .previous-version {
        border-left-color: CanvasText;
      }

      .error-summary,
      .group-item,
      .lifecycle,
      .tag {
        border-color: CanvasText;
      }

      .input,
      .textarea,
      .select,
      [aria-invalid='true'] {
        border-color: FieldText;
      }

      .button {
        border-color: ButtonText;
      }

      .task-link,
      .button--link,
      .error-list a {
        color: LinkText;
      }
    }

    @media print {
      .section-nav,
      .pagination,
      .button,
      .lifecycle,
      .save-status,
      .error-summary,
      .citations summary {
        display: none;
      }

      .section + .section {
        break-before: page;
      }

      .row,
      .question,
      .group-item,
      .dispute {
        break-inside: avoid;
      }

      .dispute {
        border-left-color: #000;
      }

      .header {
        background: none;
        border: 1px solid #000;
      }

      .input,
      .textarea,
      .select {
        border-color: #000;
      }
    }
  `,
];
