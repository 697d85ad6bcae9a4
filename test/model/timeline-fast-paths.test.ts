// The fast paths the timeline takes through a large record agree with the general paths they
// stand in for: reading dates with character codes, sorting with numeric keys, picking events
// through an index by type, and ordering a lane by drawn start.
import { expect } from '@open-wc/testing';
import {
  dayNumberFromParts,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isoDayNumber,
  toDayNumber,
} from '../../src/model/calendar/dates.js';
import type { CaseEvent, CaseRecord } from '../../src/model/case-record/schema.js';
import { dateSpan, isExactDay } from '../../src/model/fuzzy-dates.js';
import { defineCaseRecord } from '../../src/model/index.js';
import type { EventMatcher } from '../../src/model/practice-model/timescales.js';
import {
  compareEntries,
  timelineEntries,
  type TimelineEntry,
} from '../../src/model/timeline/index.js';
import { orderByFrom } from '../../src/model/timeline/visible.js';
import { evaluateTimescales } from '../../src/model/timescales/index.js';
import {
  categoryIndex,
  compileMatcher,
  indexByType,
  matchesCompiled,
  matchesEvent,
  positionsMatching,
} from '../../src/model/timescales/matching.js';
import { momentOf, parseMoment } from '../../src/model/timescales/moments.js';
import { generateCase, mulberry32, SAMPLE_TODAY, sampleModel } from '../../src/samples/index.js';

/** `YYYY-MM-DD` read the slow, obvious way: a pattern, then a range check. */
function referenceDayNumber(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return dayNumberFromParts(year, month, day);
}

const NOT_DATES = [
  '',
  '2023-02-29',
  '0000-01-01',
  '2024-13-01',
  '2024-00-10',
  '2024-01-32',
  '2024-04-31',
  '2024-1-01',
  ' 2024-01-01',
  '2024-01-01 ',
  '2024-01-01\n',
  '２０２４-01-01',
  '2024/01/01',
  '+02024-01-01',
  '10000-01-01',
  'abcd-ef-gh',
  '2024-01-0a',
  '2024-01-01T09:30',
];

/** A journey with times of day, same-day entries, uncertain dates and periods. */
function journey(seed: number, events: number): CaseRecord {
  const input = generateCase({ seed, persons: 8, events, model: sampleModel });
  const random = mulberry32(seed + 100);
  const list = input.events as CaseEvent[];
  list.forEach((event, i) => {
    // Every tenth entry on the same day as the one before, to exercise the tie-breaks.
    const before = list[i - 1]?.date;
    if (i % 10 === 9 && event.end === undefined && typeof before === 'string') event.date = before;
    if (random() < 0.03 && typeof event.date === 'string') {
      event.date = { date: event.date.slice(0, 7), qualifier: 'about' };
    }
  });
  return defineCaseRecord(input, sampleModel);
}

/** An entry without the event it was read from, to compare two readings. */
function plain(entry: TimelineEntry): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'event'));
}

