import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Heading levels an element may start at; deeper levels are clamped to `h6`. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Clamps a host-given heading level to 2-6 (an element never renders an `h1`). */
export function headingLevel(level: unknown, offset = 0): HeadingLevel {
  const n = Math.round(Number(level)) + offset;
  if (!Number.isFinite(n) || n <= 2) return 2;
  return (n >= 6 ? 6 : n) as HeadingLevel;
}

/** A real `h2`-`h6` element (no ARIA heading roles), so the host page's outline stays intact. */
export function heading(level: HeadingLevel, content: unknown, id?: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id)}>${content}</h6>`;
  }
}
