import { expect } from '@open-wc/testing';
import {
  bankHolidayData,
  BANK_HOLIDAY_DATA_FIRST_YEAR,
  BANK_HOLIDAY_DATA_LAST_YEAR,
} from '../../src/model/calendar/bank-holidays.data.js';
import { workingDayArithmetic } from '../../src/model/calendar/working-days.js';
import {
  addDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  addYears,
  bankHolidaysByRule,
  bankHolidaysIn,
  CLOSURE_TITLE,
  compareIso,
  createWorkingCalendar,
  dayOfWeek,
  daysBetween,
  DIVISIONS,
  easterSunday,
  fromDayNumber,
  isIsoDate,
  isWorkingDay,
  toDayNumber,
  workingDaysBetween,
  type Division,
} from '../../src/model/calendar/index.js';

const EW: Division = 'england-and-wales';
const SCO: Division = 'scotland';
const NI: Division = 'northern-ireland';

/** Dates of a division's bank holidays in a year. */
const holidayDates = (year: number, division: Division): string[] =>
  bankHolidaysIn(year, division).map((h) => h.date);

/** A deterministic pseudo-random sequence (mulberry32) so property-style loops are repeatable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('calendar: ISO date helpers', () => {
  it('recognises real dates, including leap days', () => {
    expect(isIsoDate('2024-02-29')).to.equal(true);
    expect(isIsoDate('2000-02-29')).to.equal(true);
    expect(isIsoDate('2023-02-29')).to.equal(false);
    expect(isIsoDate('1900-02-29')).to.equal(false);
    expect(isIsoDate('2024-04-31')).to.equal(false);
    expect(isIsoDate('2024-13-01')).to.equal(false);
    expect(isIsoDate('2024-00-10')).to.equal(false);
    expect(isIsoDate('2024-1-01')).to.equal(false);
    expect(isIsoDate('2024-01-01T00:00')).to.equal(false);
    expect(isIsoDate('0000-01-01')).to.equal(false);
    expect(isIsoDate(20240101)).to.equal(false);
    expect(isIsoDate(undefined)).to.equal(false);
  });

  it('converts to and from day numbers', () => {
    expect(toDayNumber('1970-01-01')).to.equal(0);
    expect(toDayNumber('1970-01-02')).to.equal(1);
    expect(toDayNumber('1969-12-31')).to.equal(-1);
    expect(toDayNumber('2000-03-01')).to.equal(11017);
    expect(fromDayNumber(0)).to.equal('1970-01-01');
    expect(fromDayNumber(11017)).to.equal('2000-03-01');
    expect(fromDayNumber(toDayNumber('0001-01-01'))).to.equal('0001-01-01');
    expect(fromDayNumber(toDayNumber('9999-12-31'))).to.equal('9999-12-31');
  });

  it('round-trips every day from 1899 to 2101 and agrees with UTC Date', () => {
    let day = toDayNumber('1899-01-01');
    const last = toDayNumber('2101-12-31');
    for (; day <= last; day += 1) {
      const iso = fromDayNumber(day);
      expect(toDayNumber(iso)).to.equal(day);
      // Checked against Date in UTC only: the module itself never uses Date.
      const utc = new Date(day * 86_400_000);
      if (utc.toISOString().slice(0, 10) !== iso) expect.fail(`${iso} != ${utc.toISOString()}`);
      if (utc.getUTCDay() !== dayOfWeek(iso)) expect.fail(`weekday of ${iso}`);
    }
  });

  it('gives the day of the week with 0 = Sunday', () => {
    expect(dayOfWeek('1970-01-01')).to.equal(4);
    expect(dayOfWeek('2024-12-20')).to.equal(5);
    expect(dayOfWeek('2024-12-22')).to.equal(0);
    expect(dayOfWeek('2024-12-23')).to.equal(1);
    expect(dayOfWeek('2000-02-29')).to.equal(2);
  });

  it('adds days, weeks and counts days between', () => {
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2023-02-28', 1)).to.equal('2023-03-01');
    expect(addDays('2024-12-31', 1)).to.equal('2025-01-01');
    expect(addDays('2025-01-01', -1)).to.equal('2024-12-31');
    expect(addWeeks('2024-12-20', 2)).to.equal('2025-01-03');
    expect(addWeeks('2025-01-03', -2)).to.equal('2024-12-20');
    expect(daysBetween('2024-02-28', '2024-03-01')).to.equal(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).to.equal(-2);
    expect(daysBetween('2024-01-01', '2025-01-01')).to.equal(366);
  });

  it('steps calendar months from the 31st to the last day of shorter months', () => {
    expect(addMonths('2024-01-31', 1)).to.equal('2024-02-29');
    expect(addMonths('2023-01-31', 1)).to.equal('2023-02-28');
    expect(addMonths('2024-01-31', 2)).to.equal('2024-03-31');
    expect(addMonths('2024-01-31', 3)).to.equal('2024-04-30');
    expect(addMonths('2024-03-31', -1)).to.equal('2024-02-29');
    expect(addMonths('2024-01-31', -2)).to.equal('2023-11-30');
    expect(addMonths('2024-11-15', 2)).to.equal('2025-01-15');
    expect(addMonths('2024-01-15', -13)).to.equal('2022-12-15');
    expect(addMonths('2024-05-10', 0)).to.equal('2024-05-10');
  });

  it('adds years as twelve months: 29 February plus a year is 28 February', () => {
    expect(addYears('2024-02-29', 1)).to.equal('2025-02-28');
    expect(addYears('2024-02-29', 4)).to.equal('2028-02-29');
    expect(addYears('2024-02-29', -1)).to.equal('2023-02-28');
    expect(addYears('2023-03-01', 1)).to.equal('2024-03-01');
    expect(addMonths('2024-02-29', 12)).to.equal('2025-02-28');
  });

  it('compares dates', () => {
    expect(compareIso('2024-01-01', '2024-01-02')).to.equal(-1);
    expect(compareIso('2024-01-02', '2024-01-02')).to.equal(0);
    expect(compareIso('2025-01-01', '2024-12-31')).to.equal(1);
    const sorted = ['2024-03-01', '2023-12-31', '2024-02-29'].sort(compareIso);
    expect(sorted).to.deep.equal(['2023-12-31', '2024-02-29', '2024-03-01']);
  });

  it('throws RangeError for invalid dates and amounts', () => {
    expect(() => toDayNumber('2023-02-29')).to.throw(RangeError);
    expect(() => toDayNumber('31/01/2024')).to.throw(RangeError, /YYYY-MM-DD/);
    expect(() => addDays('2024-01-01', 1.5)).to.throw(RangeError);
    expect(() => addDays('2024-01-01', Number.NaN)).to.throw(RangeError);
    expect(() => addMonths('2024-01-01', 0.5)).to.throw(RangeError);
    expect(() => addYears('not a date', 1)).to.throw(RangeError);
    expect(() => addDays('9999-12-31', 1)).to.throw(RangeError);
    expect(() => fromDayNumber(0.5)).to.throw(RangeError);
    expect(() => compareIso('2024-01-01', '2024-02-30')).to.throw(RangeError);
    expect(() => daysBetween('2024-02-30', '2024-01-01')).to.throw(RangeError);
  });
});

describe('calendar: embedded bank-holiday data', () => {
  it('covers 2015 to 2027 in every division with sorted weekday dates', () => {
    expect(BANK_HOLIDAY_DATA_FIRST_YEAR).to.equal(2015);
    expect(BANK_HOLIDAY_DATA_LAST_YEAR).to.equal(2027);
    for (const division of DIVISIONS) {
      const rows = bankHolidayData(division);
      const dates = rows.map(([date]) => date);
      expect([...dates].sort(), division).to.deep.equal(dates);
      for (const date of dates) {
        expect(isIsoDate(date), date).to.equal(true);
        const weekday = dayOfWeek(date);
        expect(weekday !== 0 && weekday !== 6, `${division} ${date} is a weekday`).to.equal(true);
      }
      for (let year = 2015; year <= 2027; year += 1) {
        expect(bankHolidaysIn(year, division).length, `${division} ${year}`).to.be.greaterThan(7);
      }
    }
  });

  it('reproduces the data by rule for 2015-2027 except the listed one-off days', () => {
    type Row = readonly [date: string, title: string];
    /** Differences between GOV.UK's data and the standing rules, the same in every division. */
    const ONE_OFFS: Record<number, { ruleOnly: Row[]; dataOnly: Row[] }> = {
      2020: {
        ruleOnly: [['2020-05-04', 'Early May bank holiday']],
        dataOnly: [['2020-05-08', 'Early May bank holiday (VE day)']],
      },
      2022: {
        ruleOnly: [['2022-05-30', 'Spring bank holiday']],
        dataOnly: [
          ['2022-06-02', 'Spring bank holiday'],
          ['2022-06-03', 'Platinum Jubilee bank holiday'],
          ['2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'],
        ],
      },
      2023: {
        ruleOnly: [],
        dataOnly: [['2023-05-08', 'Bank holiday for the coronation of King Charles III']],
      },
    };
    /**
     * Title-only differences: same dates, titles swapped. Scotland 2023 (1 January a Sunday)
     * calls Monday 2 January the New Year's Day substitute; 2017, with the same weekdays, calls it
     * "2nd January", which is what the rule (a holiday already on a weekday keeps its day) gives.
     */
    const TITLE_SWAPS: Partial<Record<Division, Record<number, Row[]>>> = {
      scotland: {
        2023: [
          ['2023-01-02', 'New Year’s Day'],
          ['2023-01-03', '2nd January'],
        ],
      },
    };
    const key = ([date, title]: Row): string => `${date} ${title}`;
    for (const division of DIVISIONS) {
      for (let year = 2015; year <= 2027; year += 1) {
        const data = bankHolidayData(division)
          .filter(([date]) => date.startsWith(`${year}-`))
          .map(key);
        const rule = bankHolidaysByRule(year, division).map((h) => `${h.date} ${h.title}`);
        const oneOff = ONE_OFFS[year];
        const swaps = TITLE_SWAPS[division]?.[year];
        let expected = rule;
        if (oneOff) {
          const removed = new Set(oneOff.ruleOnly.map(key));
          expected = [...expected.filter((k) => !removed.has(k)), ...oneOff.dataOnly.map(key)];
        }
        if (swaps) {
          const swappedDates = new Set(swaps.map(([date]) => date));
          expected = [
            ...expected.filter((k) => !swappedDates.has(k.slice(0, 10))),
            ...swaps.map(key),
          ];
        }
        expect(data, `${division} ${year}`).to.deep.equal(expected.sort());
        // Dates alone agree even where titles are swapped.
        if (!oneOff) {
          expect(
            data.map((k) => k.slice(0, 10)),
            `${division} ${year} dates`,
          ).to.deep.equal(rule.map((k) => k.slice(0, 10)));
        }
      }
    }
  });
});

