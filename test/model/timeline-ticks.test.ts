import { expect } from '@open-wc/testing';
import { dayOfWeek, toDayNumber } from '../../src/model/index.js';
import {
  ageTicks,
  calendarTicks,
  MAX_DAY,
  MAX_SPAN_DAYS,
  MIN_DAY,
  TICK_GRANULARITIES,
  TICK_KINDS,
  TimeScale,
} from '../../src/model/timeline/index.js';

const day = (iso: string) => toDayNumber(iso);

function expectIncreasingWithin(
  ticks: readonly { day: number; px: number }[],
  scale: TimeScale,
): void {
  for (let i = 0; i < ticks.length; i++) {
    const tick = ticks[i] as { day: number; px: number };
    expect(Number.isFinite(tick.day) && Number.isFinite(tick.px)).to.equal(true);
    expect(tick.day).to.be.within(scale.startDay, scale.endDay);
    if (i > 0) expect(tick.day).to.be.greaterThan((ticks[i - 1] as { day: number }).day);
  }
}

function expectSpaced(ticks: readonly { px: number }[], spacing: number, width: number): void {
  for (let i = 1; i < ticks.length; i++) {
    const gap = (ticks[i]?.px ?? 0) - (ticks[i - 1]?.px ?? 0);
    expect(gap).to.be.at.least(spacing - 1e-6);
  }
  expect(ticks.length).to.be.at.most(Math.floor(width / spacing) + 1);
}