describe('timeline fast paths', () => {
  describe('isoDayNumber', () => {
    it('reads every real date as the pattern and toDayNumber do', () => {
      const random = mulberry32(7);
      for (let i = 0; i < 2000; i++) {
        const day = Math.floor(-719162 + random() * (2932896 + 719162 + 1));
        const iso = fromDayNumber(day);
        expect(isoDayNumber(iso), iso).to.equal(day);
        expect(referenceDayNumber(iso), iso).to.equal(day);
      }
      for (const iso of ['0001-01-01', '9999-12-31', '2024-02-29', '2000-02-29', '1970-01-01']) {
        expect(isoDayNumber(iso), iso).to.equal(referenceDayNumber(iso));
        expect(isIsoDate(iso)).to.equal(true);
      }
    });

    it('gives NaN for what is not a real date, and toDayNumber still throws a RangeError', () => {
      for (const value of NOT_DATES) {
        expect(referenceDayNumber(value), value).to.equal(undefined);
        expect(Number.isNaN(isoDayNumber(value)), value).to.equal(true);
        expect(isIsoDate(value), value).to.equal(false);
        expect(() => toDayNumber(value), value).to.throw(RangeError);
      }
    });
  });

  describe('fuzzy dates written as strings', () => {
    const written = [
      '2024-03-02',
      '2024-03-02T08:30',
      '2024-03-02T08:30:15',
      '2019',
      '2019-05',
      '0001-01-01',
      '9999-12-31T23:59',
    ];

    it('span and exactness are those of the same date in the object form', () => {
      for (const date of written) {
        expect(dateSpan(date), date).to.deep.equal(dateSpan({ date }));
        expect(isExactDay(date), date).to.equal(isExactDay({ date }));
      }
      for (const date of ['abc', '20190', '2019-05-1']) {
        expect(isExactDay(date), date).to.equal(isExactDay({ date }));
      }
    });

    it('a date that is not real throws a RangeError either way', () => {
      for (const date of ['2023-02-29', '2023-02-29T10:00', '2024-13-01']) {
        expect(() => dateSpan(date), date).to.throw(RangeError);
        expect(() => dateSpan({ date }), date).to.throw(RangeError);
      }
    });
  });

  describe('parseMoment', () => {
    it('gives the moment momentOf writes, for dates and times of day', () => {
      for (const value of ['2024-03-02', '0001-01-01', '9999-12-31']) {
        expect(parseMoment(value), value).to.deep.equal(momentOf(toDayNumber(value)));
      }
      for (const [value, minute] of [
        ['2024-03-02T08:30', 510],
        ['2024-03-02T00:00', 0],
        ['2024-03-02T23:59:59', 1439],
      ] as const) {
        expect(parseMoment(value), value).to.deep.equal(
          momentOf(toDayNumber(value.slice(0, 10)), minute),
        );
      }
      for (const value of ['2024-03-02T24:00', '2024-02-30', '2024-03-02T08:60', '2024', '']) {
        expect(parseMoment(value), value).to.equal(undefined);
      }
    });
  });

  describe('positionsMatching', () => {
    it('picks through the type index exactly the events a scan of every event picks', () => {
      const record = journey(3, 1500);
      const events = record.events ?? [];
      const byType = indexByType(events);
      const categories = categoryIndex(sampleModel);
      const matchers: EventMatcher[] = sampleModel.timescales.flatMap((rule) => [
        rule.from,
        rule.target,
        ...(rule.restartOn ?? []),
        ...(rule.stopOn ?? []),
      ]);
      matchers.push({ types: ['visit', 'placement'] }, { types: ['no-such-type'] }, {});
      for (const matcher of matchers) {
        const compiled = compileMatcher(matcher);
        const scanned = events.flatMap((event, i) =>
          matchesCompiled(compiled, event, categories) ? [i] : [],
        );
        const indexed = positionsMatching(compiled, events, byType, categories);
        expect(
          [...indexed].sort((a, b) => a - b),
          JSON.stringify(matcher),
        ).to.deep.equal(scanned);
      }
    });

    it('starts a clock at every anchor a scan finds, for rules that nothing stops or restarts', () => {
      const record = journey(4, 2000);
      const clocks = evaluateTimescales(sampleModel, record, { today: SAMPLE_TODAY });
      const today = toDayNumber(SAMPLE_TODAY);
      const simple = sampleModel.timescales.filter(
        (r) => r.kind === 'within' && !r.restartOn?.length && !r.stopOn?.length,
      );
      expect(simple.length).to.be.greaterThan(0);
      for (const rule of simple) {
        if (rule.kind !== 'within') continue;
        const anchors = (record.events ?? [])
          .filter((event) => matchesEvent(rule.from, event, sampleModel))
          .filter((event) => {
            const date = rule.from.boundary === 'end' ? event.end : event.date;
            return date !== undefined && isExactDay(date) && dateSpan(date).earliest <= today;
          })
          .map((event) => event.id);
        const started = clocks.filter((c) => c.rule === rule.id).map((c) => c.anchor.event);
        expect(anchors.length, rule.id).to.be.greaterThan(0);
        expect([...started].sort(), rule.id).to.deep.equal([...anchors].sort());
      }
    });
  });

  describe('timelineEntries', () => {
    it('orders entries exactly as compareEntries does', () => {
      for (const seed of [1, 2]) {
        const { entries } = timelineEntries(journey(seed, 1200), sampleModel, {
          today: SAMPLE_TODAY,
        });
        const sorted = [...entries].sort(compareEntries);
        expect(entries.map((e) => e.id)).to.deep.equal(sorted.map((e) => e.id));
        expect(entries.some((e) => e.minute !== undefined)).to.equal(true);
        expect(entries.some((e) => e.uncertain !== undefined)).to.equal(true);
      }
    });

    it('gives the same entries for a record already in date order, without sorting it again', () => {
      const record = journey(3, 900);
      const shuffled = timelineEntries(record, sampleModel, { today: SAMPLE_TODAY });
      // The same events, stored in chronology order (as most records are): positions change, so
      // compare everything else.
      const inOrder: CaseRecord = { ...record, events: shuffled.entries.map((e) => e.event) };
      const ordered = timelineEntries(inOrder, sampleModel, { today: SAMPLE_TODAY });
      const withoutIndex = (entry: TimelineEntry) => ({ ...entry, index: 0 });
      expect(ordered.entries.map(withoutIndex)).to.deep.equal(shuffled.entries.map(withoutIndex));
      expect(ordered.entries.map((e) => e.index)).to.deep.equal(ordered.entries.map((_, i) => i));
      expect(ordered.entries).to.not.equal(inOrder.events);
    });

    it('reads dates written as strings as it reads the same dates in the object form', () => {
      const record = journey(5, 800);
      const asObjects: CaseRecord = {
        ...record,
        events: (record.events ?? []).map((event) => ({
          ...event,
          date: typeof event.date === 'string' ? { date: event.date } : event.date,
          ...(typeof event.end === 'string' ? { end: { date: event.end } } : {}),
        })),
      };
      const fast = timelineEntries(record, sampleModel, { today: SAMPLE_TODAY });
      const general = timelineEntries(asObjects, sampleModel, { today: SAMPLE_TODAY });
      expect(fast.entries.map(plain)).to.deep.equal(general.entries.map(plain));
      expect(fast.extent).to.deep.equal(general.extent);
    });

    it('keeps the people the record holds, in order, wherever the ones dropped are', () => {
      const record = journey(6, 10);
      const [a, b, c] = (record.persons ?? []).map((p) => p.id);
      // eslint-disable-next-line no-sparse-arrays
      const holey = [a, , b];
      const events = [
        { id: 'all', type: 'visit', date: '2024-02-03', persons: [a, b, c] },
        { id: 'middle', type: 'visit', date: '2024-02-03', persons: [a, 'nobody', b, 7, c] },
        { id: 'first', type: 'visit', date: '2024-02-03', persons: ['nobody', a] },
        { id: 'hole', type: 'visit', date: '2024-02-03', persons: holey },
        { id: 'none', type: 'visit', date: '2024-02-03' },
      ];
      const { entries, issues } = timelineEntries(
        { ...record, events } as unknown as CaseRecord,
        sampleModel,
      );
      const persons = Object.fromEntries(entries.map((e) => [e.id, [...e.persons]]));
      expect(persons).to.deep.equal({
        all: [a, b, c],
        middle: [a, b, c],
        first: [a],
        hole: [a, b],
        none: [],
      });
      const dropped = issues.filter((i) => i.code === 'dangling-reference');
      expect(dropped.map((i) => i.path)).to.deep.equal([
        'events[1].persons[1]',
        'events[1].persons[3]',
        'events[2].persons[0]',
      ]);
    });

    it('leaves out dates that are not real in either form, with the same issues', () => {
      const events = [
        { id: 'a', type: 'visit', date: '2024-02-30' },
        { id: 'b', type: 'visit', date: '2024-02-03T25:00' },
        { id: 'c', type: 'visit', date: '2024-02-03T12:60' },
        { id: 'd', type: 'visit', date: '2024-02-03X12:30' },
        { id: 'e', type: 'visit', date: '2024-02-03' },
      ];
      const record = { events } as unknown as CaseRecord;
      const general = {
        events: events.map((e) => ({ ...e, date: { date: e.date } })),
      } as unknown as CaseRecord;
      const fast = timelineEntries(record, sampleModel);
      expect(fast.entries.map((e) => e.id)).to.deep.equal(['e']);
      expect(fast.issues.map((i) => i.path)).to.deep.equal(
        timelineEntries(general, sampleModel).issues.map((i) => i.path),
      );
    });
  });

  describe('orderByFrom', () => {
    it('is a stable sort by drawn start', () => {
      const random = mulberry32(11);
      for (let round = 0; round < 50; round++) {
        const n = Math.floor(random() * 60);
        let day = 0;
        const entries = Array.from({ length: n }, (_, i) => {
          day += Math.floor(random() * 3);
          // Some entries start earlier than their neighbours, as uncertain dates do.
          const from = random() < 0.2 ? day - Math.floor(random() * 10) : day;
          return { id: `e${i}`, from } as unknown as TimelineEntry;
        });
        const stable = [...entries].sort((a, b) => a.from - b.from);
        expect(orderByFrom(entries).map((e) => e.id)).to.deep.equal(stable.map((e) => e.id));
      }
    });

    it('returns the entries as given when they are in order', () => {
      const entries = [{ from: 1 }, { from: 1 }, { from: 2 }] as unknown as TimelineEntry[];
      expect(orderByFrom(entries)).to.equal(entries);
    });
  });
});