describe('calendar: working days', () => {
  it('counts the spec example: one working day after Friday 20 December 2024 is Monday 23rd', () => {
    expect(addWorkingDays('2024-12-20', 1, EW)).to.equal('2024-12-23');
    expect(addWorkingDays('2024-12-20', 0, EW)).to.equal('2024-12-20');
    expect(addWorkingDays('2024-12-21', 0, EW)).to.equal('2024-12-21');
    expect(addWorkingDays('2024-12-23', -1, EW)).to.equal('2024-12-20');
    expect(workingDaysBetween('2024-12-20', '2024-12-23', EW)).to.equal(1);
  });

  it('does not count the start day, even when it is a working day or a weekend', () => {
    expect(addWorkingDays('2024-06-03', 1, EW)).to.equal('2024-06-04');
    expect(addWorkingDays('2024-06-01', 1, EW)).to.equal('2024-06-03');
    expect(addWorkingDays('2024-06-02', 5, EW)).to.equal('2024-06-07');
    expect(addWorkingDays('2024-06-03', 10, EW)).to.equal('2024-06-17');
    expect(addWorkingDays('2024-06-01', -1, EW)).to.equal('2024-05-31');
    expect(addWorkingDays('2024-06-03', -5, EW)).to.equal('2024-05-24');
  });

  it('handles Christmas and New Year 2024 in all three divisions', () => {
    // 25, 26 Dec Wed/Thu; 1 Jan Wed; Scotland also 2 Jan.
    expect(addWorkingDays('2024-12-24', 1, EW)).to.equal('2024-12-27');
    expect(addWorkingDays('2024-12-31', 1, EW)).to.equal('2025-01-02');
    expect(addWorkingDays('2024-12-31', 1, SCO)).to.equal('2025-01-03');
    expect(addWorkingDays('2024-12-31', 1, NI)).to.equal('2025-01-02');
    expect(workingDaysBetween('2024-12-20', '2025-01-06', EW)).to.equal(8);
    expect(workingDaysBetween('2024-12-20', '2025-01-06', SCO)).to.equal(7);
  });

  it('uses substitute days: Christmas 2020 (Boxing Day on a Saturday)', () => {
    for (const division of DIVISIONS) {
      expect(holidayDates(2020, division), division).to.include.members([
        '2020-12-25',
        '2020-12-28',
      ]);
      expect(isWorkingDay('2020-12-28', division), division).to.equal(false);
      expect(addWorkingDays('2020-12-24', 1, division), division).to.equal('2020-12-29');
    }
    // New Year 2021 on a Friday; 2 January a Saturday moves to Monday 4th in Scotland only.
    expect(addWorkingDays('2020-12-31', 1, EW)).to.equal('2021-01-04');
    expect(addWorkingDays('2020-12-31', 1, NI)).to.equal('2021-01-04');
    expect(addWorkingDays('2020-12-31', 1, SCO)).to.equal('2021-01-05');
  });

  it('uses substitute days: Christmas 2021 and New Year 2022 at weekends', () => {
    for (const division of DIVISIONS) {
      expect(isWorkingDay('2021-12-27', division)).to.equal(false);
      expect(isWorkingDay('2021-12-28', division)).to.equal(false);
      expect(isWorkingDay('2021-12-29', division)).to.equal(true);
      expect(isWorkingDay('2022-01-03', division)).to.equal(false);
      expect(addWorkingDays('2021-12-24', 1, division)).to.equal('2021-12-29');
    }
    expect(isWorkingDay('2022-01-04', EW)).to.equal(true);
    expect(isWorkingDay('2022-01-04', NI)).to.equal(true);
    expect(isWorkingDay('2022-01-04', SCO)).to.equal(false);
    expect(addWorkingDays('2021-12-31', 1, EW)).to.equal('2022-01-04');
    expect(addWorkingDays('2021-12-31', 1, SCO)).to.equal('2022-01-05');
    expect(workingDaysBetween('2021-12-24', '2022-01-07', EW)).to.equal(7);
    expect(workingDaysBetween('2021-12-24', '2022-01-07', SCO)).to.equal(6);
  });

  it('uses substitute days: Christmas 2022 on a Sunday and New Year 2023 on a Sunday', () => {
    for (const division of DIVISIONS) {
      expect(holidayDates(2022, division)).to.include.members(['2022-12-26', '2022-12-27']);
      expect(addWorkingDays('2022-12-23', 1, division)).to.equal('2022-12-28');
      expect(isWorkingDay('2023-01-02', division)).to.equal(false);
    }
    expect(addWorkingDays('2022-12-30', 1, EW)).to.equal('2023-01-03');
    expect(addWorkingDays('2022-12-30', 1, NI)).to.equal('2023-01-03');
    expect(addWorkingDays('2022-12-30', 1, SCO)).to.equal('2023-01-04');
  });

  it('treats 2 January as a bank holiday in Scotland only', () => {
    expect(isWorkingDay('2025-01-02', SCO)).to.equal(false);
    expect(isWorkingDay('2025-01-02', EW)).to.equal(true);
    expect(isWorkingDay('2025-01-02', NI)).to.equal(true);
    expect(bankHolidaysIn(2025, SCO)[1]).to.deep.equal({
      date: '2025-01-02',
      title: '2nd January',
    });
    // 2016: 2 January a Saturday, observed on Monday 4th.
    expect(isWorkingDay('2016-01-04', SCO)).to.equal(false);
    expect(isWorkingDay('2016-01-04', EW)).to.equal(true);
  });

  it('handles Easter: Scotland has Good Friday but no Easter Monday', () => {
    // Easter 2025: Good Friday 18 April, Easter Monday 21 April.
    for (const division of DIVISIONS) expect(isWorkingDay('2025-04-18', division)).to.equal(false);
    expect(isWorkingDay('2025-04-21', EW)).to.equal(false);
    expect(isWorkingDay('2025-04-21', NI)).to.equal(false);
    expect(isWorkingDay('2025-04-21', SCO)).to.equal(true);
    expect(addWorkingDays('2025-04-17', 1, EW)).to.equal('2025-04-22');
    expect(addWorkingDays('2025-04-17', 1, SCO)).to.equal('2025-04-21');
    expect(holidayDates(2025, SCO)).not.to.include('2025-04-21');
  });

  it('treats St Patrick’s Day and the Battle of the Boyne as Northern Ireland holidays', () => {
    expect(isWorkingDay('2025-03-17', NI)).to.equal(false);
    expect(isWorkingDay('2025-03-17', EW)).to.equal(true);
    expect(isWorkingDay('2025-03-17', SCO)).to.equal(true);
    expect(addWorkingDays('2025-03-14', 1, NI)).to.equal('2025-03-18');
    // 17 March 2024 was a Sunday: substitute Monday 18th.
    expect(isWorkingDay('2024-03-18', NI)).to.equal(false);
    // 12 July 2025 was a Saturday: substitute Monday 14th.
    expect(isWorkingDay('2025-07-14', NI)).to.equal(false);
    expect(isWorkingDay('2025-07-14', EW)).to.equal(true);
  });

  it('treats St Andrew’s Day as a Scottish holiday, with substitutes', () => {
    expect(isWorkingDay('2023-11-30', SCO)).to.equal(false);
    expect(isWorkingDay('2023-11-30', EW)).to.equal(true);
    expect(isWorkingDay('2024-12-02', SCO)).to.equal(false);
    expect(isWorkingDay('2025-12-01', SCO)).to.equal(false);
  });

  it('knows the summer bank holiday differs in Scotland', () => {
    expect(isWorkingDay('2025-08-04', SCO)).to.equal(false);
    expect(isWorkingDay('2025-08-04', EW)).to.equal(true);
    expect(isWorkingDay('2025-08-25', EW)).to.equal(false);
    expect(isWorkingDay('2025-08-25', NI)).to.equal(false);
    expect(isWorkingDay('2025-08-25', SCO)).to.equal(true);
  });

  it('uses the one-off days: 2020 VE day, 2022 Jubilee and State Funeral, 2023 Coronation', () => {
    for (const division of DIVISIONS) {
      // VE day 2020: the early May bank holiday moved from Monday 4 to Friday 8 May.
      expect(isWorkingDay('2020-05-04', division)).to.equal(true);
      expect(isWorkingDay('2020-05-08', division)).to.equal(false);
      // Platinum Jubilee: spring bank holiday moved to Thursday 2 June, plus Friday 3 June.
      expect(isWorkingDay('2022-05-30', division)).to.equal(true);
      expect(isWorkingDay('2022-06-02', division)).to.equal(false);
      expect(isWorkingDay('2022-06-03', division)).to.equal(false);
      expect(addWorkingDays('2022-06-01', 1, division)).to.equal('2022-06-06');
      // State Funeral of Queen Elizabeth II, Monday 19 September 2022.
      expect(isWorkingDay('2022-09-19', division)).to.equal(false);
      expect(addWorkingDays('2022-09-16', 1, division)).to.equal('2022-09-20');
      // Coronation of King Charles III, Monday 8 May 2023.
      expect(isWorkingDay('2023-05-08', division)).to.equal(false);
      expect(workingDaysBetween('2023-04-28', '2023-05-12', division)).to.equal(8);
    }
    expect(bankHolidaysIn(2022, EW).map((h) => h.title)).to.include(
      'Bank Holiday for the State Funeral of Queen Elizabeth II',
    );
  });

  it('honours host closure days, as options and through a calendar', () => {
    const closures = ['2024-12-27', '2024-12-30', '2024-12-31'];
    expect(isWorkingDay('2024-12-27', EW)).to.equal(true);
    expect(isWorkingDay('2024-12-27', EW, { closures })).to.equal(false);
    expect(addWorkingDays('2024-12-24', 1, EW)).to.equal('2024-12-27');
    expect(addWorkingDays('2024-12-24', 1, EW, { closures })).to.equal('2025-01-02');
    expect(addWorkingDays('2024-12-24', 1, SCO, { closures })).to.equal('2025-01-03');
    expect(workingDaysBetween('2024-12-20', '2025-01-06', EW, { closures })).to.equal(5);

    const calendar = createWorkingCalendar({ division: SCO, closures });
    const { addWorkingDays: add, isWorkingDay: isOpen } = calendar;
    expect(calendar.division).to.equal(SCO);
    expect(add('2024-12-24', 1)).to.equal('2025-01-03');
    expect(isOpen('2024-12-30')).to.equal(false);
    expect(calendar.workingDaysBetween('2024-12-20', '2025-01-06')).to.equal(4);

    // Closures are not bank holidays unless asked for; duplicates and weekends are harmless.
    expect(bankHolidaysIn(2024, EW, { closures })).to.deep.equal(bankHolidaysIn(2024, EW));
    const listed = bankHolidaysIn(2024, EW, {
      closures: [...closures, '2024-12-25', '2024-12-28', '2024-12-27'],
      includeClosures: true,
    });
    expect(listed.slice(-6)).to.deep.equal([
      { date: '2024-12-25', title: 'Christmas Day' },
      { date: '2024-12-26', title: 'Boxing Day' },
      { date: '2024-12-27', title: CLOSURE_TITLE },
      { date: '2024-12-28', title: CLOSURE_TITLE },
      { date: '2024-12-30', title: CLOSURE_TITLE },
      { date: '2024-12-31', title: CLOSURE_TITLE },
    ]);
    expect(calendar.closures).to.deep.equal(closures);
  });

  it('copies the closure list when a calendar is created', () => {
    const closures = ['2025-06-02'];
    const calendar = createWorkingCalendar({ division: EW, closures });
    closures.push('2025-06-03');
    expect(calendar.isWorkingDay('2025-06-02')).to.equal(false);
    expect(calendar.isWorkingDay('2025-06-03')).to.equal(true);
  });

  it('agrees with a day-by-day count for random starts, amounts and closures', () => {
    const next = random(20240520);
    const base = toDayNumber('2010-01-01');
    const closures = ['2019-12-27', '2019-12-30', '2019-12-31', '2024-12-27', '2024-12-28'];
    for (const division of DIVISIONS) {
      const calendar = createWorkingCalendar({ division, closures });
      for (let i = 0; i < 400; i += 1) {
        const start = fromDayNumber(base + Math.floor(next() * 7300));
        const n = Math.floor(next() * 141) - 70;
        let date = start;
        for (let left = Math.abs(n); left > 0;) {
          date = addDays(date, n > 0 ? 1 : -1);
          if (calendar.isWorkingDay(date)) left -= 1;
        }
        expect(calendar.addWorkingDays(start, n), `${division} ${start} ${n}`).to.equal(date);
      }
    }
  });

  it('keeps workingDaysBetween consistent with addWorkingDays', () => {
    const next = random(42);
    const base = toDayNumber('2008-01-01');
    for (const division of DIVISIONS) {
      for (let i = 0; i < 500; i += 1) {
        const start = fromDayNumber(base + Math.floor(next() * 9000));
        const n = Math.floor(next() * 300);
        const end = addWorkingDays(start, n, division);
        expect(workingDaysBetween(start, end, division), `${division} ${start} +${n}`).to.equal(n);
        expect(workingDaysBetween(end, start, division)).to.equal(-n);
        if (n > 0) {
          expect(isWorkingDay(end, division)).to.equal(true);
          // The day before the result still falls one short.
          expect(workingDaysBetween(start, addDays(end, -1), division)).to.equal(n - 1);
        }
        // Counting back undoes counting forward: to `start` itself when it is a working day,
        // otherwise to the last working day before it (the start day is never counted).
        if (n > 0) {
          expect(addWorkingDays(end, -n, division), `${division} ${end} -${n}`).to.equal(
            isWorkingDay(start, division) ? start : addWorkingDays(start, -1, division),
          );
        }
        // Adding the count between two dates reaches the last working day on or before the end.
        const other = fromDayNumber(toDayNumber(start) + Math.floor(next() * 120));
        const count = workingDaysBetween(start, other, division);
        let last = other;
        while (count > 0 && !isWorkingDay(last, division)) last = addDays(last, -1);
        expect(addWorkingDays(start, count, division)).to.equal(count > 0 ? last : start);
      }
    }
  });

  it('counts working days between dates, start excluded and end included', () => {
    expect(workingDaysBetween('2024-06-03', '2024-06-03', EW)).to.equal(0);
    expect(workingDaysBetween('2024-06-03', '2024-06-07', EW)).to.equal(4);
    expect(workingDaysBetween('2024-06-02', '2024-06-07', EW)).to.equal(5);
    expect(workingDaysBetween('2024-06-07', '2024-06-02', EW)).to.equal(-5);
    expect(workingDaysBetween('2024-06-08', '2024-06-09', EW)).to.equal(0);
    // A whole year: 261 weekdays in 2025 less 8 bank holidays (E&W), 9 (Scotland), 10 (NI).
    expect(workingDaysBetween('2024-12-31', '2025-12-31', EW)).to.equal(253);
    expect(workingDaysBetween('2024-12-31', '2025-12-31', SCO)).to.equal(252);
    expect(workingDaysBetween('2024-12-31', '2025-12-31', NI)).to.equal(251);
  });
});

