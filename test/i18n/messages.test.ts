import { expect } from '@open-wc/testing';
import {
  cy,
  enGB,
  formatFuzzyDate,
  formatMessage,
  formatPartialDate,
  localise,
  Localiser,
  resolveMessages,
  withOverrides,
  ageOn,
} from '../../src/i18n/index.js';
import { definePracticeModel } from '../../src/model/index.js';
import { modelInput } from '../components/fixtures.js';

const en = (value: Parameters<typeof formatFuzzyDate>[0]) => formatFuzzyDate(value, 'en-GB', enGB);
const welsh = (value: Parameters<typeof formatFuzzyDate>[0]) => formatFuzzyDate(value, 'cy', cy);

describe('messages', () => {
  it('has a Welsh string for every key, of the same shape', () => {
    expect(Object.keys(cy)).to.deep.equal(Object.keys(enGB));
    for (const key of Object.keys(enGB) as (keyof typeof enGB)[]) {
      expect(typeof cy[key], key).to.equal(typeof enGB[key]);
      if (typeof cy[key] === 'string') expect(cy[key], key).not.to.equal('');
    }
  });

  it('uses the same placeholders in Welsh as in English (plural counts aside)', () => {
    const placeholders = (value: unknown) =>
      [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .filter((name) => name !== 'count');
    for (const key of Object.keys(enGB) as (keyof typeof enGB)[]) {
      expect(new Set(placeholders(cy[key])), key).to.deep.equal(new Set(placeholders(enGB[key])));
    }
  });
});

describe('formatMessage and plurals', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(formatMessage('{a} and {b}', { a: 'x' })).to.equal('x and {b}');
    expect(formatMessage('{a}', { a: '<b>{b}</b>', b: 'no' })).to.equal('<b>{b}</b>');
  });

  it('reads placeholders as a /\\{([A-Za-z0-9_]+)\\}/g replace would, in any text', () => {
    const reference = (template: string, params: Record<string, unknown>) =>
      template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
        Object.hasOwn(params, name) ? String(params[name]) : whole,
      );
    const params = { a: 'A{b}', b: '', under_1: 'u', toString: 'own' };
    const pieces = ['{', '}', 'a', 'b', '_', '1', ' ', 'é', '{a}', '{b}', '{under_1}', '{c}'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const fixed = ['{{a}}', '{a', '}{a}', 'x{}y', '{ a}', '{toString}', '{constructor}', '{a}}'];
    const texts = [...fixed];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let k = Math.floor(next() * 12); k > 0; k--)
        text += pieces[Math.floor(next() * pieces.length)];
      texts.push(text);
    }
    const differ = texts.filter((t) => formatMessage(t, params) !== reference(t, params));
    expect(differ).to.deep.equal([]);
  });

  it('chooses plural forms with Intl.PluralRules', () => {
    const english = new Localiser('en-GB', enGB);
    expect(english.plural('timeline.count', 1)).to.equal('Showing 1 entry');
    expect(english.plural('timeline.count', 2)).to.equal('Showing 2 entries');
    expect(english.plural('timeline.count', 1234)).to.equal('Showing 1,234 entries');
    const cymraeg = new Localiser('cy', cy);
    expect(cymraeg.plural('timeline.count', 0)).to.equal('Yn dangos dim cofnodion');
    expect(cymraeg.plural('timeline.count', 2)).to.equal('Yn dangos dau gofnod');
    expect(cymraeg.plural('timeline.count', 7)).to.equal('Yn dangos 7 o gofnodion');
  });
});

