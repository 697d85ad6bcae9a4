/**
 * The chronology as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends), with a
 * guard against formula injection: a cell that a spreadsheet would read as a formula (starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`. Withheld entries keep
 * only their dates and significance, as in every other view.
 */
import type { Localiser } from '../../i18n/localiser.js';
import type { CourtChronologyRow, TimelineEntry } from '../../model/timeline/index.js';
import type { EntryText } from './labels.js';

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: defused when it starts like a formula, quoted when it needs to be. */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as RFC 4180 CSV, every line ended with CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The chronology table's entries as CSV, every chronology field a column. */
export function chronologyCsv(entries: readonly TimelineEntry[], text: EntryText): string {
  const { i18n } = text;
  const header = [
    i18n.t('timeline.column.date'),
    i18n.t('timeline.csv.end'),
    i18n.t('timeline.details.type'),
    i18n.t('timeline.csv.title'),
    i18n.t('timeline.column.lane'),
    i18n.t('timeline.column.agency'),
    i18n.t('timeline.details.author'),
    i18n.t('timeline.details.recorded'),
    i18n.t('timeline.column.significance'),
    i18n.t('timeline.column.persons'),
    i18n.t('timeline.details.description'),
    i18n.t('timeline.details.impact'),
    i18n.t('timeline.details.analysis'),
    i18n.t('timeline.details.reference'),
  ];
  const rows = entries.map((entry) => {
    const e = entry.event;
    const date = i18n.date(e.date);
    const end =
      entry.kind === 'period' && !entry.open && e.end !== undefined ? i18n.date(e.end) : '';
    if (entry.redacted) {
      const blank = Array<string>(header.length).fill('');
      blank.splice(0, 3, date, end, text.type(entry));
      blank[8] = text.significance(entry);
      return blank;
    }
    return [
      date,
      end,
      text.type(entry),
      text.title(entry),
      text.lane(entry.lane),
      text.agency(entry),
      text.author(entry),
      e.recorded === undefined ? '' : i18n.date(e.recorded),
      text.significance(entry),
      i18n.list(text.people(entry)),
      e.description ?? '',
      e.impact ?? '',
      e.analysis ?? '',
      e.reference ?? '',
    ];
  });
  return toCsv([header, ...rows]);
}

/** The court chronology as CSV: number, date, end, event, source, reference. */
export function courtCsv(rows: readonly CourtChronologyRow[], i18n: Localiser): string {
  return toCsv([
    [
      i18n.t('timeline.court.number'),
      i18n.t('timeline.column.date'),
      i18n.t('timeline.csv.end'),
      i18n.t('timeline.court.event'),
      i18n.t('timeline.court.source'),
      i18n.t('timeline.court.reference'),
    ],
    ...rows.map((row) => [
      String(row.number),
      i18n.date(row.date),
      row.end === undefined ? '' : i18n.date(row.end),
      row.redacted ? i18n.t('common.informationWithheld') : row.event,
      row.source,
      row.reference,
    ]),
  ]);
}