describe('calendar: years outside the data, by rule', () => {
  it('computes Easter by the anonymous Gregorian algorithm', () => {
    expect(easterSunday(2030)).to.equal('2030-04-21');
    expect(easterSunday(2012)).to.equal('2012-04-08');
    expect(easterSunday(2000)).to.equal('2000-04-23');
    expect(easterSunday(2038)).to.equal('2038-04-25');
    expect(easterSunday(2285)).to.equal('2285-03-22');
    expect(easterSunday(1818)).to.equal('1818-03-22');
    for (let year = 1900; year <= 2100; year += 1)
      expect(dayOfWeek(easterSunday(year))).to.equal(0);
  });

  it('gives 2030 holidays by rule', () => {
    expect(bankHolidaysIn(2030, EW)).to.deep.equal([
      { date: '2030-01-01', title: 'New Year’s Day' },
      { date: '2030-04-19', title: 'Good Friday' },
      { date: '2030-04-22', title: 'Easter Monday' },
      { date: '2030-05-06', title: 'Early May bank holiday' },
      { date: '2030-05-27', title: 'Spring bank holiday' },
      { date: '2030-08-26', title: 'Summer bank holiday' },
      { date: '2030-12-25', title: 'Christmas Day' },
      { date: '2030-12-26', title: 'Boxing Day' },
    ]);
    expect(isWorkingDay('2030-04-22', SCO)).to.equal(true);
    expect(isWorkingDay('2030-08-05', SCO)).to.equal(false);
    expect(addWorkingDays('2030-04-18', 1, EW)).to.equal('2030-04-23');
    expect(addWorkingDays('2030-04-18', 1, SCO)).to.equal('2030-04-22');
  });

  it('gives 2012 holidays by rule', () => {
    const ew = holidayDates(2012, EW);
    expect(ew).to.include('2012-04-06'); // Good Friday
    expect(ew).to.include('2012-04-09'); // Easter Monday
    expect(ew).to.include('2012-01-02'); // New Year's Day, a Sunday, observed Monday
    expect(holidayDates(2012, SCO)).to.include.members(['2012-01-02', '2012-01-03', '2012-04-06']);
    expect(holidayDates(2012, SCO)).not.to.include('2012-04-09');
    expect(holidayDates(2012, NI)).to.include.members(['2012-03-19', '2012-07-12']);
  });

  it('applies substitute days when Christmas falls at a weekend', () => {
    // 2032: Christmas Saturday -> Monday 27, Boxing Day Sunday -> Tuesday 28.
    expect(holidayDates(2032, EW).slice(-2)).to.deep.equal(['2032-12-27', '2032-12-28']);
    // 2033: Christmas Sunday -> Tuesday 27 (Boxing Day keeps Monday 26).
    expect(bankHolidaysIn(2033, EW).slice(-2)).to.deep.equal([
      { date: '2033-12-26', title: 'Boxing Day' },
      { date: '2033-12-27', title: 'Christmas Day' },
    ]);
    // 2011: New Year's Day Saturday -> Monday 3; Scotland's 2 January Sunday -> Tuesday 4.
    expect(holidayDates(2011, EW)[0]).to.equal('2011-01-03');
    expect(holidayDates(2011, SCO).slice(0, 2)).to.deep.equal(['2011-01-03', '2011-01-04']);
  });

  it('counts working days across the data boundary', () => {
    // 2027-12-24 (Fri) → 27, 28 substitute holidays (data) → Wed 29 Dec.
    expect(addWorkingDays('2027-12-24', 1, EW)).to.equal('2027-12-29');
    // 2027-12-31 (Fri): New Year's Day 2028 is a Saturday, observed Monday 3 January (by rule).
    expect(addWorkingDays('2027-12-31', 1, EW)).to.equal('2028-01-04');
    expect(addWorkingDays('2014-12-24', 1, EW)).to.equal('2014-12-29');
    expect(addWorkingDays('2014-12-31', 1, SCO)).to.equal('2015-01-05');
  });
});