describe('formatFuzzyDate', () => {
  it('writes dates no more precisely than they were recorded', () => {
    expect(en('2015')).to.equal('2015');
    expect(en('2019-05')).to.equal('May 2019');
    expect(en('2019-05-14')).to.equal('14 May 2019');
    expect(en('2019-05-14T09:30')).to.equal('14 May 2019, 09:30');
  });

  it('says how uncertain a date is', () => {
    expect(en({ date: '2015', qualifier: 'about' })).to.equal('about 2015');
    expect(en({ date: '2020-03', qualifier: 'before' })).to.equal('before March 2020');
    expect(en({ date: '2020-03-02', qualifier: 'after' })).to.equal('after 2 March 2020');
    expect(en({ date: '2018-03', qualifier: 'between', until: '2018-06' })).to.equal(
      'between March and June 2018',
    );
    expect(en({ date: '2017-11', until: '2018-02' })).to.equal(
      'between November 2017 and February 2018',
    );
    expect(en({ date: '2015', qualifier: 'between', until: '2017' })).to.equal(
      'between 2015 and 2017',
    );
    expect(en({ date: '2018', qualifier: 'exact' })).to.equal('2018');
  });

  it('writes Welsh dates, with Welsh month names when the browser has none', () => {
    expect(welsh('2019-05')).to.equal('Mai 2019');
    expect(welsh('2019-05-14')).to.equal('14 Mai 2019');
    expect(welsh({ date: '2015', qualifier: 'about' })).to.equal('tua 2015');
    expect(welsh({ date: '2018-03', until: '2018-06' })).to.equal('rhwng Mawrth a Mehefin 2018');
  });

  it('keeps years before 100 as written, with four digits', () => {
    expect(formatPartialDate('0099-01-01', 'en-GB', enGB)).to.equal('1 January 0099');
  });
});

describe('ageOn', () => {
  it('counts whole years and months, and gives up on vague dates', () => {
    expect(ageOn('2015-03-02', '2024-03-01')).to.deep.equal({ years: 8, months: 107 });
    expect(ageOn('2015-03-02', '2024-03-02')!.years).to.equal(9);
    expect(ageOn('2024-01-15', '2024-03-01')).to.deep.equal({ years: 0, months: 1 });
    expect(ageOn('2015', '2024-03-01')).to.equal(undefined);
    expect(ageOn({ date: '2015-03-02', qualifier: 'about' }, '2024-03-01')).to.equal(undefined);
    expect(ageOn('2030-01-01', '2024-03-01')).to.equal(undefined);
  });
});

describe('localise', () => {
  const text = { 'en-GB': 'Health', cy: 'Iechyd' };
  it('picks the locale, then its language, then the fallbacks, then anything', () => {
    expect(localise('Plain', 'cy')).to.equal('Plain');
    expect(localise(text, 'cy')).to.equal('Iechyd');
    expect(localise(text, 'cy-GB')).to.equal('Iechyd');
    expect(localise(text, 'en')).to.equal('Health');
    expect(localise({ cy: 'Iechyd', 'en-GB': 'Health' }, 'fr', ['en-GB'])).to.equal('Health');
    expect(localise({ cy: 'Iechyd' }, 'fr')).to.equal('Iechyd');
    expect(localise(undefined, 'en-GB')).to.equal('');
  });
});

describe('resolveMessages', () => {
  const model = definePracticeModel({
    ...modelInput,
    labels: {
      'timeline.caption': 'Child’s journey',
      'genogram.heading': { 'en-GB': 'Family tree', cy: 'Coeden deulu' },
      'timeline.count': 'Entries: {count}',
      'not.a.key': 'ignored',
    },
  });

  it('starts from the locale’s defaults', () => {
    expect(resolveMessages('en-GB')).to.equal(enGB);
    expect(resolveMessages('cy-GB')).to.equal(cy);
    expect(resolveMessages('fr')).to.equal(enGB);
  });

  it('applies model labels written in the requested language', () => {
    const english = resolveMessages('en-GB', undefined, model);
    expect(english['timeline.caption']).to.equal('Child’s journey');
    expect(english['genogram.heading']).to.equal('Family tree');
    expect(english['timeline.count']).to.deep.equal({ other: 'Entries: {count}' });
    expect(english).not.to.have.property('not.a.key');
    const cymraeg = resolveMessages('cy', undefined, model);
    expect(cymraeg['genogram.heading']).to.equal('Coeden deulu');
    // An English label never replaces a Welsh default.
    expect(cymraeg['timeline.caption']).to.equal(cy['timeline.caption']);
  });

  it('lets host overrides win over model labels, and ignores the wrong shapes', () => {
    const messages = resolveMessages(
      'en-GB',
      {
        'timeline.caption': 'Chronology (host)',
        'timeline.count': { one: 'One row', other: '{count} rows' },
        'timeline.showAll': 42 as unknown as string,
      },
      model,
    );
    expect(messages['timeline.caption']).to.equal('Chronology (host)');
    expect(new Localiser('en-GB', messages).plural('timeline.count', 3)).to.equal('3 rows');
    expect(messages['timeline.showAll']).to.equal(enGB['timeline.showAll']);
    expect(withOverrides(enGB, null as unknown as Record<string, string>)).to.equal(enGB);
  });
});
