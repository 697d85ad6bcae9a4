import { html, type TemplateResult } from 'lit';
import type { Localiser } from '../../i18n/localiser.js';
import type { TimescaleClock } from '../../model/timescales/index.js';

/**
 * A clock's status in words, with how late or how many working days are left: the colour of its
 * marker only repeats what the text says.
 */
export function renderClockStatus(clock: TimescaleClock, i18n: Localiser): TemplateResult {
  const status = i18n.t(`timescale.status.${clock.status}`);
  let detail: string | undefined;
  if ((clock.status === 'overdue' || clock.status === 'met-late') && clock.daysLate) {
    detail = i18n.plural('timescale.daysLate', clock.daysLate);
  } else if (
    (clock.status === 'due' || clock.status === 'upcoming') &&
    clock.workingDaysLeft !== undefined
  ) {
    detail = i18n.plural('timescale.workingDaysLeft', clock.workingDaysLeft);
  }
  return html`<span class="status status--${clock.status}" part="status"
    >${detail ? i18n.t('timescale.statusDetail', { status, detail }) : status}</span
  >`;
}
