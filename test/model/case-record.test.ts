import { expect } from '@open-wc/testing';
import {
  CaseRecordError,
  dateSpan,
  defineCaseRecord,
  definePracticeModel,
  formatIssues,
  isCertainlyBefore,
  normaliseDate,
  parseCaseRecord,
  readCaseRecord,
  toDayNumber,
} from '../../src/model/index.js';
import { minimalModel, minimalRecord } from './fixtures.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const model = definePracticeModel(minimalModel());

function withChange(change: (record: Mutable) => void): Mutable {
  const record = structuredClone(minimalRecord()) as Mutable;
  change(record);
  return record;
}

describe('case record', () => {
  describe('valid records', () => {
    it('parses a record against its model', () => {
      const result = parseCaseRecord(minimalRecord(), model);
      expect(result.ok, result.ok ? '' : formatIssues(result.issues)).to.equal(true);
      if (result.ok) {
        expect(result.record.persons).to.have.length(3);
        expect(result.record.relationships).to.have.length(3);
      }
    });

    it('keeps sex and gender apart, and accepts partial and uncertain dates', () => {
      const record = withChange((r) => {
        r.persons.push({
          id: 'gp',
          name: { display: 'Maternal grandfather' },
          sex: 'male',
          gender: 'man',
          dateOfBirth: { date: '1950', qualifier: 'about' },
          lifeStatus: 'deceased',
          dateOfDeath: { date: '2015-03', qualifier: 'before' },
        });
        r.persons.push({
          id: 'sam',
          name: { given: 'Sam' },
          sex: 'female',
          gender: 'non-binary',
          pronouns: 'they/them',
        });
      });
      const result = parseCaseRecord(record, model);
      expect(result.ok, result.ok ? '' : formatIssues(result.issues)).to.equal(true);
    });

    it('ignores extra fields a case system adds', () => {
      const record = withChange((r) => (r.persons[0].legacySystemRef = 'ABC123'));
      expect(parseCaseRecord(record, model).ok).to.equal(true);
    });

    it('keeps hostile text as text data', () => {
      const record = withChange((r) => (r.persons[0].name.given = '<img src=x onerror=alert(1)>'));
      const result = defineCaseRecord(record, model);
      expect(result.persons[0]?.name.given).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('bad input: the valid part is kept, every problem is listed', () => {
    it('never throws on input that is not a record', () => {
      for (const input of [null, undefined, 42, 'case', [], () => 1]) {
        const reading = readCaseRecord(input, model);
        expect(reading.record.persons).to.deep.equal([]);
        expect(reading.issues[0]?.path).to.equal('');
      }
    });

    it('leaves out an invalid person and keeps the others', () => {
      const reading = readCaseRecord(
        withChange((r) => r.persons.push({ id: 'bad', name: {}, dateOfBirth: '2020-02-30' })),
        model,
      );
      expect(reading.record.persons.map((p) => p.id)).to.deep.equal(['mum', 'dad', 'child']);
      expect(reading.issues[0]?.path).to.equal('persons[3].dateOfBirth');
      expect(reading.issues[0]?.message).to.contain('must be a date written YYYY');
    });

    it('names the input position of an item even after an earlier item was left out', () => {
      const reading = readCaseRecord(
        withChange((r) => {
          r.agencies.unshift({ id: 'broken' });
          r.professionals = [{ id: 'p1', name: 'A. Worker', agency: 'polce' }];
          r.relationships.unshift({ id: 'rx' });
        }),
        model,
      );
      expect(reading.issues.map((i) => i.path)).to.have.members([
        'agencies[0].name',
        'professionals[0].agency',
        'relationships[0].type',
        'relationships[0].from',
        'relationships[0].to',
      ]);
      const fresh = readCaseRecord(
        withChange((r) => (r.relationships[2].to = 'mum')),
        model,
      );
      expect(fresh.issues[0]?.path).to.equal('relationships[2].to');
    });

    it('reports duplicate ids', () => {
      const reading = readCaseRecord(
        withChange((r) => r.persons.push({ id: 'mum', name: {} })),
        model,
      );
      expect(reading.issues[0]).to.include({ path: 'persons[3].id', code: 'duplicate-id' });
      expect(reading.record.persons).to.have.length(3);
    });

    it('reports a dangling reference with a suggestion and drops the link', () => {
      const reading = readCaseRecord(
        withChange((r) => (r.relationships[0].to = 'chlid')),
        model,
      );
      expect(reading.issues[0]).to.include({
        path: 'relationships[0].to',
        code: 'dangling-reference',
      });
      expect(reading.issues[0]?.message).to.contain('did you mean "child"?');
      expect(reading.record.relationships?.map((r) => r.id)).to.deep.equal(['r2', 'r3']);
    });

    it('reports a person partnered with themselves', () => {
      const reading = readCaseRecord(
        withChange((r) => (r.relationships[2].to = 'mum')),
        model,
      );
      expect(reading.issues[0]).to.include({
        path: 'relationships[2].to',
        code: 'self-relationship',
      });
    });

    it('reports a person who would be their own ancestor', () => {
      const reading = readCaseRecord(
        withChange((r) => {
          r.relationships.push({ id: 'r4', type: 'parent', from: 'child', to: 'mum' });
        }),
        model,
      );
      expect(reading.issues[0]).to.include({ path: 'relationships[3]', code: 'ancestry-cycle' });
      expect(reading.record.relationships).to.have.length(3);
    });

    it('finds a longer ancestry cycle', () => {
      const reading = readCaseRecord(
        withChange((r) => {
          r.persons.push({ id: 'grandchild', name: {} });
          r.relationships.push({ id: 'r4', type: 'parent', from: 'child', to: 'grandchild' });
          r.relationships.push({ id: 'r5', type: 'parent', from: 'grandchild', to: 'dad' });
        }),
        model,
      );
      expect(reading.issues.map((i) => i.code)).to.deep.equal(['ancestry-cycle']);
    });

    it('reports an end before a start on relationships, events and deaths', () => {
      const reading = readCaseRecord(
        withChange((r) => {
          r.relationships[2].end = '2010';
          r.events[1].end = '2024-12-01';
          r.persons[0].dateOfDeath = '1980';
        }),
        model,
      );
      expect(reading.issues.map((i) => i.path)).to.have.members([
        'relationships[2].end',
        'events[1].end',
        'persons[0].dateOfDeath',
      ]);
      // The event is kept, shown as open, rather than lost.
      expect(reading.record.events?.find((e) => e.id === 'e2')?.end).to.equal(undefined);
    });

    it('does not call uncertain dates wrong when they may be in order', () => {
      const reading = readCaseRecord(
        withChange((r) => {
          r.relationships[2].start = '2014';
          r.relationships[2].end = { date: '2014-03', qualifier: 'about' };
        }),
        model,
      );
      expect(reading.issues).to.deep.equal([]);
    });

    it('reports unknown event and relationship types when a model is given', () => {
      const record = withChange((r) => {
        r.events.push({ id: 'e3', type: 'visit', date: '2025-03-01' });
        r.relationships.push({ id: 'r9', type: 'cousin', from: 'mum', to: 'dad' });
      });
      const reading = readCaseRecord(record, model);
      expect(reading.issues.map((i) => i.path)).to.have.members([
        'events[2].type',
        'relationships[3].type',
      ]);
      expect(reading.issues[0]?.message).to.contain('which the practice model does not define');
      expect(reading.record.events).to.have.length(2);
      // Without a model, types cannot be checked and the entries are kept.
      expect(readCaseRecord(record).record.events).to.have.length(3);
    });

    it('reports an end on a point-in-time event and ignores it', () => {
      const reading = readCaseRecord(
        withChange((r) => (r.events[0].end = '2025-02-01')),
        model,
      );
      expect(reading.issues[0]).to.include({ path: 'events[0].end', code: 'end-on-point' });
    });

    it('drops dangling people and agencies from events and households but keeps the entries', () => {
      const reading = readCaseRecord(
        withChange((r) => {
          r.events[0].persons = ['child', 'ghost'];
          r.events[0].agency = 'police';
          r.households[0].members.push({ person: 'ghost' });
          r.subjects.push('ghost');
        }),
        model,
      );
      expect(reading.issues.map((i) => i.path)).to.have.members([
        'events[0].persons[1]',
        'events[0].agency',
        'households[0].members[2].person',
        'subjects[1]',
      ]);
      const event = reading.record.events?.[0];
      expect(event?.persons).to.deep.equal(['child']);
      expect(event?.agency).to.equal(undefined);
      expect(reading.record.households?.[0]?.members).to.have.length(2);
      expect(reading.record.subjects).to.deep.equal(['child']);
    });

    it('lists the event list’s own problems before its references, each in input order', () => {
      // Events are read in one pass, yet the issues come out as from two: invalid items and
      // repeated ids first, then dangling references and dates out of order.
      const reading = readCaseRecord(
        withChange((r) => {
          r.events[0].agency = 'police';
          r.events.push({ id: 'e3', type: 'referral', date: '2025-02-30' });
          r.events.push({ id: 'e1', type: 'referral', date: '2025-03-01' });
          r.events.push({ id: 'e4', type: 'nonsense', date: '2025-03-02', persons: ['ghost'] });
          r.events.push({
            type: 'referral',
            id: 'e5',
            date: '2025-03-03',
            persons: ['ghost', 'child'],
            end: '2025-03-01',
          });
        }),
        model,
      );
      expect(reading.issues.map((i) => `${i.path} ${i.code}`)).to.deep.equal([
        'events[2].date custom',
        'events[3].id duplicate-id',
        'events[0].agency dangling-reference',
        'events[4].type dangling-reference',
        'events[5].end end-on-point',
        'events[5].persons[0] dangling-reference',
      ]);
      // Kept without what was left out (key order is not data: e5's keys stay in the order given).
      expect(reading.record.events).to.deep.equal([
        { id: 'e1', type: 'referral', date: '2025-01-06', persons: ['child'] },
        { id: 'e2', type: 'assessment', date: '2025-01-07', end: '2025-02-28' },
        { id: 'e5', type: 'referral', date: '2025-03-03', persons: ['child'] },
      ]);
    });

    it('parseCaseRecord fails and defineCaseRecord throws on any issue', () => {
      const record = withChange((r) => (r.relationships[0].to = 'nobody'));
      expect(parseCaseRecord(record, model).ok).to.equal(false);
      expect(() => defineCaseRecord(record, model))
        .to.throw(CaseRecordError)
        .with.property('message')
        .that.contains('relationships[0].to');
    });

    it('stays fast and bounded on 1,000 children of one couple', () => {
      const record = withChange((r) => {
        for (let i = 0; i < 1000; i++) {
          r.persons.push({ id: `c${i}`, name: { given: `Child ${i}` } });
          r.relationships.push({ id: `m${i}`, type: 'parent', from: 'mum', to: `c${i}` });
        }
      });
      const reading = readCaseRecord(record, model);
      expect(reading.issues).to.deep.equal([]);
      expect(reading.record.relationships).to.have.length(1003);
    });
  });

  describe('fuzzy dates', () => {
    it('reads both written forms', () => {
      expect(normaliseDate('2019-05')).to.deep.equal({
        date: '2019-05',
        qualifier: 'exact',
        precision: 'month',
      });
      expect(normaliseDate({ date: '2018-03', until: '2018-06' }).qualifier).to.equal('between');
    });

    it('gives the span of days a date may mean', () => {
      expect(dateSpan('2019')).to.deep.equal({
        earliest: toDayNumber('2019-01-01'),
        latest: toDayNumber('2019-12-31'),
      });
      expect(dateSpan('2024-02').latest).to.equal(toDayNumber('2024-02-29'));
      expect(dateSpan({ date: '2019-05-14', qualifier: 'about' }).earliest).to.equal(
        toDayNumber('2019-05-07'),
      );
      expect(dateSpan({ date: '2020', qualifier: 'before' }).latest).to.equal(
        toDayNumber('2019-12-31'),
      );
      expect(dateSpan({ date: '2018-03', qualifier: 'between', until: '2018-06' }).latest).to.equal(
        toDayNumber('2018-06-30'),
      );
      expect(dateSpan('2019-05-14T09:30').earliest).to.equal(toDayNumber('2019-05-14'));
    });

    it('copes with the first and last representable dates', () => {
      expect(dateSpan('9999-12').latest).to.equal(toDayNumber('9999-12-31'));
      expect(dateSpan('0001').earliest).to.equal(toDayNumber('0001-01-01'));
      const reading = readCaseRecord(
        withChange((r) => {
          r.events[1].date = '9999-12';
          r.events[1].end = '9999-12';
          r.events[0].date = '0001-01-01';
        }),
        model,
      );
      expect(reading.issues).to.deep.equal([]);
    });

    it('only calls dates out of order when they certainly are', () => {
      expect(isCertainlyBefore('2018', '2019-01-01')).to.equal(true);
      expect(isCertainlyBefore('2019', '2019-06-01')).to.equal(false);
    });
  });
});
