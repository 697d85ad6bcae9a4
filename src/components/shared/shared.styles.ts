/**
 * Styles every element shares: the system design tokens with their defaults, the base type, focus
 * and the error, empty and notice states. Component styles define their own tokens on top, each
 * defaulting to a system token (`--practice-timeline-header-background` falls back to
 * `--practice-color-surface`).
 */
import { css } from 'lit';

/** System tokens, read once into private `--_` properties so every rule uses the same value. */
export const tokens = css`
  :host {
    --_text: var(--practice-color-text, #0b0c0c);
    --_text-secondary: var(--practice-color-text-secondary, #505a5f);
    --_background: var(--practice-color-background, #ffffff);
    --_surface: var(--practice-color-surface, #f3f2f1);
    --_border: var(--practice-color-border, #b1b4b6);
    --_accent: var(--practice-color-accent, #1d70b8);
    --_focus: var(--practice-color-focus, #ffdd00);
    --_focus-text: var(--practice-color-focus-text, #0b0c0c);
    --_error: var(--practice-color-error, #d4351c);
    --_success: var(--practice-color-success, #00703c);
    --_warning: var(--practice-color-warning, #b45f00);
    --_font-family: var(--practice-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif);
    --_font-size: var(--practice-font-size, 1rem);
    --_space: var(--practice-space, 0.5rem);
    --_radius: var(--practice-radius, 0);
  }
`;

/** Base type, focus ring, visually hidden text and the shared states. */
export const base = css`
  :host {
    display: block;
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.4;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: calc(var(--_space) * 3) 0 calc(var(--_space) * 2);
    font-weight: 700;
    line-height: 1.25;
  }

  button {
    font: inherit;
    color: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  .problem {
    margin: 0 0 calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2);
    border: 4px solid var(--_error);
  }

  .problem :is(h2, h3, h4, h5, h6) {
    margin-top: 0;
  }

  .problem ul {
    margin: var(--_space) 0 0;
    padding-left: calc(var(--_space) * 3);
  }

  .problem li {
    overflow-wrap: anywhere;
  }

  .empty,
  .unavailable {
    margin: 0;
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    color: var(--_text-secondary);
  }

  .record-notice {
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 2);
    border-left: 6px solid var(--_warning);
    background: var(--_surface);
  }

  .record-notice summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
  }

  .record-notice ul {
    margin: var(--_space) 0 0;
    padding-left: calc(var(--_space) * 3);
    overflow-wrap: anywhere;
  }

  .withheld,
  .not-answered {
    color: var(--_text-secondary);
    font-style: italic;
  }

  @media (forced-colors: active) {
    .problem,
    .record-notice {
      border-color: CanvasText;
    }

    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }

  @media print {
    :host {
      color: #000;
    }

    .record-notice summary {
      color: #000;
      text-decoration: none;
    }
  }
`;