describe('timeline model: ticks', () => {
  describe('calendar ticks', () => {
    const cases: Array<[string, number, number, string]> = [
      ['6 hours', 0.25, 1200, 'hour'],
      ['2 days', 2, 1000, '6-hour'],
      ['2 weeks', 14, 1000, 'day'],
      ['3 months', 91, 900, 'week'],
      ['2 years', 731, 2000, 'month'],
      ['4 years', 4 * 365, 1500, 'quarter'],
      ['14 years', 14 * 365, 1000, 'year'],
      ['40 years', 40 * 365, 1000, '5-year'],
      ['100 years', 100 * 365, 1000, 'decade'],
      ['200 years', MAX_SPAN_DAYS, 1000, '25-year'],
    ];
    for (const [name, span, width, expected] of cases) {
      it(`labels ${name} across ${width} px by ${expected}`, () => {
        const start = day('2000-01-01');
        const scale = new TimeScale(start, start + span, width);
        const ticks = calendarTicks(scale, { minLabelSpacingPx: 60 });
        expect(ticks.granularity).to.equal(expected);
        expect(ticks.major.length).to.be.greaterThan(0);
        expectIncreasingWithin(ticks.major, scale);
        expectSpaced(ticks.major, 60, width);
      });
    }

    it('places ticks on calendar boundaries', () => {
      const month = calendarTicks(new TimeScale(day('2023-11-15'), day('2025-12-20'), 1000), {
        minLabelSpacingPx: 30,
      });
      expect(month.granularity).to.equal('month');
      expect(month.major.every((t) => t.iso.endsWith('-01'))).to.equal(true);
      expect(month.major[0]?.iso).to.equal('2023-12-01');
      const week = calendarTicks(new TimeScale(day('2024-03-01'), day('2024-06-01'), 800), {
        minLabelSpacingPx: 50,
      });
      expect(week.granularity).to.equal('week');
      expect(week.major.every((t) => dayOfWeek(t.iso) === 1)).to.equal(true);
      const hours = calendarTicks(new TimeScale(day('2024-03-01'), day('2024-03-01') + 0.5, 1200), {
        minLabelSpacingPx: 40,
      });
      expect(hours.granularity).to.equal('hour');
      expect(hours.major.map((t) => t.iso).slice(0, 3)).to.deep.equal([
        '2024-03-01T00:00',
        '2024-03-01T01:00',
        '2024-03-01T02:00',
      ]);
      const decade = calendarTicks(new TimeScale(day('1931-06-01'), day('2026-01-01'), 1000), {
        minLabelSpacingPx: 80,
      });
      expect(decade.major.map((t) => t.iso)).to.include('1940-01-01');
      expect(decade.major.every((t) => Number(t.iso.slice(0, 4)) % 10 === 0)).to.equal(true);
    });

    it('adds finer minor ticks that never sit on a major tick', () => {
      const scale = new TimeScale(day('2020-01-01'), day('2026-01-01'), 1200);
      const ticks = calendarTicks(scale, { minLabelSpacingPx: 80 });
      expect(ticks.minorGranularity).to.not.equal(undefined);
      const majorIndex = TICK_GRANULARITIES.indexOf(ticks.granularity);
      const minorIndex = TICK_GRANULARITIES.indexOf(ticks.minorGranularity ?? 'century');
      expect(minorIndex).to.be.lessThan(majorIndex);
      expectIncreasingWithin(ticks.minor, scale);
      const majors = new Set(ticks.major.map((t) => t.day));
      expect(ticks.minor.some((t) => majors.has(t.day))).to.equal(false);
      expectSpaced(ticks.minor, 80 / 6, 1200);
    });

    it('never crowds labels, at any zoom, width or spacing (sweep)', () => {
      const spans = [1 / 24, 0.3, 1, 5, 30, 200, 800, 3000, 12000, 40000, MAX_SPAN_DAYS];
      const widths = [1, 50, 320, 1000, 2560];
      const spacings = [1, 24, 60, 150, 400];
      for (const span of spans) {
        for (const width of widths) {
          for (const spacing of spacings) {
            const scale = new TimeScale(day('1990-06-15'), day('1990-06-15') + span, width);
            const ticks = calendarTicks(scale, { minLabelSpacingPx: spacing });
            expectIncreasingWithin(ticks.major, scale);
            expectIncreasingWithin(ticks.minor, scale);
            expectSpaced(ticks.major, spacing, width);
          }
        }
      }
    });

    it('works at the ends of the calendar', () => {
      for (const scale of [
        new TimeScale(MIN_DAY, MIN_DAY + 400, 800),
        new TimeScale(MAX_DAY - 400, MAX_DAY, 800),
        new TimeScale(MAX_DAY - 0.1, MAX_DAY, 800),
        new TimeScale(MIN_DAY, MIN_DAY + MAX_SPAN_DAYS, 800),
        new TimeScale(MAX_DAY - MAX_SPAN_DAYS, MAX_DAY, 800),
      ]) {
        const ticks = calendarTicks(scale, { minLabelSpacingPx: 50 });
        expectIncreasingWithin(ticks.major, scale);
        expectIncreasingWithin(ticks.minor, scale);
        expectSpaced(ticks.major, 50, 800);
        for (const tick of ticks.major) expect(TICK_KINDS).to.include(tick.kind);
      }
    });

    it('copes with nonsense options', () => {
      const scale = new TimeScale(0, 30, 500);
      for (const minLabelSpacingPx of [0, -5, Number.NaN, Infinity]) {
        const ticks = calendarTicks(scale, { minLabelSpacingPx });
        expect(ticks.major.length + ticks.minor.length).to.be.at.most(5000);
        expectIncreasingWithin(ticks.major, scale);
      }
    });
  });

  describe('label kinds', () => {
    const kinds = (from: string, span: number, width: number, spacing: number) => {
      const scale = new TimeScale(day(from), day(from) + span, width);
      const ticks = calendarTicks(scale, { minLabelSpacingPx: spacing });
      return { ticks, kinds: new Set([...ticks.major, ...ticks.minor].map((t) => t.kind)) };
    };

    it('labels hours with the time, and midnight with its day', () => {
      const { ticks } = kinds('2024-03-04', 2, 1000, 60);
      expect(ticks.granularity).to.equal('6-hour');
      const byIso = new Map(ticks.major.map((t) => [t.iso, t.kind]));
      expect(byIso.get('2024-03-04T06:00')).to.equal('hour');
      expect(byIso.get('2024-03-05T00:00')).to.equal('day');
    });

    it('labels days and weeks by day, months and quarters by month, years and longer by year', () => {
      const cases: Array<[string, number, number, string]> = [
        ['day', 14, 1000, 'day'],
        ['week', 91, 900, 'day'],
        ['month', 731, 2000, 'month'],
        ['quarter', 4 * 365, 1500, 'month'],
        ['year', 14 * 365, 1000, 'year'],
        ['decade', 100 * 365, 1000, 'year'],
      ];
      for (const [granularity, span, width, kind] of cases) {
        const scale = new TimeScale(day('2000-01-01'), day('2000-01-01') + span, width);
        const ticks = calendarTicks(scale, { minLabelSpacingPx: 60 });
        expect(ticks.granularity).to.equal(granularity);
        expect(new Set(ticks.major.map((t) => t.kind)), granularity).to.deep.equal(new Set([kind]));
      }
    });

    it('gives the kinds at the ends of the calendar too', () => {
      const first = kinds('0001-01-01', 3 * 365, 1000, 60);
      expect(first.ticks.major[0]?.iso).to.equal('0001-01-01');
      expect(first.ticks.major[0]?.kind).to.equal('month');
      const last = calendarTicks(new TimeScale(MAX_DAY - 30 * 365, MAX_DAY, 1000), {
        minLabelSpacingPx: 60,
      });
      expect(last.major.at(-1)?.iso.slice(0, 4)).to.match(/^99\d\d$/);
      expect(last.major.every((t) => t.kind === 'year')).to.equal(true);
    });
  });

  describe('age ticks', () => {
    it('ticks each birthday when zoomed out', () => {
      const scale = new TimeScale(day('2013-01-01'), day('2027-01-01'), 1000);
      const ticks = ageTicks(scale, '2013-08-21');
      expect(ticks.map((t) => t.years)).to.deep.equal([
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
      ]);
      expect(ticks.every((t) => t.unit === 'year' && t.months === 0)).to.equal(true);
      expect(ticks[3]?.day).to.equal(day('2016-08-21'));
      expect(ticks[0]?.approximate).to.equal(false);
      expectIncreasingWithin(ticks, scale);
      expectSpaced(ticks, 48, 1000);
    });

    it('ticks months under two when there is room', () => {
      const scale = new TimeScale(day('2022-09-01'), day('2025-09-01'), 1500);
      const ticks = ageTicks(scale, '2022-09-05', { minLabelSpacingPx: 30 });
      expect(ticks[0]).to.include({ unit: 'year', years: 0, totalMonths: 0 });
      expect(ticks[1]).to.include({ unit: 'month', years: 0, months: 1, totalMonths: 1 });
      expect(ticks.find((t) => t.totalMonths === 18)).to.include({ years: 1, months: 6 });
      const after = ticks.filter((t) => t.totalMonths >= 24);
      expect(after.every((t) => t.unit === 'year' && t.months === 0)).to.equal(true);
      expectIncreasingWithin(ticks, scale);
      expectSpaced(ticks, 30, 1500);
    });

    it('thins birthdays out when zoomed far out, and keeps to the domain', () => {
      const scale = new TimeScale(day('1950-01-01'), day('2040-01-01'), 600);
      const ticks = ageTicks(scale, '1960-02-29', { minLabelSpacingPx: 50 });
      expect(ticks.length).to.be.greaterThan(2);
      expect(ticks.every((t) => t.years % 10 === 0)).to.equal(true);
      expectIncreasingWithin(ticks, scale);
      expectSpaced(ticks, 50, 600);
    });

    it('puts a 29 February birthday on 28 February in other years', () => {
      const scale = new TimeScale(day('2020-01-01'), day('2024-12-31'), 2000);
      const ticks = ageTicks(scale, '2020-02-29', { minLabelSpacingPx: 300 });
      expect(ticks.map((t) => t.day)).to.include(day('2021-02-28'));
    });

    it('flags an uncertain date of birth, and gives nothing for an impossible one', () => {
      const scale = new TimeScale(day('2010-01-01'), day('2020-01-01'), 1000);
      const fuzzy = ageTicks(scale, { date: '2012', qualifier: 'about' });
      expect(fuzzy.length).to.be.greaterThan(0);
      expect(fuzzy.every((t) => t.approximate)).to.equal(true);
      expect(ageTicks(scale, '9999-12-31')).to.deep.equal([]);
      const last = new TimeScale(MAX_DAY - 400, MAX_DAY, 500);
      const lastTicks = ageTicks(last, '9999-01-01');
      expect(lastTicks.map((t) => t.totalMonths)).to.deep.equal([0, 3, 6, 9]);
      expectIncreasingWithin(lastTicks, last);
      expect(ageTicks(scale, 'not a date' as never)).to.deep.equal([]);
    });
  });
});
