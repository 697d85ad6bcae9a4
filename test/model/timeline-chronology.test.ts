import { expect } from '@open-wc/testing';
import { toDayNumber, type CaseEvent, type CaseRecord } from '../../src/model/index.js';
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
          const rows = chronologyRows(entries, { sort: { key, direction } });
          expect(rows).to.have.length(entries.length);
          const value = (e: TimelineEntry) =>
            key === 'title'
              ? (e.event.title ?? '')
              : key === 'type'
                ? e.type
                : key === 'lane'
                  ? e.lane
                  : (e.agency ?? '');
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
