/**
 * The details dialog: every chronology field of one entry (date, type, area, source, author,
 * recorded date, significance, people, what happened, impact on the child, analysis, reference),
 * or the entries of a cluster that cannot be split by zooming. A native `<dialog>`, opened modal
 * by the element, so focus stays inside and Escape closes it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TextMessageKey } from '../../i18n/messages.js';
import type { TimelineEntry } from '../../model/timeline/index.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import type { EntryText } from './labels.js';

/** What happens when the dialog closes (by Close, Escape, or the browser). */
export interface DialogHandlers {
  readonly onClose: () => void;
}

/** Closes the dialog of `event` and tells the element at once (the `close` event comes later). */
function closeFrom(event: Event, handlers: DialogHandlers): void {
  (event.currentTarget as Element).closest('dialog')?.close();
  handlers.onClose();
}

function dialog(
  title: string,
  body: TemplateResult,
  text: EntryText,
  level: HeadingLevel,
  handlers: DialogHandlers,
): TemplateResult {
  return html`<dialog
    class="details"
    part="details"
    aria-labelledby="details-heading"
    @close=${handlers.onClose}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      closeFrom(event, handlers);
    }}
  >
    ${heading(level, title, 'details-heading')} ${body}
    <div class="dialog-actions">
      <button type="button" class="close" @click=${(event: Event) => closeFrom(event, handlers)}>
        ${text.i18n.t('timeline.details.close')}
      </button>
    </div>
  </dialog>`;
}

/** One entry with all its chronology fields; a withheld entry shows its date only. */
export function renderEntryDetails(
  entry: TimelineEntry,
  text: EntryText,
  level: HeadingLevel,
  handlers: DialogHandlers,
): TemplateResult {
  const { i18n } = text;
  const e = entry.event;
  const field = (key: TextMessageKey, value: string | undefined) =>
    value
      ? html`<div>
          <dt>${i18n.t(key)}</dt>
          <dd>${value}</dd>
        </div>`
      : nothing;
  const body = entry.redacted
    ? html`<dl>
          ${field('timeline.column.date', text.when(entry))}
          ${field('timeline.column.significance', text.significance(entry))}
        </dl>
        <p>${i18n.t('timeline.details.withheld')}</p>`
    : html`<dl>
        ${field('timeline.column.date', text.when(entry))}
        ${field('timeline.details.type', text.type(entry))}
        ${field('timeline.column.lane', text.lane(entry.lane))}
        ${field('timeline.column.agency', text.agency(entry))}
        ${field('timeline.details.author', text.author(entry))}
        ${field('timeline.details.recorded', e.recorded === undefined ? undefined : i18n.date(e.recorded))}
        ${field('timeline.column.significance', text.significance(entry))}
        ${field('timeline.column.persons', i18n.list(text.people(entry)))}
        ${field('timeline.details.description', e.description)}
        ${field('timeline.details.impact', e.impact)}
        ${field('timeline.details.analysis', e.analysis)}
        ${field('timeline.details.reference', e.reference)}
      </dl>`;
  return dialog(text.name(entry), body, text, level, handlers);
}

/** The first entries of a group (a cluster, or "+N more"), and how many more it holds. */
export function renderGroupDetails(
  title: string,
  listed: readonly TimelineEntry[],
  count: number,
  text: EntryText,
  level: HeadingLevel,
  handlers: DialogHandlers,
): TemplateResult {
  const rest = count - listed.length;
  const body = html`<ul>
      ${listed.map((entry) => html`<li>${text.when(entry)}: ${text.name(entry)}</li>`)}
    </ul>
    ${rest > 0 ? html`<p>${text.i18n.plural('timeline.andMore', rest)}</p>` : nothing}`;
  return dialog(title, body, text, level, handlers);
}
