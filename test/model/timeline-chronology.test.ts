import { expect } from '@open-wc/testing';
import {
  toDayNumber,
  type CaseEvent,
  type CaseRecord,
  type PracticeModel,
} from '../../src/model/index.js';
import {
  buildLanes,
  chronologyRows,
  compareEntries,
  courtChronology,
  laneAndDescendants,
  timelineEntries,
  type TimelineEntry,
} from '../../src/model/timeline/index.js';
import { hostileStrings, SAMPLE_TODAY, sampleCase, sampleModel } from '../../src/samples/index.js';

const ids = (rows: readonly TimelineEntry[]) => rows.map((r) => r.id);

describe('timeline model: chronology', () => {
  const { entries } = timelineEntries(sampleCase, sampleModel, { today: SAMPLE_TODAY });

  describe('table rows', () => {
    it('returns every entry in chronology order by default', () => {
      expect(ids(chronologyRows(entries))).to.deep.equal(ids(entries));
    });

    it('keeps significant entries only', () => {
      const rows = chronologyRows(entries, { significantOnly: true });
      expect(rows.length).to.be.greaterThan(0);
      expect(rows.length).to.be.lessThan(entries.length);
      expect(rows.every((r) => r.significant)).to.equal(true);
    });

    it('filters by lane (with sub-lanes on request), type, agency and person', () => {
      const layout = buildLanes(sampleModel, entries);
      const lookedAfter = chronologyRows(entries, {
        lanes: laneAndDescendants(layout, 'looked-after'),
      });
      expect(new Set(lookedAfter.map((r) => r.lane))).to.deep.equal(
        new Set(['legal-status', 'placements', 'visits-and-reviews']),
      );
      expect(chronologyRows(entries, { lanes: ['looked-after'] })).to.deep.equal([]);
      const placements = chronologyRows(entries, { types: ['placement'] });
      expect(ids(placements)).to.deep.equal(['placement-1', 'placement-2', 'placement-3']);
      const police = chronologyRows(entries, { agencies: ['police'] });
      expect(police.every((r) => r.agency === 'police')).to.equal(true);
      expect(police.length).to.be.greaterThan(2);
      const mia = chronologyRows(entries, { person: 'mia' });
      expect(mia.every((r) => r.persons.includes('mia'))).to.equal(true);
      expect(ids(mia)).to.include('birth-twins');
      expect(ids(mia)).to.not.include('birth-ellie');
      const combined = chronologyRows(entries, {
        person: 'ellie',
        types: ['missing-episode'],
        significantOnly: true,
      });
      expect(ids(combined)).to.deep.equal(['missing-1', 'missing-2']);
    });

    it('searches words in any order, ignoring case and accents', () => {
      expect(ids(chronologyRows(entries, { text: 'ARRESTED dean' }))).to.deep.equal([
        'police-call-out-2',
      ]);
      expect(ids(chronologyRows(entries, { text: 'MP-25-061530' }))).to.deep.equal(['missing-1']);
      const record: CaseRecord = {
        ...sampleCase,
        events: [
          { id: 'cafe', type: 'family-event', date: '2024-01-01', title: 'Met at the Café Rhôn' },
        ],
      };
      const accented = timelineEntries(record, sampleModel).entries;
      expect(ids(chronologyRows(accented, { text: 'cafe rhon' }))).to.deep.equal(['cafe']);
      expect(chronologyRows(entries, { text: 'no such words anywhere' })).to.deep.equal([]);
    });

    it('searches extra text the view supplies (localised type names)', () => {
      const rows = chronologyRows(entries, {
        text: 'lleoliad',
        textOf: (e) => (e.type === 'placement' ? 'Lleoliad' : ''),
      });
      expect(ids(rows)).to.deep.equal(['placement-1', 'placement-2', 'placement-3']);
    });

    it('treats hostile search text as plain text', () => {
      for (const text of [...hostileStrings, '.*', '(', '[a-z]+', '\\', '$&']) {
        expect(() => chronologyRows(entries, { text })).to.not.throw();
      }
      const record: CaseRecord = {
        ...sampleCase,
        events: [
          { id: 'x', type: 'family-event', date: '2024-01-01', title: 'Wrote .* in a note' },
        ],
      };
      const literal = timelineEntries(record, sampleModel).entries;
      expect(ids(chronologyRows(literal, { text: '.*' }))).to.deep.equal(['x']);
      expect(chronologyRows(literal, { text: '[a-z]+' })).to.deep.equal([]);
    });

    it('sorts by date either way', () => {
      const descending = chronologyRows(entries, {
        sort: { key: 'date', direction: 'descending' },
      });
      expect(ids(descending)).to.deep.equal(ids(entries).reverse());
    });

    it('sorts text columns by collation, empty values last, ties in date order', () => {
      for (const key of ['title', 'type', 'lane', 'agency'] as const) {
        for (const direction of ['ascending', 'descending'] as const) {
          const value = (e: TimelineEntry) =>
            key === 'title'
              ? (e.event.title ?? '')
              : key === 'type'
                ? e.type
                : key === 'lane'
                  ? e.lane
                  : (e.agency ?? '');
          const rows = chronologyRows(entries, {
            sort: { key, direction },
            labelOf: (entry, column) => {
              expect(column).to.equal(key);
              return value(entry);
            },
          });
          expect(rows).to.have.length(entries.length);
          const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
          for (let i = 1; i < rows.length; i++) {
            const a = rows[i - 1] as TimelineEntry;
            const b = rows[i] as TimelineEntry;
            const va = value(a);
            const vb = value(b);
            if (!va || !vb) {
              expect(Boolean(!va && vb), `${key}: empty values last`).to.equal(false);
              continue;
            }
            const order = (direction === 'ascending' ? 1 : -1) * collator.compare(va, vb);
            expect(order, `${key} ${direction}: ${va} / ${vb}`).to.be.at.most(0);
            if (order === 0 && direction === 'ascending') {
              expect(compareEntries(a, b)).to.be.lessThan(0);
            }
          }
        }
      }
    });

    it('sorts by significance, high first when descending', () => {
      const rows = chronologyRows(entries, {
        sort: { key: 'significance', direction: 'descending' },
      });
      const rank = { high: 3, medium: 2, low: 1 } as const;
      const ranks = rows.map((r) => (r.event.significance ? rank[r.event.significance] : 0));
      expect(ranks).to.deep.equal([...ranks].sort((a, b) => b - a));
      expect(rows[0]?.event.significance).to.equal('high');
    });

    describe('sorting by what a column shows', () => {
      // Ids sort one way, English labels another, Welsh labels a third.
      const model: PracticeModel = {
        ...sampleModel,
        lanes: [
          { id: 'a-lane', label: { 'en-GB': 'Youth justice', cy: 'Cyfiawnder ieuenctid' } },
          { id: 'b-lane', label: { 'en-GB': 'Health', cy: 'Iechyd' } },
          { id: 'c-lane', label: { 'en-GB': 'Education', cy: 'Addysg' } },
        ],
        eventTypes: [
          {
            id: 'a-type',
            label: { 'en-GB': 'Visit', cy: 'Ymweliad' },
            kind: 'point',
            category: 'visit',
            lane: 'a-lane',
          },
          {
            id: 'b-type',
            label: { 'en-GB': 'Referral', cy: 'Atgyfeiriad' },
            kind: 'point',
            category: 'referral',
            lane: 'b-lane',
          },
          {
            id: 'c-type',
            label: { 'en-GB': 'Assessment', cy: 'Asesiad' },
            kind: 'point',
            category: 'assessment',
            lane: 'c-lane',
          },
        ],
      };
      const record: CaseRecord = {
        id: 'sorting',
        subjects: [],
        persons: [],
        agencies: [
          { id: 'a-agency', name: 'Zephyr Academy', kind: 'school' },
          { id: 'b-agency', name: 'Metropolitan Police', kind: 'police' },
          { id: 'c-agency', name: 'Ash Tree Surgery', kind: 'health' },
        ],
        events: [
          { id: 'e1', type: 'a-type', date: '2024-01-01', agency: 'a-agency' },
          { id: 'e2', type: 'b-type', date: '2024-02-01', agency: 'b-agency' },
          { id: 'e3', type: 'c-type', date: '2024-03-01', agency: 'c-agency' },
          { id: 'e4', type: 'a-type', date: '2023-06-01' },
        ],
      };
      const sorting = timelineEntries(record, model).entries;
      const sorted = (
        key: 'type' | 'lane' | 'agency',
        locale = 'en-GB',
        direction: 'ascending' | 'descending' = 'ascending',
      ) => ids(chronologyRows(sorting, { sort: { key, direction }, locale, model, record }));

      it('sorts type, area and source by their labels in the locale, not their ids', () => {
        expect(
          ids(chronologyRows(sorting, { sort: { key: 'type', direction: 'ascending' } })),
        ).to.deep.equal(['e4', 'e1', 'e2', 'e3']);
        // Assessment, Referral, Visit (Visit twice: in date order).
        expect(sorted('type')).to.deep.equal(['e3', 'e2', 'e4', 'e1']);
        expect(sorted('type', 'en-GB', 'descending')).to.deep.equal(['e4', 'e1', 'e2', 'e3']);
        // Asesiad, Atgyfeiriad, Ymweliad.
        expect(sorted('type', 'cy')).to.deep.equal(['e3', 'e2', 'e4', 'e1']);
        // Education, Health, Youth justice; Welsh: Addysg, Cyfiawnder ieuenctid, Iechyd.
        expect(sorted('lane')).to.deep.equal(['e3', 'e2', 'e4', 'e1']);
        expect(sorted('lane', 'cy')).to.deep.equal(['e3', 'e4', 'e1', 'e2']);
        // Ash Tree Surgery, Metropolitan Police, Zephyr Academy; no source last.
        expect(sorted('agency')).to.deep.equal(['e3', 'e2', 'e1', 'e4']);
        expect(sorted('agency', 'en-GB', 'descending')).to.deep.equal(['e1', 'e2', 'e3', 'e4']);
      });

      it('sorts by the labels the view gives, when it gives them', () => {
        const shown: Record<string, string> = { e1: 'b', e2: 'c', e3: 'a', e4: 'b' };
        const rows = chronologyRows(sorting, {
          sort: { key: 'lane', direction: 'ascending' },
          model,
          labelOf: (entry) => shown[entry.id] ?? '',
        });
        expect(ids(rows)).to.deep.equal(['e3', 'e4', 'e1', 'e2']);
      });

      it('breaks ties by date, then id, whatever the direction', () => {
        const twins: CaseRecord = {
          ...record,
          events: [
            { id: 'twin-b', type: 'a-type', date: '2024-05-01' },
            { id: 'later', type: 'a-type', date: '2024-06-01' },
            { id: 'twin-a', type: 'a-type', date: '2024-05-01' },
            { id: 'earlier', type: 'a-type', date: '2024-04-01' },
          ],
        };
        const rows = timelineEntries(twins, model).entries;
        // Same-day entries keep the record's order (chronology order); the id settles the rest.
        const expected = ['earlier', 'twin-b', 'twin-a', 'later'];
        for (const direction of ['ascending', 'descending'] as const) {
          const sortedRows = chronologyRows(rows, { sort: { key: 'type', direction }, model });
          expect(ids(sortedRows), direction).to.deep.equal(expected);
        }
        const sameIndex = rows.map((r) => ({ ...r, index: 0 }));
        const byId = chronologyRows(sameIndex, { sort: { key: 'type', direction: 'ascending' } });
        expect(ids(byId)).to.deep.equal(['earlier', 'twin-a', 'twin-b', 'later']);
      });

      it('gives a withheld entry no type to sort by', () => {
        const secret: CaseEvent = {
          id: 'w',
          type: 'a-type',
          date: '2024-04-01',
          sensitivity: { tags: ['third-party'] },
        };
        const masked = timelineEntries({ ...record, events: [...record.events!, secret] }, model, {
          audience: 'family',
        }).entries;
        expect(masked.find((e) => e.id === 'w')?.redacted).to.equal(true);
        for (const direction of ['ascending', 'descending'] as const) {
          const rows = chronologyRows(masked, { sort: { key: 'type', direction }, model, record });
          expect(ids(rows).at(-1), direction).to.equal('w');
        }
      });
    });
  });

  describe('court chronology', () => {
    const rows = courtChronology(entries, sampleCase, { today: SAMPLE_TODAY, model: sampleModel });

    it('numbers significant entries from 1 in date order', () => {
      expect(rows.length).to.be.greaterThan(10);
      expect(rows.map((r) => r.number)).to.deep.equal(rows.map((_, i) => i + 1));
      for (let i = 1; i < rows.length; i++) {
        expect(
          compareEntries(rows[i - 1]?.entry as TimelineEntry, rows[i]?.entry as TimelineEntry),
        ).to.be.lessThan(0);
      }
      expect(rows.every((r) => r.entry.significant)).to.equal(true);
    });

    it('covers the last two years by default, including periods still running into them', () => {
      const from = toDayNumber('2024-11-25');
      for (const row of rows) {
        expect(Math.max(row.entry.start, row.entry.end)).to.be.at.least(from);
        expect(row.entry.start).to.be.lessThan(toDayNumber(SAMPLE_TODAY) + 1);
      }
      const rowIds = rows.map((r) => r.entry.id);
      expect(rowIds).to.include('cp-plan-1');
      expect(rowIds).to.not.include('icpc');
      expect(rowIds).to.include('proceedings-1');
      const five = courtChronology(entries, sampleCase, { today: SAMPLE_TODAY, years: 5 });
      expect(five.map((r) => r.entry.id)).to.include('icpc');
      const fromDate = courtChronology(entries, sampleCase, {
        today: SAMPLE_TODAY,
        from: '2026-01-01',
      });
      expect(
        fromDate.every((r) => Math.max(r.entry.start, r.entry.end) >= toDayNumber('2026-01-01')),
      ).to.equal(true);
    });

    it('writes event, source and reference as a court expects', () => {
      const proceedings = rows.find((r) => r.entry.id === 'proceedings-1');
      expect(proceedings).to.include({
        date: '2025-02-18',
        end: '2025-09-30',
        event: 'Care proceedings',
        source: 'Family Court at Eastmoor',
        reference: 'EM25C00041',
        redacted: false,
      });
      const ids = rows.map((r) => r.entry.id);
      expect(ids).to.include('missing-1');
      // An untitled entry is named by its type's label; a source falls back to the author.
      const record: CaseRecord = {
        ...sampleCase,
        events: [
          { id: 'u', type: 'initial-conference', date: '2026-01-05', author: 'susan-pike' },
          { id: 'v', type: 'initial-conference', date: '2026-01-06', author: 'A visiting doctor' },
        ] as CaseEvent[],
      };
      const own = courtChronology(timelineEntries(record, sampleModel).entries, record, {
        today: SAMPLE_TODAY,
        model: sampleModel,
      });
      expect(own.map((r) => [r.event, r.source, r.reference])).to.deep.equal([
        ['Initial child protection conference', 'Susan Pike', ''],
        ['Initial child protection conference', 'A visiting doctor', ''],
      ]);
      const welsh = courtChronology(
        timelineEntries(
          { ...record, events: [{ id: 'w', type: 'hearing', date: '2026-01-05' }] },
          sampleModel,
        ).entries,
        record,
        { today: SAMPLE_TODAY, model: sampleModel, locale: 'cy' },
      );
      expect(welsh[0]?.event).to.equal('Gwrandawiad');
    });

    it('numbers the same for every audience that masks, with withheld rows kept bare', () => {
      const family = timelineEntries(sampleCase, sampleModel, {
        today: SAMPLE_TODAY,
        audience: 'family',
      }).entries;
      const masked = courtChronology(family, sampleCase, {
        today: SAMPLE_TODAY,
        model: sampleModel,
      });
      expect(masked.map((r) => r.date)).to.deep.equal(rows.map((r) => r.date));
      const withheld = masked.filter((r) => r.redacted);
      expect(withheld.length).to.be.greaterThan(0);
      for (const row of withheld) {
        expect(row).to.include({ event: '', source: '', reference: '' });
      }
      const serious = masked.find((r) => r.entry.id === 'police-call-out-2');
      expect(serious?.redacted).to.equal(true);
      const court = timelineEntries(sampleCase, sampleModel, {
        today: SAMPLE_TODAY,
        audience: 'court',
      }).entries;
      const forCourt = courtChronology(court, sampleCase, { today: SAMPLE_TODAY });
      expect(forCourt.find((r) => r.entry.id === 'police-call-out-2')?.redacted).to.equal(false);
    });

    it('rejects a today that is not a date', () => {
      expect(() => courtChronology(entries, sampleCase, { today: 'soon' })).to.throw(RangeError);
    });
  });
});
