/**
 * The typed catalogue of every string the elements show. Keys are flat (`'timeline.caption'`) so a
 * practice model's `labels` and a host's `messages` property can override any one of them by name.
 *
 * A message is either text with `{placeholders}`, or a {@link PluralMessage} chosen by
 * `Intl.PluralRules` (Welsh uses all six categories). Text is always rendered as text, never as
 * markup, so overrides cannot inject HTML.
 */

import type { IssueCode } from '../model/issues.js';

/** The plural categories of `Intl.PluralRules`: `zero`, `one`, `two`, `few`, `many`, `other`. */
export type PluralCategory = Intl.LDMLPluralRule;

/** A message that depends on a count: `other` is required, the other categories are optional. */
export type PluralMessage = { readonly other: string } & {
  readonly [C in Exclude<PluralCategory, 'other'>]?: string;
};

/**
 * One message per issue code (`issue.dangling-reference`), without placeholders: what is wrong,
 * for an issue whose producer gave no specifics. A new code in `ISSUE_CODES` needs one in every
 * catalogue before it compiles.
 */
export type IssueMessages = { [C in IssueCode as `issue.${C}`]: string };

/** Every message. Placeholders are named in braces; the comment lists them where there are any. */
export interface Messages extends IssueMessages {
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

  // Problems in a practice model or a case record. `issue.<code>` (one per code, no
  // placeholders) comes from IssueMessages; these add the specifics an issue's `params` carry.
  /** `{message}`, `{suggestion}`: a problem with a likely intended id */
  'issue.didYouMean': string;
  'issue.invalid-type.required': string;
  'issue.invalid-type.string': string;
  'issue.invalid-type.number': string;
  'issue.invalid-type.int': string;
  'issue.invalid-type.boolean': string;
  'issue.invalid-type.object': string;
  'issue.invalid-type.array': string;
  'issue.invalid-type.record': string;
  'issue.too-small.empty-text': string;
  /** `{minimum}` */
  'issue.too-small.text': string;
  'issue.too-small.empty-list': string;
  /** `{minimum}` */
  'issue.too-small.list': string;
  /** `{minimum}` */
  'issue.too-small.number': string;
  /** `{minimum}` */
  'issue.too-small.number-exclusive': string;
  /** `{maximum}` */
  'issue.too-big.text': string;
  /** `{maximum}` */
  'issue.too-big.list': string;
  /** `{maximum}` */
  'issue.too-big.number': string;
  /** `{maximum}` */
  'issue.too-big.number-exclusive': string;
  'issue.invalid-format.identifier': string;
  'issue.invalid-format.locale-tag': string;
  /** `{divisor}` */
  'issue.not-multiple-of.detail': string;
  /** `{keys}`: quoted field names */
  'issue.unrecognized-keys.one': string;
  /** `{keys}`: quoted field names */
  'issue.unrecognized-keys.detail': string;
  /** `{options}`: the quoted value */
  'issue.invalid-value.one': string;
  /** `{options}`: quoted values */
  'issue.invalid-value.detail': string;
  /** `{field}`, `{options}`: quoted values */
  'issue.invalid-kind.detail': string;
  'issue.custom.iso-date': string;
  'issue.custom.partial-date': string;
  /** `{id}` */
  'issue.duplicate-id.detail': string;
  /** `{ref}` */
  'issue.unknown-reference.lane': string;
  /** `{ref}` */
  'issue.unknown-reference.code-list': string;
  /** `{ref}` */
  'issue.unknown-reference.event-type': string;
  /** `{ref}` */
  'issue.unknown-reference.event-category': string;
  /** `{ref}` */
  'issue.unknown-reference.timescale-rule': string;
  /** `{ref}` */
  'issue.unknown-reference.question': string;
  /** `{min}`, `{max}` */
  'issue.invalid-range.detail': string;
  'issue.invalid-range.dates': string;
  /** `{lane}` */
  'issue.cycle.detail': string;
  'issue.invalid-step.same-entry': string;
  'issue.invalid-step.until': string;
  /** `{question}` */
  'issue.self-reference.detail': string;
  /** `{value}`, `{min}`, `{max}` */
  'issue.out-of-range.detail': string;
  /** `{question}`, `{type}`: the question type */
  'issue.not-scoreable.detail': string;
  /** `{ref}` */
  'issue.dangling-reference.person': string;
  /** `{ref}` */
  'issue.dangling-reference.agency': string;
  /** `{ref}` */
  'issue.dangling-reference.agency-kind': string;
  /** `{ref}` */
  'issue.dangling-reference.relationship-type': string;
  /** `{ref}` */
  'issue.dangling-reference.event-type': string;
  /** `{ref}` */
  'issue.dangling-reference.assessment-template': string;
  'issue.end-before-start.date-of-death': string;
  'issue.end-before-start.member-to': string;
  'issue.end-before-start.relationship-end': string;
  'issue.end-before-start.event-end': string;
  /** `{person}` */
  'issue.self-relationship.detail': string;
  /** `{person}`, `{through}` */
  'issue.ancestry-cycle.detail': string;
  /** `{type}`: the event type */
  'issue.end-on-point.detail': string;
  'issue.invalid-event.not-event': string;
  'issue.invalid-event.date': string;
  /** `{type}` */
  'issue.unknown-event-type.detail': string;
  /** `{type}`, `{lane}` */
  'issue.unknown-lane.type-lane': string;
  /** `{lane}` */
  'issue.unknown-lane.parent': string;
  /** `{lane}` */
  'issue.unknown-lane.drawn': string;
  /** `{count}` */
  'issue.too-many-issues.detail': string;
  /** `{lane}` */
  'issue.lane-cycle.detail': string;
  /** `{max}`, `{count}` */
  'issue.too-many-persons.detail': string;
  'issue.unreadable.practice-model': string;
  'issue.unreadable.case-record': string;

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
  /**
   * Short month names for the timeline's axis, put into `date.dayMonth` (`5 Mar`) and
   * `date.monthYear` (`Mar 2024`) when the browser has no date data for the locale
   */
  'date.monthShort.1': string;
  'date.monthShort.2': string;
  'date.monthShort.3': string;
  'date.monthShort.4': string;
  'date.monthShort.5': string;
  'date.monthShort.6': string;
  'date.monthShort.7': string;
  'date.monthShort.8': string;
  'date.monthShort.9': string;
  'date.monthShort.10': string;
  'date.monthShort.11': string;
  'date.monthShort.12': string;

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
  /** `{count}` */
  'timeline.late.summary': PluralMessage;
  /** `{rule}` */
  'timeline.late.caption': string;
  'timeline.late.met': string;
  'timeline.late.notMet': string;
  'timeline.late.days': string;