describe('calendar: the counting table', () => {
  // The calendar counts closed weekdays from a table over a window of years, grown as dates
  // come; these compare it with a walk through the calendar one day at a time, built from the
  // listed bank holidays and closures alone.
  const isOpen = (division: Division, closures: readonly string[]): ((date: string) => boolean) => {
    const closed = new Set(closures);
    const years = new Map<number, Set<string>>();
    return (date) => {
      const year = Number(date.slice(0, 4));
      let holidays = years.get(year);
      if (!holidays) {
        holidays = new Set(holidayDates(year, division));
        years.set(year, holidays);
      }
      const weekday = dayOfWeek(date);
      return weekday !== 0 && weekday !== 6 && !holidays.has(date) && !closed.has(date);
    };
  };
  const walk = (open: (date: string) => boolean, start: string, n: number): string => {
    let date = start;
    for (let left = Math.abs(n); left > 0;) {
      date = addDays(date, n > 0 ? 1 : -1);
      if (open(date)) left -= 1;
    }
    return date;
  };
  const count = (open: (date: string) => boolean, start: string, end: string): number => {
    const [from, to] = start <= end ? [start, end] : [end, start];
    let total = 0;
    for (let date = addDays(from, 1); date <= to; date = addDays(date, 1))
      if (open(date)) total += 1;
    return start <= end ? total : -total;
  };
  // A week's closure at Christmas, a long summer closure (more than a month of weekdays), and
  // closures on bank holidays and weekends (which change nothing).
  const closures = [
    ...['2019-12-23', '2019-12-27', '2019-12-30', '2019-12-31', '2020-01-02'],
    ...Array.from({ length: 45 }, (_, i) => fromDayNumber(toDayNumber('2022-07-01') + i)),
    '2023-05-08',
    '2023-05-06',
  ];

  it('steps as a day-by-day walk does, forwards and backwards, in every division', () => {
    const next = random(20261126);
    const base = toDayNumber('2005-01-01');
    for (const division of DIVISIONS) {
      for (const withClosures of [false, true]) {
        const listed = withClosures ? closures : [];
        const calendar = createWorkingCalendar({ division, closures: listed });
        const open = isOpen(division, listed);
        for (let i = 0; i < 300; i += 1) {
          // 2005 to 2034: the rules before 2015 and after 2027, the published data between.
          const start = fromDayNumber(base + Math.floor(next() * 10950));
          const n = Math.floor(next() * 401) - 200;
          expect(calendar.addWorkingDays(start, n), `${division} ${start} ${n}`).to.equal(
            walk(open, start, n),
          );
        }
      }
    }
  });

  it('counts as a day-by-day walk does, both ways round', () => {
    const next = random(7);
    const base = toDayNumber('2005-01-01');
    for (const division of DIVISIONS) {
      const calendar = createWorkingCalendar({ division, closures });
      const open = isOpen(division, closures);
      for (let i = 0; i < 150; i += 1) {
        const start = fromDayNumber(base + Math.floor(next() * 10950));
        const end = fromDayNumber(toDayNumber(start) + Math.floor(next() * 801) - 400);
        expect(calendar.workingDaysBetween(start, end), `${division} ${start} ${end}`).to.equal(
          count(open, start, end),
        );
      }
    }
  });

  it('counts dates centuries apart with one calendar (beyond the table, year by year)', () => {
    const calendar = createWorkingCalendar({ division: EW });
    const open = isOpen(EW, []);
    // The table covers a window of years; a span of centuries is counted year by year instead.
    for (const [start, n] of [
      ['1850-12-20', 10],
      ['2150-12-20', 10],
      ['1850-01-03', -25],
      ['2150-04-01', 60],
      ['2024-12-20', 3],
      ['1901-06-14', -7],
    ] as const) {
      expect(calendar.addWorkingDays(start, n), `${start} ${n}`).to.equal(walk(open, start, n));
    }
    expect(calendar.workingDaysBetween('1850-12-20', '1851-01-20')).to.equal(
      count(open, '1850-12-20', '1851-01-20'),
    );
    // 1850 to 2150: 300 years of weekdays less the bank holidays, by rule and by the data.
    let expected = 0;
    for (let day = toDayNumber('1850-01-02'); day <= toDayNumber('2150-12-31'); day += 1) {
      const weekday = (((day + 4) % 7) + 7) % 7;
      if (weekday !== 0 && weekday !== 6) expected += 1;
    }
    for (let year = 1850; year <= 2150; year += 1) {
      expected -= holidayDates(year, EW).filter((date) => date !== '1850-01-01').length;
    }
    expect(calendar.workingDaysBetween('1850-01-01', '2150-12-31')).to.equal(expected);
  });

  it('throws at the ends of the supported years, as before', () => {
    const calendar = createWorkingCalendar({ division: SCO });
    expect(() => calendar.addWorkingDays('9999-12-30', 5)).to.throw(
      RangeError,
      '5 working days after 9999-12-30 falls outside the supported years 0001–9999',
    );
    expect(() => calendar.addWorkingDays('0001-01-03', -5)).to.throw(
      RangeError,
      '5 working days before 0001-01-03 falls outside the supported years 0001–9999',
    );
    expect(calendar.addWorkingDays('9999-12-28', 2)).to.equal('9999-12-30');
    expect(calendar.addWorkingDays('0001-01-10', -2)).to.equal('0001-01-08');
  });

  it('gives the same answers on day numbers, for the timescale evaluation', () => {
    const next = random(99);
    for (const division of DIVISIONS) {
      const calendar = createWorkingCalendar({ division, closures });
      const days = workingDayArithmetic(calendar);
      expect(days).to.not.equal(undefined);
      if (!days) return;
      days.reserve(toDayNumber('2010-01-01'), toDayNumber('2012-12-31'));
      for (let i = 0; i < 200; i += 1) {
        const start = fromDayNumber(toDayNumber('2005-01-01') + Math.floor(next() * 10950));
        const n = Math.floor(next() * 201) - 100;
        const end = fromDayNumber(toDayNumber(start) + Math.floor(next() * 401) - 200);
        expect(fromDayNumber(days.addWorkingDays(toDayNumber(start), n))).to.equal(
          calendar.addWorkingDays(start, n),
        );
        expect(days.workingDaysBetween(toDayNumber(start), toDayNumber(end))).to.equal(
          calendar.workingDaysBetween(start, end),
        );
      }
    }
    expect(workingDayArithmetic({ ...createWorkingCalendar({ division: EW }) })).to.equal(
      undefined,
    );
  });
});

