/**
 * The words every view of the timeline puts on an entry (its type, area, source, people and
 * dates), worked out one way so the drawing, the table, the details and the exports agree, and
 * a withheld entry says "Information withheld" everywhere.
 */
import type { Localiser } from '../../i18n/localiser.js';
import type { Agency, CaseRecord, Person } from '../../model/case-record/schema.js';
import type { EventType, Lane, PracticeModel } from '../../model/practice-model/schema.js';
import type { ChronologyTextColumn, TimelineEntry } from '../../model/timeline/index.js';
import { nameOf, personsById } from '../shared/people.js';

/** Names and dates of entries, for one render. */
export class EntryText {
  private readonly types: ReadonlyMap<string, EventType>;
  private readonly lanes: ReadonlyMap<string, Lane>;
  private readonly agencies: ReadonlyMap<string, Agency>;
  private readonly professionals: ReadonlyMap<string, string>;
  /** The record's persons by id. */
  readonly persons: ReadonlyMap<string, Person>;

  constructor(
    readonly i18n: Localiser,
    model: PracticeModel,
    record: CaseRecord,
    /** An audience applies: unknown people are "Name withheld". */
    readonly redacting: boolean,
  ) {
    this.types = new Map(model.eventTypes.map((t) => [t.id, t]));
    this.lanes = new Map(model.lanes.map((l) => [l.id, l]));
    this.agencies = new Map((record.agencies ?? []).map((a) => [a.id, a]));
    this.professionals = new Map((record.professionals ?? []).map((p) => [p.id, p.name]));
    this.persons = personsById(record);
  }

  /** The event type's label ("Referral"), "Information withheld" for a withheld entry. */
  type(entry: TimelineEntry): string {
    if (entry.redacted) return this.i18n.t('common.informationWithheld');
    const type = this.types.get(entry.type);
    return type ? this.i18n.text(type.label) : this.i18n.t('timeline.unknownType');
  }

  /** The title as recorded, or an empty string. */
  title(entry: TimelineEntry): string {
    return entry.redacted ? '' : (entry.event.title ?? '');
  }

  /** "Referral: Referral from school", or the type alone when there is no title. */
  name(entry: TimelineEntry): string {
    const title = this.title(entry);
    return title
      ? this.i18n.t('timeline.markOf', { type: this.type(entry), title })
      : this.type(entry);
  }

  /** What is drawn beside a mark: the title, else the type. */
  short(entry: TimelineEntry): string {
    return this.title(entry) || this.type(entry);
  }

  /** A lane's label ("Other" for the lane of unknown types and withheld entries). */
  lane(laneId: string): string {
    const lane = this.lanes.get(laneId);
    return lane ? this.i18n.text(lane.label) : this.i18n.t('timeline.otherLane');
  }

  /** The source agency's name, or an empty string. */
  agency(entry: TimelineEntry): string {
    if (entry.redacted || entry.agency === undefined) return '';
    return this.agencies.get(entry.agency)?.name ?? '';
  }

  /** The author: a professional's name, or the name as written. */
  author(entry: TimelineEntry): string {
    const author = entry.redacted ? undefined : entry.event.author;
    return author === undefined ? '' : (this.professionals.get(author) ?? author);
  }

  /** The people the entry is about, by name. */
  people(entry: TimelineEntry): string[] {
    return entry.persons.map((id) => nameOf(id, this.persons, this.i18n, this.redacting));
  }

  /** The date in words: "about 2019", "10 January 2024 to 3 March 2024", "From ..., ongoing". */
  when(entry: TimelineEntry): string {
    const event = entry.event;
    const from = this.i18n.date(event.date);
    if (entry.kind !== 'period') return from;
    if (!entry.open && event.end !== undefined) {
      return this.i18n.t('timeline.period', { from, to: this.i18n.date(event.end) });
    }
    return this.i18n.t('timeline.periodOngoing', { from });
  }

  /** The recorded date, when it is given and differs from the event's date. */
  recorded(entry: TimelineEntry): string {
    const recorded = entry.redacted ? undefined : entry.event.recorded;
    if (recorded === undefined || recorded === entry.event.date) return '';
    return this.i18n.date(recorded);
  }

  /** The significance in words ("High", "Not rated"). */
  significance(entry: TimelineEntry): string {
    const s = entry.event.significance;
    return s
      ? this.i18n.t(`timeline.significance.${s}`)
      : this.i18n.t('timeline.significance.none');
  }

  /**
   * What a sortable text column of the chronology table shows for the entry, to sort by: the
   * title, the type's label ("Information withheld" for a withheld entry), the area's label
   * (nothing for a withheld entry, as its row shows none) or the source agency's name.
   */
  sortText(entry: TimelineEntry, column: ChronologyTextColumn): string {
    switch (column) {
      case 'title':
        // The "Entry" cell shows the type, then the title: sorted as read.
        return `${this.type(entry)} ${this.title(entry)}`.trim();
      case 'type':
        return this.type(entry);
      case 'lane':
        return entry.redacted ? '' : this.lane(entry.lane);
      default:
        return this.agency(entry);
    }
  }

  /** Everything searchable that the record does not hold as text: type, area and source names. */
  searchable(entry: TimelineEntry): string {
    return entry.redacted
      ? ''
      : `${this.type(entry)}\n${this.lane(entry.lane)}\n${this.agency(entry)}`;
  }
}
