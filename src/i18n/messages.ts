/**
 * The typed catalogue of every string the elements show. Keys are flat (`'timeline.caption'`) so a
 * practice model's `labels` and a host's `messages` property can override any one of them by name.
 *
 * A message is either text with `{placeholders}`, or a {@link PluralMessage} chosen by
 * `Intl.PluralRules` (Welsh uses all six categories). Text is always rendered as text, never as
 * markup, so overrides cannot inject HTML.
 */

/** The plural categories of `Intl.PluralRules`: `zero`, `one`, `two`, `few`, `many`, `other`. */
export type PluralCategory = Intl.LDMLPluralRule;

/** A message that depends on a count: `other` is required, the other categories are optional. */
export type PluralMessage = { readonly other: string } & {
  readonly [C in Exclude<PluralCategory, 'other'>]?: string;
};

/** Every message. Placeholders are named in braces; the comment lists them where there are any. */
export interface Messages {
  // Shared states
  'common.notAnswered': string;
  'common.notKnown': string;
  'common.notRecorded': string;
  'common.none': string;
  'common.yes': string;
  'common.no': string;
  'common.nameWithheld': string;
  'common.informationWithheld': string;
  'common.unnamed': string;
  'common.renderFailed': string;
  'common.noModel': string;
  'common.noRecord': string;
  'common.modelUnavailable': string;
  'common.modelInvalidHeading': string;
  'common.modelInvalidIntro': string;
  /** `{path}`, `{message}` */
  'common.issue': string;
  'common.issueDocument': string;
  /** `{count}` */
  'common.moreIssues': PluralMessage;
  /** `{count}` */
  'common.recordIssuesSummary': PluralMessage;
  'common.recordIssuesIntro': string;
  /** Put between the items of a list of names, e.g. `", "`. */
  'common.listSeparator': string;
  /** `{value}`, `{unit}` */
  'common.valueWithUnit': string;

  // Dates
  /** `{date}` */
  'date.about': string;
  /** `{date}` */
  'date.before': string;
  /** `{date}` */
  'date.after': string;
  /** `{from}`, `{until}` */
  'date.between': string;
  /** `{date}`, `{time}` */
  'date.dateTime': string;
  /** `{month}`, `{year}`: used when the browser has no date data for the locale */
  'date.monthYear': string;
  /** `{day}`, `{month}`, `{year}`: used when the browser has no date data for the locale */
  'date.dayMonthYear': string;
  /** `{day}`, `{month}`: the first date of a range within one year, without the year */
  'date.dayMonth': string;
  'date.month.1': string;
  'date.month.2': string;
  'date.month.3': string;
  'date.month.4': string;
  'date.month.5': string;
  'date.month.6': string;
  'date.month.7': string;
  'date.month.8': string;
  'date.month.9': string;
  'date.month.10': string;
  'date.month.11': string;
  'date.month.12': string;

  // People
  'person.sex': string;
  'person.gender': string;
  'person.age': string;
  'person.born': string;
  'person.died': string;
  'person.due': string;
  'person.occupation': string;
  'person.pronouns': string;
  'person.language': string;
  /** `{count}` */
  'person.ageYears': PluralMessage;
  /** `{count}` */
  'person.ageMonths': PluralMessage;
  'sex.female': string;
  'sex.male': string;
  'sex.intersex': string;
  'sex.unknown': string;
  'gender.woman': string;
  'gender.man': string;
  'gender.non-binary': string;
  'gender.other': string;
  'gender.unknown': string;
  'lifeStatus.deceased': string;
  'lifeStatus.pregnancy': string;
  'lifeStatus.miscarriage': string;
  'lifeStatus.termination': string;
  'lifeStatus.stillbirth': string;

  // <practice-case>
  'case.modelInvalidHeading': string;

  // <practice-timeline>
  'timeline.caption': string;
  /** `{name}` */
  'timeline.captionFor': string;
  'timeline.column.date': string;
  'timeline.column.entry': string;
  'timeline.column.lane': string;
  'timeline.column.agency': string;
  'timeline.column.significance': string;
  'timeline.column.persons': string;
  'timeline.significance.low': string;
  'timeline.significance.medium': string;
  'timeline.significance.high': string;
  'timeline.significance.none': string;
  /** `{from}`, `{to}` */
  'timeline.period': string;
  /** `{from}` */
  'timeline.periodOngoing': string;
  'timeline.significantOnly': string;
  'timeline.empty': string;
  'timeline.emptyFiltered': string;
  /** `{count}` */
  'timeline.count': PluralMessage;
  /** `{name}` */
  'timeline.filteredFor': string;
  'timeline.showAll': string;
  'timeline.unknownType': string;
  'timeline.clocks.heading': string;
  'timeline.clocks.caption': string;
  'timeline.clocks.rule': string;
  'timeline.clocks.started': string;
  'timeline.clocks.due': string;
  'timeline.clocks.status': string;
  'timeline.clocks.none': string;
  'timeline.clocks.noneOpen': string;
  'timeline.compliance.caption': string;
  'timeline.compliance.rule': string;
  'timeline.compliance.met': string;
  'timeline.compliance.metLate': string;
  'timeline.compliance.overdue': string;
  'timeline.compliance.open': string;

