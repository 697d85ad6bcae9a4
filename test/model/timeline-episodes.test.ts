import { expect } from '@open-wc/testing';
import { toDayNumber, type CaseEvent, type CaseRecord } from '../../src/model/index.js';
import {
  EXTENDED_TO,
  lookedAfterEpisodes,
  proceedingsBars,
  stabilityIndicators,
  timelineEntries,
  type TimelineEntry,
} from '../../src/model/timeline/index.js';
import { SAMPLE_TODAY, sampleCase, sampleModel } from '../../src/samples/index.js';

const day = (iso: string) => toDayNumber(iso);

/** The sample case with its extension hearing saying what the proceedings were extended to. */
function withExtension(record: CaseRecord): CaseRecord {
  return {
    ...record,
    events: (record.events ?? []).map((event) =>
      event.attributes?.stage === 'extension'
        ? { ...event, attributes: { ...event.attributes, extendedTo: '2025-09-30' } }
        : event,
    ),
  };
}

type Row = [
  id: string,
  type: string,
  start: string,
  end?: string,
  attributes?: CaseEvent['attributes'],
];

/** Entries for Ellie from `[id, type, start, end?, attributes?]` rows, read with the sample model. */
function entriesOf(rows: Row[], today = '2026-01-01'): TimelineEntry[] {
  const events: CaseEvent[] = rows.map(([id, type, date, end, attributes]) => ({
    id,
    type,
    date,
    persons: ['ellie'],
    ...(end ? { end } : {}),
    ...(attributes ? { attributes } : {}),
  }));
  const record: CaseRecord = { ...sampleCase, events };
  const { entries, issues } = timelineEntries(record, sampleModel, { today });
  expect(issues).to.deep.equal([]);
  return [...entries];
}

