/**
 * What a case system shows in its case banner, derived from the sample data (never copied): the
 * child's name, the case id, date of birth and age, the allocated worker and the current legal
 * status. Used by the "Example case record" story only; a real case system has its own.
 */
import {
  localise,
  sortDay,
  type CaseEvent,
  type CaseRecord,
  type PracticeModel,
} from '../../src/index.js';

/** The facts of the mock case banner. */
export interface CaseSummary {
  readonly childName: string;
  /** What the child likes to be called, when it differs from their given name. */
  readonly knownAs: string | undefined;
  readonly caseId: string;
  readonly dateOfBirth: string;
  readonly age: string;
  readonly allocatedWorker: string;
  readonly legalStatus: string;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function fullYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

function involves(event: CaseEvent, personId: string): boolean {
  return event.persons?.includes(personId) ?? false;
}

/** Latest first, by the day each (possibly uncertain) date sorts on. */
function latestFirst(events: readonly CaseEvent[]): CaseEvent[] {
  return [...events].sort((a, b) => sortDay(b.date) - sortDay(a.date));
}

/**
 * The banner facts for the record's index child (else its first subject) as of `today`:
 * the allocated worker is the social worker who wrote the child's latest entry; the legal
 * status is the child's open legal-status period, labelled from the model's code list.
 */
export function caseSummary(model: PracticeModel, record: CaseRecord, today: string): CaseSummary {
  const locale = model.locales[0] ?? 'en-GB';
  const childId = record.index ?? record.subjects[0] ?? '';
  const child = record.persons.find((person) => person.id === childId);
  const name = child?.name;
  const childName =
    name?.display ?? ([name?.given, name?.family].filter(Boolean).join(' ') || 'Unnamed child');

  const birth = typeof child?.dateOfBirth === 'string' ? child.dateOfBirth : undefined;
  const exactBirth = birth && /^\d{4}-\d{2}-\d{2}$/.test(birth) ? birth : undefined;

  const events = latestFirst((record.events ?? []).filter((event) => involves(event, childId)));
  const socialWorkers = new Map(
    (record.professionals ?? [])
      .filter((professional) => /social worker/i.test(professional.role ?? ''))
      .map((professional) => [professional.id, professional]),
  );
  const worker = events
    .map((event) => (event.author ? socialWorkers.get(event.author) : undefined))
    .find(Boolean);

  const legalTypes = new Map(
    model.eventTypes
      .filter((type) => type.category === 'legal-status')
      .map((type) => [type.id, type]),
  );
  const legal = events.find(
    (event) =>
      legalTypes.has(event.type) &&
      sortDay(event.date) <= sortDay(today) &&
      (event.end === undefined || sortDay(event.end) >= sortDay(today)),
  );
  const code = legal?.attributes?.['code'];
  const codeList = model.codeLists.find(
    (list) => list.id === legalTypes.get(legal?.type ?? '')?.codeList,
  );
  const codeLabel = codeList?.codes.find((entry) => entry.code === code)?.label;

  return {
    childName,
    knownAs: name?.knownAs && name.knownAs !== name.given ? name.knownAs : undefined,
    caseId: record.id,
    dateOfBirth: exactBirth ? LONG_DATE.format(new Date(`${exactBirth}T00:00:00Z`)) : 'Not known',
    age: exactBirth ? `${fullYearsBetween(exactBirth, today)} years` : 'Not known',
    allocatedWorker: worker ? `${worker.name} (${worker.role ?? 'social worker'})` : 'Unallocated',
    legalStatus: legal
      ? `${codeLabel ? localise(codeLabel, locale) : (legal.title ?? 'Legal status')}${typeof code === 'string' ? ` (${code})` : ''}`
      : 'Not looked after',
  };
}