  // Statutory clocks
  'timescale.status.upcoming': string;
  'timescale.status.due': string;
  'timescale.status.overdue': string;
  'timescale.status.met': string;
  'timescale.status.met-late': string;
  /** `{count}` */
  'timescale.daysLate': PluralMessage;
  /** `{count}` */
  'timescale.workingDaysLeft': PluralMessage;
  /** `{status}`, `{detail}` */
  'timescale.statusDetail': string;

  // <practice-genogram>
  'genogram.heading': string;
  'genogram.empty': string;
  'genogram.indexChild': string;
  'genogram.generation.greatGrandparents': string;
  'genogram.generation.grandparents': string;
  'genogram.generation.parents': string;
  'genogram.generation.index': string;
  'genogram.generation.children': string;
  'genogram.generation.grandchildren': string;
  /** `{number}`: 1 is the oldest generation shown */
  'genogram.generation.other': string;
  'genogram.parents': string;
  'genogram.partners': string;
  'genogram.children': string;
  'genogram.siblings': string;
  'genogram.halfSiblings': string;
  'genogram.relationships': string;
  'genogram.households': string;
  /** `{number}` */
  'genogram.household': string;
  'genogram.address': string;
  'genogram.members': string;
  /** `{name}`, `{type}` */
  'genogram.relation': string;
  /** `{name}`, `{type}`, `{status}` */
  'genogram.relationWithStatus': string;
  /** `{name}`, `{type}` */
  'genogram.feelingTowards': string;
  /** `{name}`, `{type}` */
  'genogram.feelingFrom': string;
  'genogram.twin': string;
  'genogram.identicalTwin': string;
  'genogram.selected': string;
  'genogram.clearSelection': string;
  'coupleStatus.current': string;
  'coupleStatus.separated': string;
  'coupleStatus.divorced': string;
  'coupleStatus.ended': string;
  'coupleStatus.widowed': string;

  // <practice-assessment>
  'assessment.noTemplates': string;
  /** `{id}` */
  'assessment.unknownTemplate': string;
  /** `{id}` */
  'assessment.unknownResponse': string;
  'assessment.notStarted': string;
  'assessment.status': string;
  'assessment.subjects': string;
  'assessment.due': string;
  /** `{section}`, `{name}` */
  'assessment.sectionForChild': string;
  /** `{label}`, `{number}` */
  'assessment.groupItem': string;
  'assessment.groupItemDefault': string;
  /** `{rater}`, `{reading}` */
  'assessment.raterReading': string;
  /** `{value}`, `{anchor}` */
  'assessment.scaleWithAnchor': string;
  /** `{code}` */
  'assessment.unknownCode': string;
  'assessment.unknownPerson': string;
  'assessment.entry.owner': string;
  'assessment.entry.due': string;
  'assessment.entry.safetyGoal': string;
  'assessment.entry.saidBy': string;
  'assessment.entry.recordedBy': string;
  'assessment.entry.recordedOn': string;
  'assessment.entry.method': string;
  'assessment.entry.evidenceFor': string;
  'assessment.entry.evidenceAgainst': string;
  'assessment.entry.revision': string;
  'responseStatus.draft': string;
  'responseStatus.submitted': string;
  'responseStatus.returned': string;
  'responseStatus.authorised': string;
  'responseStatus.amended': string;
  'entryMethod.own-words': string;
  'entryMethod.drawing-described': string;
  'entryMethod.advocate': string;
  'entryMethod.observation': string;
  'entryMethod.other': string;
  'rater.worker': string;
  'rater.parent': string;
  'rater.child': string;
  'rater.manager': string;
  'rater.carer': string;
  'rater.partner-agency': string;
}

/** The name of a message. */
export type MessageKey = keyof Messages;

/** The keys whose messages are plain text with placeholders. */
export type TextMessageKey = {
  [K in MessageKey]: Messages[K] extends string ? K : never;
}[MessageKey];

/** The keys whose messages depend on a count. */
export type PluralMessageKey = {
  [K in MessageKey]: Messages[K] extends PluralMessage ? K : never;
}[MessageKey];

/** Values put into `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;
