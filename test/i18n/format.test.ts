import { expect } from '@open-wc/testing';
import {
  cy,
  enGB,
  formatFuzzyDate,
  formatPartialDate,
  formatTick,
  Localiser,
  withOverrides,
} from '../../src/i18n/index.js';
import type { Tick } from '../../src/model/timeline/index.js';

const tick = (iso: string, kind: Tick['kind']) => ({ iso, kind });
const enTick = (iso: string, kind: Tick['kind']) => formatTick(tick(iso, kind), 'en-GB', enGB);
const cyTick = (iso: string, kind: Tick['kind']) => formatTick(tick(iso, kind), 'cy', cy);

describe('formatTick', () => {
  it('writes axis labels in en-GB as before', () => {
    expect(enTick('2024-03-05T09:00', 'hour')).to.equal('09:00');
    expect(enTick('2024-03-05T18:30', 'hour')).to.equal('18:30');
    expect(enTick('2024-03-05', 'day')).to.equal('5 Mar');
    expect(enTick('2024-03-01', 'month')).to.equal('Mar 2024');
    expect(enTick('2024-01-01', 'year')).to.equal('2024');
    expect(enTick('2030-01-01', 'year')).to.equal('2030');
    // What Intl.DateTimeFormat writes for en-GB, whatever its data says ("Sep" or "Sept").
    const intl = new Intl.DateTimeFormat('en-GB', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(enTick('2024-09-01', 'month')).to.equal(intl.format(Date.UTC(2024, 8, 1)));
  });

  it('writes Welsh month names from the messages (Chromium has no Welsh date data)', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      cyTick(`2024-${String(i + 1).padStart(2, '0')}-01`, 'month'),
    );
    expect(months).to.deep.equal([
      'Ion 2024',
      'Chwef 2024',
      'Maw 2024',
      'Ebr 2024',
      'Mai 2024',
      'Meh 2024',
      'Gorff 2024',
      'Awst 2024',
      'Medi 2024',
      'Hyd 2024',
      'Tach 2024',
      'Rhag 2024',
    ]);
    expect(months.map((m) => m.split(' ')[0])).to.deep.equal(
      Array.from({ length: 12 }, (_, i) => cy[`date.monthShort.${i + 1}` as keyof typeof cy]),
    );
    expect(cyTick('2024-03-05', 'day')).to.equal('5 Maw');
    expect(cyTick('2024-02-29T06:00', 'hour')).to.equal('06:00');
    expect(cyTick('2024-01-01', 'year')).to.equal('2024');
  });

  it('takes month names and patterns from overrides when the browser has no data', () => {
    const messages = withOverrides(cy, {
      'date.monthShort.2': 'Chw.',
      'date.monthYear': '{month}, {year}',
    });
    expect(formatTick(tick('2024-02-01', 'month'), 'cy', messages)).to.equal('Chw., 2024');
  });

  it('falls back to en-GB for a locale Intl rejects', () => {
    expect(formatTick(tick('2024-03-01', 'month'), 'not a locale!', enGB)).to.equal('Mar 2024');
  });

  it('writes years with four digits, never as the 1900s', () => {
    expect(enTick('0001-01-01', 'year')).to.equal('0001');
    expect(enTick('0005-01-01', 'year')).to.equal('0005');
    expect(enTick('0099-01-01', 'year')).to.equal('0099');
    expect(enTick('0001-01-01', 'month')).to.equal('Jan 0001');
    expect(enTick('0099-12-31', 'day')).to.equal('31 Dec');
    expect(enTick('0099-12-01', 'month')).to.equal('Dec 0099');
    expect(enTick('1900-02-28', 'day')).to.equal('28 Feb');
    expect(enTick('9999-12-01', 'month')).to.equal('Dec 9999');
    expect(enTick('9999-12-31T23:00', 'hour')).to.equal('23:00');
    expect(cyTick('0001-01-01', 'month')).to.equal('Ion 0001');
    expect(cyTick('0099-12-31', 'day')).to.equal('31 Rhag');
    expect(cyTick('0099-01-01', 'year')).to.equal('0099');
    expect(cyTick('9999-12-01', 'month')).to.equal('Rhag 9999');
  });
});

describe('dates at the ends of the calendar', () => {
  const en = (value: Parameters<typeof formatFuzzyDate>[0]) =>
    formatFuzzyDate(value, 'en-GB', enGB);
  const welsh = (value: Parameters<typeof formatFuzzyDate>[0]) => formatFuzzyDate(value, 'cy', cy);

  it('writes them in en-GB with the year as recorded', () => {
    expect(en('0001-01-01')).to.equal('1 January 0001');
    expect(en('0099-12-31')).to.equal('31 December 0099');
    expect(en('1900-02-28')).to.equal('28 February 1900');
    expect(en('9999-12-31')).to.equal('31 December 9999');
    expect(en('0099-12')).to.equal('December 0099');
    expect(en('0099')).to.equal('0099');
    expect(en('0001-01-01T09:30')).to.equal('1 January 0001, 09:30');
    expect(en('9999-12-31T23:59')).to.equal('31 December 9999, 23:59');
  });

  it('writes them in Welsh with the year as recorded', () => {
    expect(welsh('0001-01-01')).to.equal('1 Ionawr 0001');
    expect(welsh('0099-12-31')).to.equal('31 Rhagfyr 0099');
    expect(welsh('1900-02-28')).to.equal('28 Chwefror 1900');
    expect(welsh('9999-12-31')).to.equal('31 Rhagfyr 9999');
    expect(welsh('0099-12')).to.equal('Rhagfyr 0099');
  });

  it('keeps them through qualifiers and ranges', () => {
    expect(en({ date: '0099-12-31', qualifier: 'about' })).to.equal('about 31 December 0099');
    expect(en({ date: '0099-03', qualifier: 'between', until: '0099-06' })).to.equal(
      'between March and June 0099',
    );
    expect(en({ date: '0001-01-01', qualifier: 'between', until: '9999-12-31' })).to.equal(
      'between 1 January 0001 and 31 December 9999',
    );
    expect(welsh({ date: '0001', qualifier: 'before' })).to.equal('cyn 0001');
  });

  it('is what the Localiser says', () => {
    expect(new Localiser('en-GB', enGB).date('0099-12-31')).to.equal('31 December 0099');
    expect(new Localiser('cy', cy).date('0001-01-01')).to.equal('1 Ionawr 0001');
    expect(formatPartialDate('1900-02-28', 'cy-GB', cy)).to.equal('28 Chwefror 1900');
  });
});
