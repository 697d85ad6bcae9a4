import { isolate } from '../../i18n/bidi.js';
import type { Localiser } from '../../i18n/localiser.js';
import type { CaseRecord, Person } from '../../model/case-record/schema.js';
import { isRedacted } from '../../model/redaction.js';

/**
 * A person's name as the views show it: the `display` name, else known-as or given name with the
 * family name; "Name withheld" for a masked person. A name in a right-to-left script (or with
 * direction controls) comes isolated (see `isolate`), so that it keeps its own direction wherever
 * it is set: in a sentence, a list of names, an accessible name or the drawing.
 */
export function personName(person: Person, i18n: Localiser): string {
  if (isRedacted(person)) return i18n.t('common.nameWithheld');
  const name = person.name;
  if (name.display?.trim()) return isolate(name.display);
  const parts = [name.knownAs?.trim() || name.given?.trim(), name.family?.trim()].filter(Boolean);
  return parts.length ? isolate(parts.join(' ')) : i18n.t('common.unnamed');
}

/**
 * The name of the person with this id. An id the (redacted) record does not hold is "Name
 * withheld" when an audience applies (the person may be hidden from it), else "Unknown person".
 */
export function nameOf(
  personId: string,
  persons: ReadonlyMap<string, Person>,
  i18n: Localiser,
  redacting: boolean,
): string {
  const person = persons.get(personId);
  if (person) return personName(person, i18n);
  return i18n.t(redacting ? 'common.nameWithheld' : 'assessment.unknownPerson');
}

/** The record's persons by id. */
export function personsById(record: CaseRecord): Map<string, Person> {
  return new Map(record.persons.map((p) => [p.id, p]));
}