describe('timeline model: episodes', () => {
  describe('the sample case', () => {
    const { entries } = timelineEntries(sampleCase, sampleModel, { today: SAMPLE_TODAY });

    it("forms one open episode from Ellie's three legal statuses, with three placements and 2 moves", () => {
      const episodes = lookedAfterEpisodes(entries, sampleModel, { person: 'ellie' });
      expect(episodes).to.have.length(1);
      const [episode] = episodes;
      expect(episode?.startDate).to.equal('2025-01-09');
      expect(episode?.open).to.equal(true);
      expect(episode?.end).to.equal(undefined);
      expect(episode?.until).to.equal(day(SAMPLE_TODAY) + 1);
      expect(episode?.legalStatuses.map((e) => e.id)).to.deep.equal([
        'legal-v2',
        'legal-c1',
        'legal-c2',
      ]);
      expect(episode?.placements.map((e) => e.id)).to.deep.equal([
        'placement-1',
        'placement-2',
        'placement-3',
      ]);
      expect(episode?.placementMoves).to.equal(2);
      expect(episode?.missing.map((e) => e.id)).to.deep.equal(['missing-1', 'missing-2']);
    });

    it('reads the record directly when given one', () => {
      const episodes = lookedAfterEpisodes(sampleCase, sampleModel, {
        person: 'tyler',
        today: SAMPLE_TODAY,
      });
      expect(episodes.map((e) => [e.startDate, e.placementMoves])).to.deep.equal([
        ['2025-01-09', 2],
      ]);
      expect(lookedAfterEpisodes(entries, sampleModel, { person: 'mia' })).to.deep.equal([]);
    });

    it('gives the stability indicators on the sample today', () => {
      const episodes = lookedAfterEpisodes(entries, sampleModel, { person: 'ellie' });
      const indicators = stabilityIndicators(episodes, SAMPLE_TODAY, { dateOfBirth: '2013-08-21' });
      expect(indicators).to.deep.equal({
        lookedAfterNow: true,
        placementsInLast12Months: 1,
        threeOrMorePlacements: false,
        longTermStability: false,
        lookedAfterDays: day(SAMPLE_TODAY) - day('2025-01-09'),
        currentPlacementDays: day(SAMPLE_TODAY) - day('2025-07-02'),
        missingEpisodes: 1,
      });
      // A year earlier, all three placements fall within the twelve months.
      const earlier = stabilityIndicators(episodes, '2025-11-25');
      expect(earlier.placementsInLast12Months).to.equal(3);
      expect(earlier.threeOrMorePlacements).to.equal(true);
      expect(earlier.missingEpisodes).to.equal(1);
    });

    it('measures the proceedings against the 26 weeks of the model’s rule, and the extension', () => {
      // The hearing that granted the extension, with the day it was extended to.
      const extended = timelineEntries(withExtension(sampleCase), sampleModel, {
        today: SAMPLE_TODAY,
      }).entries;
      const bars = proceedingsBars(extended, sampleModel, { today: SAMPLE_TODAY });
      expect(bars).to.have.length(1);
      const { entry, extensions, ...bar } = bars[0] as (typeof bars)[number];
      expect(entry.id).to.equal('proceedings-1');
      expect(bar).to.deep.equal({
        rule: 'care-proceedings',
        issued: day('2025-02-18'),
        issuedDate: '2025-02-18',
        due: day('2025-08-19'),
        dueDate: '2025-08-19',
        until: day('2025-09-30'),
        untilDate: '2025-09-30',
        ended: day('2025-09-30'),
        week: 32,
        pastDue: true,
        overdue: false,
        open: false,
        uncertain: false,
      });
      expect(extensions.map((e) => [e.entry.id, e.toDate])).to.deep.equal([
        ['hearing-4', '2025-09-30'],
      ]);
    });

    it('draws no bar without a rule for proceedings, or where the rule does not apply', () => {
      const scottish = { ...sampleModel, timescales: [] };
      expect(proceedingsBars(entries, scottish, { today: SAMPLE_TODAY })).to.deep.equal([]);
      // The sample rule is for England and Wales only.
      expect(
        proceedingsBars(entries, sampleModel, { today: SAMPLE_TODAY, division: 'scotland' }),
      ).to.deep.equal([]);
      expect(proceedingsBars(entries, sampleModel, { today: SAMPLE_TODAY })).to.have.length(1);
    });

    it('takes the length from the rule, in whatever unit it is written', () => {
      const model = {
        ...sampleModel,
        timescales: sampleModel.timescales.map((rule) =>
          rule.id === 'care-proceedings' && rule.kind === 'within'
            ? { ...rule, within: { amount: 20, unit: 'working-days' as const } }
            : rule,
        ),
      };
      // Without the court's extension (the sample grants one), to see the rule's own length.
      const unextended = entries.filter((e) => e.event.attributes?.[EXTENDED_TO] === undefined);
      expect(unextended).to.have.length(entries.length - 1);
      const [bar] = proceedingsBars(unextended, model, { today: SAMPLE_TODAY });
      // 20 working days from Tuesday 18 February 2025: four weeks, no bank holiday between.
      expect(bar?.dueDate).to.equal('2025-03-18');
      expect(bar?.extensions).to.deep.equal([]);
      expect(bar).to.include({ pastDue: true, overdue: true });
    });
  });

  describe('episode rules', () => {
    it('chains statuses with a gap of at most one day, and starts anew after a longer gap', () => {
      const entries = entriesOf([
        ['a', 'legal-status', '2020-01-01', '2020-03-01'],
        ['b', 'legal-status', '2020-03-02', '2020-06-01'],
        ['c', 'legal-status', '2020-06-03', '2020-09-01'],
      ]);
      const episodes = lookedAfterEpisodes(entries);
      expect(episodes.map((e) => e.legalStatuses.map((s) => s.id))).to.deep.equal([
        ['a', 'b'],
        ['c'],
      ]);
      expect(episodes[0]).to.include({
        startDate: '2020-01-01',
        endDate: '2020-06-01',
        open: false,
      });
      expect(lookedAfterEpisodes(entries, undefined, { maxGapDays: 2 })).to.have.length(1);
    });

    it('honours startsEpisode and endsEpisode flags', () => {
      const entries = entriesOf([
        ['a', 'legal-status', '2020-01-01', '2020-03-01'],
        ['b', 'legal-status', '2020-03-01', '2020-06-01', { startsEpisode: true }],
        ['c', 'legal-status', '2020-06-01', '2020-09-01', { endsEpisode: true }],
        ['d', 'legal-status', '2020-09-01', '2020-12-01', { startsEpisode: false }],
      ]);
      const episodes = lookedAfterEpisodes(entries);
      expect(episodes.map((e) => e.legalStatuses.map((s) => s.id))).to.deep.equal([
        ['a'],
        ['b', 'c'],
        ['d'],
      ]);
    });

    it('keeps an episode open while any status is open, and takes overlapping placements', () => {
      const entries = entriesOf(
        [
          ['a', 'legal-status', '2024-01-10', '2024-02-01'],
          ['b', 'legal-status', '2024-02-01'],
          ['before', 'placement', '2023-01-01', '2024-01-10'],
          ['p1', 'placement', '2024-01-10', '2024-05-01'],
          ['p2', 'placement', '2024-05-01'],
          ['m', 'missing-episode', '2024-06-01', '2024-06-02'],
        ],
        '2025-01-01',
      );
      const [episode] = lookedAfterEpisodes(entries);
      expect(episode?.open).to.equal(true);
      expect(episode?.until).to.equal(day('2025-01-02'));
      // A placement that ends the day the episode starts does not overlap it.
      expect(episode?.placements.map((p) => p.id)).to.deep.equal(['p1', 'p2']);
      expect(episode?.placementMoves).to.equal(1);
      expect(episode?.missing.map((m) => m.id)).to.deep.equal(['m']);
    });

    it('counts no moves for an episode without placements, and no episodes without statuses', () => {
      const entries = entriesOf([
        ['a', 'legal-status', '2020-01-01', '2020-02-01'],
        ['p', 'placement', '2021-01-01', '2021-02-01'],
      ]);
      const [episode] = lookedAfterEpisodes(entries);
      expect(episode?.placements).to.deep.equal([]);
      expect(episode?.placementMoves).to.equal(0);
      expect(lookedAfterEpisodes([])).to.deep.equal([]);
    });

    it('copes with a legal status whose end is before its start (shown as open)', () => {
      const record: CaseRecord = {
        ...sampleCase,
        events: [{ id: 'x', type: 'legal-status', date: '2024-05-01', end: '2024-01-01' }],
      };
      const { entries } = timelineEntries(record, sampleModel, { today: '2024-06-01' });
      const [episode] = lookedAfterEpisodes(entries);
      expect(episode?.open).to.equal(true);
      expect(episode?.start).to.equal(day('2024-05-01'));
    });
  });

  describe('stability indicators', () => {
    it('flags three placements in twelve months, counting one that began before', () => {
      const entries = entriesOf(
        [
          ['a', 'legal-status', '2022-01-01'],
          ['p1', 'placement', '2022-01-01', '2024-03-01'],
          ['p2', 'placement', '2024-03-01', '2024-08-01'],
          ['p3', 'placement', '2024-08-01'],
        ],
        '2024-12-31',
      );
      const indicators = stabilityIndicators(lookedAfterEpisodes(entries), '2024-12-31');
      expect(indicators.placementsInLast12Months).to.equal(3);
      expect(indicators.threeOrMorePlacements).to.equal(true);
      expect(indicators.longTermStability).to.equal(false);
    });

    it('finds long-term stability: 2½ years looked after, 2 years in one placement, under 16', () => {
      const rows: Row[] = [
        ['a', 'legal-status', '2020-01-01'],
        ['p1', 'placement', '2020-01-01', '2021-06-01'],
        ['p2', 'placement', '2021-06-01'],
      ];
      const episodes = lookedAfterEpisodes(entriesOf(rows, '2024-01-01'));
      const stable = stabilityIndicators(episodes, '2024-01-01', { dateOfBirth: '2012-05-01' });
      expect(stable.longTermStability).to.equal(true);
      expect(stable.lookedAfterNow).to.equal(true);
      // Sixteen or over: not measured.
      expect(
        stabilityIndicators(episodes, '2024-01-01', { dateOfBirth: '2007-12-01' })
          .longTermStability,
      ).to.equal(false);
      // Not yet two years in the current placement.
      expect(stabilityIndicators(episodes, '2023-05-01').longTermStability).to.equal(false);
      // Not yet 2½ years looked after (placement rule aside).
      expect(stabilityIndicators(episodes, '2022-06-01').longTermStability).to.equal(false);
    });

    it('is not looked after after the episode ends', () => {
      const episodes = lookedAfterEpisodes(
        entriesOf([
          ['a', 'legal-status', '2020-01-01', '2021-01-01'],
          ['p', 'placement', '2020-01-01', '2021-01-01'],
        ]),
      );
      const later = stabilityIndicators(episodes, '2022-06-01');
      expect(later).to.include({
        lookedAfterNow: false,
        placementsInLast12Months: 0,
        lookedAfterDays: 0,
        currentPlacementDays: 0,
      });
    });

    it('rejects a today that is not a date', () => {
      expect(() => stabilityIndicators([], 'tomorrow')).to.throw(RangeError);
      expect(() => proceedingsBars([], sampleModel, { today: '2024-13-01' })).to.throw(RangeError);
    });
  });

  describe('proceedings bars', () => {
    it('counts the current week of open proceedings and flags week 26', () => {
      const entries = entriesOf(
        [
          ['open', 'care-proceedings', '2024-01-01'],
          ['quick', 'care-proceedings', '2024-01-01', '2024-05-01'],
        ],
        '2024-07-02',
      );
      const bars = proceedingsBars(entries, sampleModel, { today: '2024-07-02' });
      const open = bars.find((b) => b.entry.id === 'open');
      expect(open).to.include({ open: true, ended: undefined, week: 27, pastDue: true });
      expect(open).to.include({ overdue: true, dueDate: '2024-07-01', untilDate: '2024-07-01' });
      const onDay = proceedingsBars(entries, sampleModel, { today: '2024-06-30' }).find(
        (b) => b.entry.id === 'open',
      );
      expect(onDay).to.include({ week: 26, pastDue: false, overdue: false });
      const quick = bars.find((b) => b.entry.id === 'quick');
      expect(quick).to.include({ open: false, week: 18, pastDue: false });
      expect(
        proceedingsBars(entries, sampleModel, { today: '2024-01-01' }).find(
          (b) => b.entry.id === 'open',
        )?.week,
      ).to.equal(1);
    });

    it('extends the timetable by the entries that record an extension, one after another', () => {
      const rows: Row[] = [
        ['p', 'care-proceedings', '2024-01-01'],
        ['first', 'hearing', '2024-06-20', undefined, { extendedTo: '2024-08-26' }],
        // Not later than the timetable already runs to: no extension.
        ['same', 'hearing', '2024-06-25', undefined, { extendedTo: '2024-08-01' }],
        ['second', 'hearing', '2024-08-20', undefined, { extendedTo: '2024-10-21' }],
        ['nonsense', 'hearing', '2024-08-21', undefined, { extendedTo: 'October' }],
        // Not an entry of the court.
        ['family', 'family-event', '2024-08-22', undefined, { extendedTo: '2024-12-31' }],
        // After today: not a fact yet.
        ['planned', 'hearing', '2024-10-10', undefined, { extendedTo: '2024-12-01' }],
      ];
      const entries = entriesOf(rows, '2024-10-01');
      const [bar] = proceedingsBars(entries, sampleModel, { today: '2024-10-01' });
      expect(bar?.extensions.map((e) => [e.entry.id, e.toDate])).to.deep.equal([
        ['first', '2024-08-26'],
        ['second', '2024-10-21'],
      ]);
      expect(bar).to.include({
        dueDate: '2024-07-01',
        untilDate: '2024-10-21',
        week: 40,
        pastDue: true,
        overdue: false,
      });
      // Past the extended date too.
      const [later] = proceedingsBars(entriesOf(rows, '2024-11-01'), sampleModel, {
        today: '2024-11-01',
      });
      expect(later).to.include({ untilDate: '2024-12-01', overdue: false });
      const [after] = proceedingsBars(entriesOf(rows, '2025-01-01'), sampleModel, {
        today: '2025-01-01',
      });
      expect(after).to.include({ untilDate: '2024-12-01', overdue: true });
    });

    it('keeps each extension with its own proceedings, by reference or by the people', () => {
      const events: CaseEvent[] = [
        {
          id: 'a',
          type: 'care-proceedings',
          date: '2024-01-01',
          reference: 'A1',
          persons: ['tyler'],
        },
        { id: 'b', type: 'care-proceedings', date: '2024-01-08', persons: ['mia'] },
        {
          id: 'for-a',
          type: 'hearing',
          date: '2024-06-20',
          reference: 'A1',
          persons: ['tyler'],
          attributes: { extendedTo: '2024-08-26' },
        },
        {
          id: 'for-someone-else',
          type: 'hearing',
          date: '2024-06-21',
          persons: ['ellie'],
          attributes: { extendedTo: '2024-09-30' },
        },
      ];
      const { entries } = timelineEntries({ ...sampleCase, events }, sampleModel, {
        today: '2024-10-01',
      });
      const bars = proceedingsBars(entries, sampleModel, { today: '2024-10-01' });
      expect(bars.map((b) => [b.entry.id, b.untilDate])).to.deep.equal([
        ['a', '2024-08-26'],
        ['b', '2024-07-08'],
      ]);
    });

    it('finds an extension among all entries when the bars are drawn for filtered ones', () => {
      const entries = timelineEntries(withExtension(sampleCase), sampleModel, {
        today: SAMPLE_TODAY,
      }).entries;
      const proceedings = entries.filter((e) => e.category === 'proceedings');
      expect(
        proceedingsBars(proceedings, sampleModel, { today: SAMPLE_TODAY })[0]?.extensions,
      ).to.deep.equal([]);
      const [bar] = proceedingsBars(proceedings, sampleModel, {
        today: SAMPLE_TODAY,
        extensionsIn: entries,
      });
      expect(bar?.untilDate).to.equal('2025-09-30');
    });
  });
});