describe('calendar: invalid input', () => {
  it('throws RangeError with a clear message', () => {
    expect(() => addWorkingDays('2024-02-30', 1, EW)).to.throw(RangeError, /2024-02-30/);
    expect(() => addWorkingDays('20/12/2024', 1, EW)).to.throw(RangeError, /YYYY-MM-DD/);
    expect(() => addWorkingDays('2024-12-20', 1.5, EW)).to.throw(RangeError, /whole number/);
    expect(() => addWorkingDays('2024-12-20', Number.POSITIVE_INFINITY, EW)).to.throw(RangeError);
    expect(() => addWorkingDays('2024-12-20', Number.NaN, EW)).to.throw(RangeError);
    expect(() => workingDaysBetween('2024-12-20', '2024-13-01', EW)).to.throw(RangeError);
    expect(() => isWorkingDay('2024-12-32', EW)).to.throw(RangeError);
    expect(() => bankHolidaysIn(2024.5, EW)).to.throw(RangeError);
    expect(() => bankHolidaysIn(0, EW)).to.throw(RangeError);
    expect(() => addWorkingDays('2024-12-20', 1, 'wales' as Division)).to.throw(
      RangeError,
      /division/,
    );
    expect(() => addWorkingDays('2024-12-20', 1, EW, { closures: ['2024-12-32'] })).to.throw(
      RangeError,
      /Closure/,
    );
    expect(() => createWorkingCalendar({ division: SCO, closures: ['tomorrow'] })).to.throw(
      RangeError,
    );
    expect(() => addWorkingDays('9999-12-30', 5, EW)).to.throw(RangeError, /0001–9999/);
  });
});