  // Timeline
  'timeline.views': string;
  'timeline.view.timeline': string;
  'timeline.view.table': string;
  'timeline.view.court': string;
  'timeline.filters': string;
  'timeline.filter.lane': string;
  'timeline.filter.allLanes': string;
  'timeline.filter.type': string;
  'timeline.filter.allTypes': string;
  'timeline.filter.agency': string;
  'timeline.filter.allAgencies': string;
  'timeline.filter.search': string;
  'timeline.controls': string;
  'timeline.zoomIn': string;
  'timeline.zoomOut': string;
  'timeline.fit': string;
  'timeline.goToToday': string;
  'timeline.earlier': string;
  'timeline.later': string;
  'timeline.todayLine': string;
  /** `{from}`, `{to}` */
  'timeline.range': string;
  'timeline.canvasLabel': string;
  'timeline.keyboardHelp': string;
  'timeline.lanes': string;
  'timeline.otherLane': string;
  /** `{name}` */
  'timeline.ageOf': string;
  /** `{age}` */
  'timeline.ageAbout': string;
  /** `{entry}`, `{date}` */
  'timeline.mark': string;
  /** `{type}`, `{title}` */
  'timeline.markOf': string;
  /** `{count}`, `{from}`, `{to}` */
  'timeline.cluster': PluralMessage;
  /** `{count}`, `{from}`, `{to}` */
  'timeline.more': PluralMessage;
  /** `{count}` */
  'timeline.andMore': PluralMessage;
  'timeline.details.close': string;
  'timeline.details.type': string;
  'timeline.details.description': string;
  'timeline.details.recorded': string;
  'timeline.details.author': string;
  'timeline.details.impact': string;
  'timeline.details.analysis': string;
  'timeline.details.reference': string;
  'timeline.details.withheld': string;
  'timeline.details.open': string;
  /** `{entry}`, `{date}` */
  'timeline.details.of': string;
  'timeline.column.details': string;
  /** `{date}` */
  'timeline.recordedOn': string;
  /** `{author}` */
  'timeline.recordedBy': string;
  'timeline.page.label': string;
  'timeline.page.previous': string;
  'timeline.page.next': string;
  /** `{from}`, `{to}`, `{total}` */
  'timeline.page.status': string;
  /** `{from}`, `{to}` */
  'timeline.court.caption': string;
  'timeline.court.number': string;
  'timeline.court.event': string;
  'timeline.court.source': string;
  'timeline.court.reference': string;
  'timeline.court.period': string;
  /** `{count}` */
  'timeline.court.years': PluralMessage;
  'timeline.court.all': string;
  'timeline.court.empty': string;
  'timeline.export': string;
  'timeline.export.csv': string;
  'timeline.export.svg': string;
  'timeline.export.png': string;
  'timeline.export.print': string;
  'timeline.export.fileName': string;
  /** `{to}`, `{total}` */
  'timeline.print.truncated': string;
  'timeline.csv.end': string;
  'timeline.csv.title': string;
  'timeline.compliance.onTime': string;
  /** `{met}`, `{total}` */
  'timeline.compliance.rate': string;
  'timeline.clock.restarted': string;
  'timeline.legend': string;
  'timeline.legend.point': string;
  'timeline.legend.significant': string;
  'timeline.legend.period': string;
  'timeline.legend.open': string;
  'timeline.legend.uncertain': string;
  'timeline.legend.cluster': string;
  'timeline.legend.withheld': string;
  'timeline.legend.extension': string;
  'timeline.proceedings.row': string;
  /** `{week}` */
  'timeline.proceedings.week': string;
  /** `{issued}`, `{week}`, `{due}` */
  'timeline.proceedings.open': string;
  /** `{issued}`, `{week}`, `{due}` */
  'timeline.proceedings.ended': string;
  'timeline.proceedings.over': string;
  'timeline.proceedings.overExtended': string;
  /** `{date}` */
  'timeline.proceedings.extended': string;
  /** `{week}`, `{date}` */
  'timeline.proceedings.weekExtended': string;
  'timeline.summary.heading': string;
  /** `{name}` */
  'timeline.summary.for': string;
  'timeline.episodes': string;
  'timeline.episodes.none': string;
  /** `{from}`, `{to}`, `{placements}`, `{moves}` */
  'timeline.episodes.item': string;
  /** `{from}`, `{placements}`, `{moves}` */
  'timeline.episodes.openItem': string;
  /** `{count}` */
  'timeline.episodes.placements': PluralMessage;
  /** `{count}` */
  'timeline.episodes.moves': PluralMessage;
  'timeline.stability.placements': string;
  /** `{count}` */
  'timeline.stability.threeOrMore': string;
  'timeline.stability.longTerm': string;
  'timeline.stability.missing': string;
  /** `{count}` */
  'timeline.issues.summary': PluralMessage;
  'timeline.issues.intro': string;

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
  // Genogram: the SVG diagram, its legend, tools and editing
  'genogram.diagram': string;
  'genogram.ecomap': string;
  'genogram.keyboardHelp': string;
  'genogram.ecomapKeyboardHelp': string;
  'genogram.tools': string;
  'genogram.zoomIn': string;
  'genogram.zoomOut': string;
  'genogram.fit': string;
  'genogram.panLeft': string;
  'genogram.panRight': string;
  'genogram.panUp': string;
  'genogram.panDown': string;
  'genogram.downloadSvg': string;
  'genogram.downloadPng': string;
  'genogram.print': string;
  'genogram.undo': string;
  'genogram.redo': string;
  'genogram.legend': string;
  'genogram.close': string;
  'genogram.centre': string;
  'genogram.select': string;
  'genogram.addParent': string;
  'genogram.addPartner': string;
  'genogram.addChild': string;
  'genogram.addSibling': string;
  'genogram.edit': string;
  'genogram.remove': string;
  'genogram.save': string;
  'genogram.cancel': string;
  /** `{name}` */
  'genogram.editPersonHeading': string;
  /** `{name}` */
  'genogram.addHeading.parent': string;
  /** `{name}` */
  'genogram.addHeading.partner': string;
  /** `{name}` */
  'genogram.addHeading.child': string;
  /** `{name}` */
  'genogram.addHeading.sibling': string;
  /** `{name}` */
  'genogram.editRelationshipHeading': string;
  'genogram.field.given': string;
  'genogram.field.family': string;
  'genogram.field.dateOfBirth': string;
  'genogram.field.dateOfDeath': string;
  'genogram.field.dateHint': string;
  'genogram.field.lifeStatus': string;
  'genogram.field.type': string;
  'genogram.field.otherParent': string;
  'genogram.field.status': string;
  'genogram.field.start': string;
  'genogram.field.end': string;
  'genogram.alive': string;
  'genogram.rejected': string;
  'genogram.siblingNeedsParent': string;
  'genogram.changeMade': string;
  'genogram.undone': string;
  'genogram.redone': string;
  /** `{type}`, `{first}`, `{second}` */
  'genogram.coupleLabel': string;
  'genogram.allRelationships': string;
  /** `{count}` */
  'genogram.layoutIssues': PluralMessage;
  /** Assigned female at birth (NSGC 2022), under a symbol whose gender differs */
  'genogram.assigned.female': string;
  'genogram.assigned.male': string;
  'genogram.assigned.intersex': string;
  /** `{year}` */
  'genogram.diagram.born': string;
  /** `{year}` */
  'genogram.diagram.died': string;
  /** `{born}`, `{died}`: years */
  'genogram.diagram.lifespan': string;
  'genogram.symbol.square': string;
  'genogram.symbol.circle': string;
  'genogram.symbol.diamond': string;
  'genogram.symbol.deceased': string;
  'genogram.symbol.index': string;
  'genogram.symbol.pregnancy': string;
  'genogram.symbol.miscarriage': string;
  'genogram.symbol.termination': string;
  'genogram.symbol.stillbirth': string;
  'genogram.couple.marriage': string;
  'genogram.couple.civil-partnership': string;
  'genogram.couple.cohabiting': string;
  'genogram.couple.engaged': string;
  'genogram.couple.dating': string;
  'genogram.couple.affair': string;
  'genogram.consanguineous': string;
  'genogram.child.biological': string;
  'genogram.child.adoptive': string;
  'genogram.child.foster': string;
  'genogram.child.step': string;
  'genogram.child.kinship': string;
  'genogram.child.special-guardian': string;
  'genogram.child.surrogate': string;
  'genogram.child.donor': string;
  'genogram.twins': string;
  'genogram.identicalTwins': string;
  'genogram.emotional.close': string;
  'genogram.emotional.fused': string;
  'genogram.emotional.distant': string;
  'genogram.emotional.hostile': string;
  'genogram.emotional.close-hostile': string;
  'genogram.emotional.cut-off': string;
  'genogram.emotional.focused-on': string;
  'genogram.emotional.abuse-physical': string;
  'genogram.emotional.abuse-emotional': string;
  'genogram.emotional.abuse-sexual': string;
  'genogram.emotional.neglect': string;
  'genogram.emotional.harmonious': string;
  'genogram.householdOutline': string;
  'genogram.ecomap.person': string;
  'genogram.ecomap.agency': string;
  'genogram.ecomap.professional': string;
  'genogram.ecomap.strong': string;
  'genogram.ecomap.weak': string;
  'genogram.ecomap.stressful': string;
  // Genogram: the text view's filter, pages and relations to the index child
  'genogram.text.search': string;
  'genogram.text.searchHint': string;
  /** `{count}`: announced when typing in the filter pauses */
  'genogram.text.found': PluralMessage;
  'genogram.text.noneFound': string;
  /** `{from}`, `{to}`, `{count}` (the people the filter lets through) */
  'genogram.text.showingPeople': PluralMessage;
  /** `{from}`, `{to}`, `{count}` */
  'genogram.text.showingHouseholds': PluralMessage;
  /** Names the pagination of the people */
  'genogram.page.people': string;
  'genogram.page.households': string;
  'genogram.page.previous': string;
  'genogram.page.next': string;
  /** `{number}` */
  'genogram.page.number': string;
  /** `{name}`: the index child */
  'genogram.kin.heading': string;
  'genogram.kin.partner': string;
  'genogram.kin.sibling': string;
  'genogram.kin.halfSibling': string;
  'genogram.kin.grandparent': string;
  'genogram.kin.greatGrandparent': string;
  'genogram.kin.grandchild': string;
  'genogram.kin.greatGrandchild': string;
  'genogram.kin.auntOrUncle': string;
  'genogram.kin.greatAuntOrUncle': string;
  'genogram.kin.nieceOrNephew': string;
  'genogram.kin.greatNieceOrNephew': string;
  'genogram.kin.cousin': string;
  'genogram.kin.relative': string;
  /** `{name}`: the relative whose partner this is */
  'genogram.kin.partnerOf': string;

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
  // Assessment form (edit, review and print modes, life cycle, errors)
  /** `{context}`, `{label}` */
  'assessment.labelInContext': string;
  'assessment.sections': string;
  'assessment.sectionStatus.complete': string;
  'assessment.sectionStatus.started': string;
  'assessment.sectionStatus.notStarted': string;
  /** `{count}` */
  'assessment.sectionErrors': PluralMessage;
  /** `{section}` */
  'assessment.previousSection': string;
  /** `{section}` */
  'assessment.nextSection': string;
  'assessment.nothingToAnswer': string;
  'assessment.guidance': string;
  'assessment.sectionGuidance': string;
  'assessment.errorPrefix': string;
  'assessment.errorSummary.title': string;
  'assessment.choose': string;
  'assessment.date.day': string;
  'assessment.date.month': string;
  'assessment.date.year': string;
  /** `{anchor}`, `{value}` */
  'assessment.scaleAnchor': string;
  /** `{rater}` */
  'assessment.clearReading': string;
  /** `{item}` */
  'assessment.addFirst': string;
  /** `{item}` */
  'assessment.addAnother': string;
  /** `{item}` */
  'assessment.removeItem': string;
  'assessment.itemRemoved': string;
  /** `{count}` */
  'assessment.citations.summary': PluralMessage;
  /** `{label}` */
  'assessment.citations.legend': string;
  'assessment.citations.none': string;
  /** `{labels}` */
  'assessment.citations.review': string;
  /** `{date}`, `{name}` */
  'assessment.comment.from': string;
  /** `{name}`, `{text}` */
  'assessment.comment.inline': string;
  'assessment.comment.resolve': string;
  'assessment.comment.add': string;
  'assessment.comment.question': string;
  'assessment.comment.text': string;
  'assessment.comment.save': string;
  'assessment.comment.added': string;
  'assessment.comment.empty': string;
  'assessment.lifecycle.heading': string;
  /** `{status}` */
  'assessment.lifecycle.status': string;
  'assessment.lifecycle.returnReason': string;
  'assessment.lifecycle.returnHint': string;
  'assessment.lifecycle.amendReason': string;
  'assessment.action.submit': string;
  'assessment.action.return': string;
  'assessment.action.authorise': string;
  'assessment.action.amend': string;
  'assessment.action.resubmit': string;
  'assessment.action.done.submit': string;
  'assessment.action.done.return': string;
  'assessment.action.done.authorise': string;
  'assessment.action.done.amend': string;
  'assessment.action.done.resubmit': string;
  'assessment.transitionError.invalid-transition': string;
  'assessment.transitionError.reason-required': string;
  'assessment.transitionError.comment-or-reason-required': string;
  'assessment.history.heading': string;
  /** `{date}`, `{name}`, `{status}` */
  'assessment.history.entry': string;
  'assessment.previous.heading': string;
  'assessment.previous.intro': string;
  /** `{version}` */
  'assessment.previous.reason.removed': string;
  /** `{version}` */
  'assessment.previous.reason.type-changed': string;
  /** `{version}` */
  'assessment.previous.reason.code-removed': string;
  /** `{version}` */
  'assessment.previous.reason.scope-changed': string;
  'assessment.notice.locked': string;
  /** `{model}`, `{version}` */
  'assessment.notice.unknownVersion': string;
  /** `{version}` */
  'assessment.notice.migrated': string;
  'assessment.notice.restored': string;
  'assessment.responseInvalid.heading': string;
  'assessment.responseInvalid.intro': string;
  /** `{time}` */
  'assessment.save.saved': string;
  'assessment.save.saving': string;
  'assessment.save.pending': string;
  'assessment.save.error': string;
  'assessment.scoreNone': string;
  /** `{band}`, `{value}` */
  'assessment.scoreWithBand': string;
  /** `{count}` */
  'assessment.workingDaysOverdue': PluralMessage;
  'assessment.entryKind.strength': string;
  'assessment.entryKind.worry': string;
  'assessment.entryKind.next-step': string;
  'assessment.entryKind.danger-statement': string;
  'assessment.entryKind.safety-goal': string;
  'assessment.entryKind.child-voice': string;
  'assessment.entryKind.hypothesis': string;
  'assessment.entryKind.outcome': string;
  'assessment.entryText.strength': string;
  'assessment.entryText.worry': string;
  'assessment.entryText.next-step': string;
  'assessment.entryText.danger-statement': string;
  'assessment.entryText.safety-goal': string;
  'assessment.entryText.child-voice': string;
  'assessment.entryText.hypothesis': string;
  'assessment.entryText.outcome': string;
  /** `{label}` */
  'assessment.error.required': string;
  /** `{label}` */
  'assessment.error.wrongType': string;
  /** `{label}` */
  'assessment.error.notNumber': string;
  /** `{label}`, `{length}`, `{max}` */
  'assessment.error.tooLong': string;
  /** `{label}`, `{min}` */
  'assessment.error.belowMin': string;
  /** `{label}`, `{max}` */
  'assessment.error.aboveMax': string;
  /** `{label}`, `{step}` */
  'assessment.error.notStep': string;
  /** `{label}` */
  'assessment.error.invalidDate': string;
  /** `{label}`, `{notBefore}` */
  'assessment.error.dateTooEarly': string;
  /** `{label}`, `{notAfter}` */
  'assessment.error.dateTooLate': string;
  /** `{label}` */
  'assessment.error.dateInFuture': string;
  /** `{code}`, `{label}` */
  'assessment.error.unknownCode': string;
  /** `{label}`, `{min}` (the form chosen by `min`) */
  'assessment.error.tooFewSelected': PluralMessage;
  /** `{label}`, `{max}` (the form chosen by `max`) */
  'assessment.error.tooManySelected': PluralMessage;
  /** `{label}`, `{max}`, `{min}`, `{rater}` */
  'assessment.error.scaleOutOfRange': string;
  /** `{label}`, `{rater}` */
  'assessment.error.notWholeNumber': string;
  /** `{label}`, `{rater}` */
  'assessment.error.unknownRater': string;
  /** `{label}` */
  'assessment.error.unknownPerson': string;
  /** `{item}`, `{label}` */
  'assessment.error.invalidEntry': string;
  /** `{item}`, `{label}` */
  'assessment.error.entryTextMissing': string;
  /** `{label}`, `{min}` (the form chosen by `min`) */
  'assessment.error.tooFewItems': PluralMessage;
  /** `{label}`, `{max}` (the form chosen by `max`) */
  'assessment.error.tooManyItems': PluralMessage;
  // Assessment: list limits and disagreements with answers
  /** `{max}` */
  'assessment.listFull': string;
  'assessment.dispute.record': string;
  /** `{name}` */
  'assessment.dispute.change': string;
  /** `{name}` */
  'assessment.dispute.remove': string;
  'assessment.dispute.who': string;
  'assessment.dispute.what': string;
  'assessment.dispute.whatHint': string;
  'assessment.dispute.save': string;
  'assessment.dispute.cancel': string;
  /** `{name}`, `{text}` */
  'assessment.dispute.shown': string;
  'assessment.dispute.relation.child': string;
  'assessment.dispute.relation.mother': string;
  'assessment.dispute.relation.father': string;
  'assessment.dispute.relation.parent': string;
  'assessment.dispute.relation.stepmother': string;
  'assessment.dispute.relation.stepfather': string;
  'assessment.dispute.relation.step-parent': string;
  'assessment.dispute.error.who': string;
  'assessment.dispute.error.what': string;
  'assessment.dispute.recorded': string;
  'assessment.dispute.changed': string;
  'assessment.dispute.removed': string;
  /** Announced when a change to a disagreement cannot be saved because the assessment is locked. */
  'assessment.dispute.notSaved': string;
  'assessment.entry.disputedBy': string;
  'assessment.entry.disputeReason': string;
  // End of the assessment form block
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
