import { expect } from '@open-wc/testing';
import { workingDayArithmetic } from '../../src/model/calendar/working-days.js';
import {
  createWorkingCalendar,
  defineCaseRecord,
  definePracticeModel,
  type CaseRecord,
  type Division,
  type PracticeModel,
  type TimescaleRule,
} from '../../src/model/index.js';
import {
  addDuration,
  evaluateClockTable,
  evaluateRule,
  evaluateTimescales,
  matchesEvent,
  MAX_CLOCKS_PER_RULE,
  summariseCompliance,
  type TimescaleClock,
} from '../../src/model/timescales/index.js';
import { fromDayNumber, toDayNumber } from '../../src/model/calendar/dates.js';
import {
  minuteOfDateTime,
  momentOf,
  momentText,
  NO_TIME,
  parseMoment,
  shiftMoment,
  shiftMomentNumbers,
} from '../../src/model/timescales/moments.js';
import type { Duration } from '../../src/model/practice-model/timescales.js';
import { generateCase, sampleCase, sampleModel } from '../../src/samples/index.js';

// ---------------------------------------------------------------------------------------------
// Fixtures: a small model with the event types the statutory clocks need, and records built from
// a list of timeline entries. Both go through the validators, so a broken fixture fails loudly.

const EVENT_TYPES = [
  { id: 'referral', label: 'Referral', kind: 'point', category: 'referral' },
  {
    id: 'referral-decision',
    label: 'Referral decision',
    kind: 'point',
    category: 'referral-decision',
  },
  { id: 'assessment', label: 'Assessment', kind: 'period', category: 'assessment' },
  {
    id: 'strategy-discussion',
    label: 'Strategy discussion',
    kind: 'point',
    category: 'strategy-discussion',
  },
  {
    id: 'initial-conference',
    label: 'Initial conference',
    kind: 'point',
    category: 'initial-conference',
  },
  {
    id: 'review-conference',
    label: 'Review conference',
    kind: 'point',
    category: 'review-conference',
  },
  { id: 'looked-after', label: 'Looked after', kind: 'period', category: 'legal-status' },
  { id: 'placement', label: 'Placement', kind: 'period', category: 'placement' },
  { id: 'visit', label: 'Visit', kind: 'point', category: 'visit' },
  {
    id: 'looked-after-review',
    label: 'Looked-after review',
    kind: 'point',
    category: 'looked-after-review',
  },
  { id: 'missing', label: 'Missing episode', kind: 'period', category: 'missing' },
  {
    id: 'return-home-interview',
    label: 'Return home interview',
    kind: 'point',
    category: 'return-home-interview',
  },
  { id: 'proceedings', label: 'Care proceedings', kind: 'period', category: 'proceedings' },
].map((type) => ({ ...type, lane: 'social-care' }));

/** A deterministic pseudo-random sequence (mulberry32), so the property-style loops repeat. */
function mulberry(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function modelWith(rules: TimescaleRule[], division?: Division): PracticeModel {
  return definePracticeModel({
    id: 'timescales-test',
    version: '1',
    name: 'Timescales test',
    locales: ['en-GB'],
    ...(division ? { division } : {}),
    codeLists: [],
    templates: [],
    relationshipTypes: [],
    lanes: [{ id: 'social-care', label: 'Social care' }],
    eventTypes: EVENT_TYPES,
    timescales: rules,
  });
}

interface EntryInput {
  readonly id: string;
  readonly type: string;
  readonly date: unknown;
  readonly end?: unknown;
  readonly attributes?: Record<string, string | number | boolean | null | undefined>;
}

function recordWith(
  model: PracticeModel,
  events: readonly EntryInput[],
  division?: Division,
): CaseRecord {
  return defineCaseRecord(
    {
      id: 'case-1',
      ...(division ? { division } : {}),
      subjects: ['child'],
      persons: [{ id: 'child', name: { given: 'Alex' } }],
      events,
    },
    model,
  );
}

/** Builds a model holding one rule, evaluates it, and returns its clocks. */
function clocksOf(
  rule: TimescaleRule,
  events: readonly EntryInput[],
  today: string,
  options: { division?: Division; recordDivision?: Division; closures?: string[] } = {},
): TimescaleClock[] {
  const model = modelWith([rule]);
  const record = recordWith(model, events, options.recordDivision);
  return evaluateTimescales(model, record, {
    today,
    ...(options.division ? { division: options.division } : {}),
    ...(options.closures ? { closures: options.closures } : {}),
  });
}

/** A clock in one line, for comparing chains: "2 met 2024-10-05 by r2". */
function line(clock: TimescaleClock): string {
  const parts = [String(clock.sequence), clock.status, clock.due];
  if (clock.metBy) parts.push(`by ${clock.metBy.event}`);
  if (clock.daysLate !== undefined) parts.push(`late ${clock.daysLate}`);
  if (clock.workingDaysLeft !== undefined) parts.push(`left ${clock.workingDaysLeft}`);
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Rules as a practice model writes them (England, DOMAIN timescales)

const assessmentRule: TimescaleRule = {
  id: 'child-and-family-assessment',
  kind: 'within',
  label: 'Child and family assessment',
  from: { categories: ['referral'] },
  target: { categories: ['assessment'], boundary: 'end' },
  stopOn: [
    { types: ['referral-decision'], where: [{ attribute: 'code', in: ['nfa', 'early-help'] }] },
  ],
  within: { amount: 45, unit: 'working-days' },
};

const initialConferenceRule: TimescaleRule = {
  id: 'initial-conference',
  kind: 'within',
  label: 'Initial child protection conference',
  from: { types: ['strategy-discussion'], where: [{ attribute: 's47', equals: true }] },
  target: { types: ['initial-conference'] },
  within: { amount: 15, unit: 'working-days' },
};

const reviewConferenceRule: TimescaleRule = {
  id: 'review-conference',
  kind: 'recurring',
  label: 'Review conference',
  from: { types: ['initial-conference'] },
  target: { types: ['review-conference'] },
  schedule: [
    { within: { amount: 3, unit: 'months' } },
    { within: { amount: 6, unit: 'months' }, repeat: true },
  ],
};

const placementStart = { types: ['placement'] };
const lookedAfterEnd = { types: ['looked-after'], boundary: 'end' as const };

const visitSchedule: TimescaleRule & { kind: 'recurring' } = {
  id: 'looked-after-visits',
  kind: 'recurring',
  label: 'Visits to a looked-after child',
  from: placementStart,
  target: { categories: ['visit'] },
  restartOn: [placementStart],
  stopOn: [lookedAfterEnd],
  schedule: [
    { within: { amount: 1, unit: 'weeks' } },
    { within: { amount: 6, unit: 'weeks' }, repeat: true, until: { amount: 1, unit: 'years' } },
    {
      within: { amount: 3, unit: 'months' },
      repeat: true,
      when: [{ attribute: 'longTerm', equals: true }],
    },
    {
      within: { amount: 6, unit: 'weeks' },
      repeat: true,
      when: [{ attribute: 'longTerm', notEquals: true }],
    },
  ],
};

const lookedAfterReviewRule: TimescaleRule = {
  id: 'looked-after-reviews',
  kind: 'recurring',
  label: 'Looked-after reviews',
  from: { types: ['looked-after'] },
  target: { types: ['looked-after-review'] },
  stopOn: [lookedAfterEnd],
  schedule: [
    { within: { amount: 20, unit: 'working-days' } },
    { within: { amount: 3, unit: 'months' } },
    { within: { amount: 6, unit: 'months' }, repeat: true },
  ],
};

const proceedingsRule: TimescaleRule = {
  id: 'care-proceedings',
  kind: 'within',
  label: 'Care proceedings',
  from: { types: ['proceedings'] },
  target: { types: ['proceedings'], boundary: 'end' },
  sameEntry: true,
  within: { amount: 26, unit: 'weeks' },
};

const returnHomeRule: TimescaleRule = {
  id: 'return-home-interview',
  kind: 'within',
  label: 'Return home interview',
  from: { types: ['missing'], boundary: 'end' },
  target: { types: ['return-home-interview'] },
  within: { amount: 72, unit: 'hours' },
};

// ---------------------------------------------------------------------------------------------

describe('timescales', () => {
  describe('addDuration', () => {
    const calendar = createWorkingCalendar({ division: 'england-and-wales' });

    it('counts calendar days and weeks', () => {
      expect(addDuration('2024-02-27', { amount: 3, unit: 'days' }, calendar)).to.equal(
        '2024-03-01',
      );
      expect(addDuration('2024-12-30', { amount: 2, unit: 'weeks' }, calendar)).to.equal(
        '2025-01-13',
      );
      expect(addDuration('2024-06-03', { amount: 0, unit: 'days' }, calendar)).to.equal(
        '2024-06-03',
      );
    });

    it('counts months and years, landing on the last day of a shorter month', () => {
      expect(addDuration('2024-01-31', { amount: 1, unit: 'months' }, calendar)).to.equal(
        '2024-02-29',
      );
      expect(addDuration('2023-01-31', { amount: 1, unit: 'months' }, calendar)).to.equal(
        '2023-02-28',
      );
      expect(addDuration('2024-08-31', { amount: 6, unit: 'months' }, calendar)).to.equal(
        '2025-02-28',
      );
      expect(addDuration('2024-02-29', { amount: 1, unit: 'years' }, calendar)).to.equal(
        '2025-02-28',
      );
      expect(addDuration('2024-03-15', { amount: 2, unit: 'years' }, calendar)).to.equal(
        '2026-03-15',
      );
    });

    it('counts working days, skipping weekends, bank holidays and closure days', () => {
      // Friday + 1 working day is Monday; the start day itself never counts.
      expect(addDuration('2024-06-07', { amount: 1, unit: 'working-days' }, calendar)).to.equal(
        '2024-06-10',
      );
      // Christmas Day, Boxing Day (England and Wales).
      expect(addDuration('2024-12-24', { amount: 1, unit: 'working-days' }, calendar)).to.equal(
        '2024-12-27',
      );
      const scotland = createWorkingCalendar({ division: 'scotland' });
      // Scotland also closes on 2 January.
      expect(addDuration('2024-12-31', { amount: 1, unit: 'working-days' }, calendar)).to.equal(
        '2025-01-02',
      );
      expect(addDuration('2024-12-31', { amount: 1, unit: 'working-days' }, scotland)).to.equal(
        '2025-01-03',
      );
      const closed = createWorkingCalendar({
        division: 'england-and-wales',
        closures: ['2024-12-27'],
      });
      expect(addDuration('2024-12-24', { amount: 1, unit: 'working-days' }, closed)).to.equal(
        '2024-12-30',
      );
    });

    it('adds hours exactly to a date-time, and whole days (rounded up) to a date', () => {
      expect(addDuration('2024-03-02T08:30', { amount: 72, unit: 'hours' }, calendar)).to.equal(
        '2024-03-05T08:30',
      );
      expect(addDuration('2024-03-31T22:15', { amount: 3, unit: 'hours' }, calendar)).to.equal(
        '2024-04-01T01:15',
      );
      expect(addDuration('2024-03-02', { amount: 72, unit: 'hours' }, calendar)).to.equal(
        '2024-03-05',
      );
      expect(addDuration('2024-03-02', { amount: 36, unit: 'hours' }, calendar)).to.equal(
        '2024-03-04',
      );
    });

    it('keeps the time of day when other units step a date-time', () => {
      expect(addDuration('2024-03-02T08:30', { amount: 1, unit: 'days' }, calendar)).to.equal(
        '2024-03-03T08:30',
      );
      expect(
        addDuration('2024-06-07T16:00', { amount: 1, unit: 'working-days' }, calendar),
      ).to.equal('2024-06-10T16:00');
    });

    it('rejects what is not a date', () => {
      expect(() => addDuration('2024-02-30', { amount: 1, unit: 'days' }, calendar)).to.throw(
        RangeError,
      );
      expect(() => addDuration('tomorrow', { amount: 1, unit: 'days' }, calendar)).to.throw(
        RangeError,
      );
      expect(() => addDuration('2024-03', { amount: 1, unit: 'days' }, calendar)).to.throw(
        RangeError,
      );
    });
  });

  describe('matchesEvent', () => {
    const model = modelWith([]);
    const strategy = {
      id: 'sd1',
      type: 'strategy-discussion',
      date: '2024-06-03',
      attributes: { s47: true, outcome: 'icpc', count: 2 },
    };
    const openPlacement = { id: 'p1', type: 'placement', date: '2024-01-08' };

    it('matches by type or by the type category', () => {
      expect(matchesEvent({ types: ['strategy-discussion'] }, strategy, model)).to.equal(true);
      expect(matchesEvent({ categories: ['strategy-discussion'] }, strategy, model)).to.equal(true);
      expect(
        matchesEvent({ types: ['referral'], categories: ['strategy-discussion'] }, strategy, model),
      ).to.equal(true);
      expect(matchesEvent({ categories: ['referral'] }, strategy, model)).to.equal(false);
      expect(
        matchesEvent(
          { categories: ['strategy-discussion'] },
          { ...strategy, type: 'unknown' },
          model,
        ),
      ).to.equal(false);
    });

    it('tests attributes with equals, notEquals and in, strictly', () => {
      const where = (test: object) =>
        matchesEvent(
          { types: ['strategy-discussion'], where: [{ attribute: 's47', ...test }] },
          strategy,
          model,
        );
      expect(where({ equals: true })).to.equal(true);
      expect(where({ equals: 'true' })).to.equal(false);
      expect(where({ notEquals: false })).to.equal(true);
      expect(where({ notEquals: true })).to.equal(false);
      expect(
        matchesEvent(
          {
            types: ['strategy-discussion'],
            where: [{ attribute: 'outcome', in: ['icpc', 'nfa'] }],
          },
          strategy,
          model,
        ),
      ).to.equal(true);
      expect(
        matchesEvent(
          { types: ['strategy-discussion'], where: [{ attribute: 'count', in: [1, 3] }] },
          strategy,
          model,
        ),
      ).to.equal(false);
      // Every test must pass.
      expect(
        matchesEvent(
          {
            types: ['strategy-discussion'],
            where: [
              { attribute: 's47', equals: true },
              { attribute: 'outcome', equals: 'nfa' },
            ],
          },
          strategy,
          model,
        ),
      ).to.equal(false);
    });

    it('treats a missing attribute as equal to nothing', () => {
      const plain = { id: 'sd2', type: 'strategy-discussion', date: '2024-06-03' };
      const test = (t: object) =>
        matchesEvent(
          { types: ['strategy-discussion'], where: [{ attribute: 's47', ...t }] },
          plain,
          model,
        );
      expect(test({ equals: true })).to.equal(false);
      expect(test({ notEquals: true })).to.equal(true);
      expect(test({ in: ['x'] })).to.equal(false);
      expect(test({})).to.equal(false);
      expect(
        matchesEvent(
          { types: ['strategy-discussion'], where: [{ attribute: 'constructor' }] },
          { ...plain, attributes: {} },
          model,
        ),
      ).to.equal(false);
    });

    it('matches an end only when the period has one', () => {
      expect(matchesEvent({ types: ['placement'] }, openPlacement, model)).to.equal(true);
      expect(
        matchesEvent({ types: ['placement'], boundary: 'end' }, openPlacement, model),
      ).to.equal(false);
      expect(
        matchesEvent(
          { types: ['placement'], boundary: 'end' },
          { ...openPlacement, end: '2024-03-01' },
          model,
        ),
      ).to.equal(true);
    });
  });

  describe('within rules: child and family assessment (45 working days of referral)', () => {
    // Monday 3 June 2024 + 45 working days (9 weeks, no bank holiday) = Monday 5 August 2024.
    const referral = { id: 'ref1', type: 'referral', date: '2024-06-03' };
    const assessment = (end?: string): EntryInput => ({
      id: 'cfa1',
      type: 'assessment',
      date: '2024-06-05',
      ...(end ? { end } : {}),
    });

    it('is met on time when the assessment ends by the due date', () => {
      const clocks = clocksOf(assessmentRule, [referral, assessment('2024-08-01')], '2024-09-01');
      expect(clocks).to.deep.equal([
        {
          rule: 'child-and-family-assessment',
          anchor: { event: 'ref1', date: '2024-06-03' },
          sequence: 1,
          due: '2024-08-05',
          status: 'met',
          metBy: { event: 'cfa1', date: '2024-08-01' },
        },
      ]);
    });

    it('is met on time on the due date itself', () => {
      const [clock] = clocksOf(assessmentRule, [referral, assessment('2024-08-05')], '2024-09-01');
      expect(clock.status).to.equal('met');
    });

    it('is met late, with the calendar days late', () => {
      const [clock] = clocksOf(assessmentRule, [referral, assessment('2024-08-07')], '2024-09-01');
      expect(clock).to.deep.include({ status: 'met-late', daysLate: 2, due: '2024-08-05' });
      expect(clock.metBy).to.deep.equal({ event: 'cfa1', date: '2024-08-07' });
    });

    it('is overdue when the assessment is still open after the due date', () => {
      const clocks = clocksOf(assessmentRule, [referral, assessment()], '2024-08-12');
      expect(clocks).to.deep.equal([
        {
          rule: 'child-and-family-assessment',
          anchor: { event: 'ref1', date: '2024-06-03' },
          sequence: 1,
          due: '2024-08-05',
          status: 'overdue',
          daysLate: 7,
        },
      ]);
    });

    it('is due within 5 working days of the due date, and upcoming before that', () => {
      const at = (today: string) =>
        line(clocksOf(assessmentRule, [referral, assessment()], today)[0]);
      expect(at('2024-07-26')).to.equal('1 upcoming 2024-08-05 left 6');
      expect(at('2024-07-29')).to.equal('1 due 2024-08-05 left 5');
      expect(at('2024-07-30')).to.equal('1 due 2024-08-05 left 4');
      expect(at('2024-08-05')).to.equal('1 due 2024-08-05 left 0');
      expect(at('2024-08-06')).to.equal('1 overdue 2024-08-05 late 1');
    });

    it('uses the rule dueSoon when it has one', () => {
      const rule: TimescaleRule = { ...assessmentRule, dueSoon: { amount: 2, unit: 'weeks' } };
      expect(line(clocksOf(rule, [referral], '2024-07-22')[0])).to.equal(
        '1 due 2024-08-05 left 10',
      );
      expect(line(clocksOf(rule, [referral], '2024-07-21')[0])).to.equal(
        '1 upcoming 2024-08-05 left 11',
      );
    });

    it('skips Christmas and New Year bank holidays in England', () => {
      // Wednesday 4 December 2024 + 45 working days: 9 weeks to 5 February 2025, plus 25 and 26
      // December and 1 January.
      const events = [
        { id: 'ref1', type: 'referral', date: '2024-12-04' },
        { id: 'cfa1', type: 'assessment', date: '2024-12-05', end: '2025-02-11' },
      ];
      const [clock] = clocksOf(assessmentRule, events, '2025-03-01');
      expect(clock).to.deep.include({ due: '2025-02-10', status: 'met-late', daysLate: 1 });
    });

    it('also skips 2 January in Scotland (record division, or the option)', () => {
      const events = [
        { id: 'ref1', type: 'referral', date: '2024-12-04' },
        { id: 'cfa1', type: 'assessment', date: '2024-12-05', end: '2025-02-11' },
      ];
      // One more holiday than England: due a working day later. (St Andrew's Day, observed on
      // 2 December 2024, falls before the count starts.)
      const byRecord = clocksOf(assessmentRule, events, '2025-03-01', {
        recordDivision: 'scotland',
      });
      expect(byRecord[0]).to.deep.include({ due: '2025-02-11', status: 'met' });
      const byOption = clocksOf(assessmentRule, events, '2025-03-01', { division: 'scotland' });
      expect(byOption[0]).to.deep.include({ due: '2025-02-11', status: 'met' });
      // The option wins over the record.
      const overridden = clocksOf(assessmentRule, events, '2025-03-01', {
        recordDivision: 'scotland',
        division: 'england-and-wales',
      });
      expect(overridden[0]).to.deep.include({ due: '2025-02-10' });
    });

    it('takes the model division when the record names none', () => {
      const model = modelWith([assessmentRule], 'scotland');
      const record = recordWith(model, [{ id: 'ref1', type: 'referral', date: '2024-12-04' }]);
      const [clock] = evaluateTimescales(model, record, { today: '2024-12-10' });
      expect(clock.due).to.equal('2025-02-11');
    });

    it('skips host closure days', () => {
      const events = [{ id: 'ref1', type: 'referral', date: '2024-12-04' }];
      const [clock] = clocksOf(assessmentRule, events, '2024-12-10', {
        closures: ['2024-12-27', '2024-12-30', '2024-12-31'],
      });
      expect(clock.due).to.equal('2025-02-13');
    });

    it('gives each referral its own clock, each met by the first unused assessment', () => {
      const events = [
        { id: 'ref2', type: 'referral', date: '2024-07-01' },
        { id: 'ref1', type: 'referral', date: '2024-06-03' },
        { id: 'cfa1', type: 'assessment', date: '2024-06-05', end: '2024-07-15' },
        { id: 'cfa2', type: 'assessment', date: '2024-07-20', end: '2024-08-20' },
      ];
      const clocks = clocksOf(assessmentRule, events, '2024-09-01');
      expect(clocks.map((c) => `${c.anchor.event} ${line(c)}`)).to.deep.equal([
        'ref1 1 met 2024-08-05 by cfa1',
        'ref2 1 met 2024-09-03 by cfa2',
      ]);
    });

    it('drops a clock stopped before its due date (no further action)', () => {
      const events = [
        referral,
        { id: 'dec1', type: 'referral-decision', date: '2024-06-04', attributes: { code: 'nfa' } },
      ];
      expect(clocksOf(assessmentRule, events, '2024-09-01')).to.deep.equal([]);
    });

    it('keeps a clock when the decision does not stop it', () => {
      const events = [
        referral,
        {
          id: 'dec1',
          type: 'referral-decision',
          date: '2024-06-04',
          attributes: { code: 'assessment' },
        },
      ];
      expect(clocksOf(assessmentRule, events, '2024-09-01').map(line)).to.deep.equal([
        '1 overdue 2024-08-05 late 27',
      ]);
    });

    it('keeps an unmet clock stopped after its due date overdue, up to the stop', () => {
      const events = [
        referral,
        { id: 'dec1', type: 'referral-decision', date: '2024-08-09', attributes: { code: 'nfa' } },
        assessment('2024-08-20'),
      ];
      // The assessment ended after the stop, so it does not count.
      expect(clocksOf(assessmentRule, events, '2024-09-01').map(line)).to.deep.equal([
        '1 overdue 2024-08-05 late 4',
      ]);
    });

    it('ignores entries with uncertain dates', () => {
      const events = [
        { id: 'ref-month', type: 'referral', date: '2024-05' },
        { id: 'ref-about', type: 'referral', date: { date: '2024-05-13', qualifier: 'about' } },
        referral,
        {
          id: 'cfa1',
          type: 'assessment',
          date: '2024-06-05',
          end: { date: '2024-07-01', qualifier: 'before' },
        },
      ];
      const clocks = clocksOf(assessmentRule, events, '2024-08-12');
      expect(clocks.map((c) => `${c.anchor.event} ${line(c)}`)).to.deep.equal([
        'ref1 1 overdue 2024-08-05 late 7',
      ]);
    });

    it('accepts an exact date written in the object form', () => {
      const events = [
        { id: 'ref1', type: 'referral', date: { date: '2024-06-03', qualifier: 'exact' } },
      ];
      expect(clocksOf(assessmentRule, events, '2024-06-10').map(line)).to.deep.equal([
        '1 upcoming 2024-08-05 left 40',
      ]);
    });

    it('does not count entries dated after today', () => {
      const events = [referral, assessment('2024-08-01')];
      // On 31 July the assessment's end is still in the future: the clock is open.
      expect(clocksOf(assessmentRule, events, '2024-07-31').map(line)).to.deep.equal([
        '1 due 2024-08-05 left 3',
      ]);
      // A referral dated after today starts nothing yet.
      expect(clocksOf(assessmentRule, events, '2024-06-01')).to.deep.equal([]);
    });
  });

  describe('within rules: initial child protection conference', () => {
    it('starts a clock only for a strategy discussion with s47 true', () => {
      const events = [
        { id: 'sd1', type: 'strategy-discussion', date: '2024-06-03', attributes: { s47: true } },
        { id: 'sd2', type: 'strategy-discussion', date: '2024-07-01', attributes: { s47: false } },
        { id: 'sd3', type: 'strategy-discussion', date: '2024-07-08' },
        { id: 'icpc1', type: 'initial-conference', date: '2024-06-20' },
      ];
      const clocks = clocksOf(initialConferenceRule, events, '2024-08-01');
      // Monday 3 June + 15 working days = Monday 24 June.
      expect(clocks).to.deep.equal([
        {
          rule: 'initial-conference',
          anchor: { event: 'sd1', date: '2024-06-03' },
          sequence: 1,
          due: '2024-06-24',
          status: 'met',
          metBy: { event: 'icpc1', date: '2024-06-20' },
        },
      ]);
    });

    it('moves the anchor to a restart entry between the anchor and the target', () => {
      const rule: TimescaleRule = {
        ...initialConferenceRule,
        restartOn: [
          { types: ['strategy-discussion'], where: [{ attribute: 'reconvened', equals: true }] },
        ],
      };
      const events = [
        { id: 'sd1', type: 'strategy-discussion', date: '2024-06-03', attributes: { s47: true } },
        {
          id: 'sd2',
          type: 'strategy-discussion',
          date: '2024-06-10',
          attributes: { reconvened: true },
        },
        {
          id: 'sd3',
          type: 'strategy-discussion',
          date: '2024-06-12',
          attributes: { reconvened: true },
        },
        { id: 'icpc1', type: 'initial-conference', date: '2024-06-28' },
        // After the conference: restarts nothing.
        {
          id: 'sd4',
          type: 'strategy-discussion',
          date: '2024-07-01',
          attributes: { reconvened: true },
        },
      ];
      // The last restart before the conference counts: Wednesday 12 June + 15 working days.
      expect(clocksOf(rule, events, '2024-08-01')).to.deep.equal([
        {
          rule: 'initial-conference',
          anchor: { event: 'sd3', date: '2024-06-12' },
          sequence: 1,
          due: '2024-07-03',
          status: 'met',
          metBy: { event: 'icpc1', date: '2024-06-28' },
        },
      ]);
    });
  });

  describe('recurring rules: review conferences', () => {
    it('chains the first review within 3 months, then every 6 months from the last review', () => {
      const events = [
        { id: 'icpc', type: 'initial-conference', date: '2024-01-10' },
        { id: 'r1', type: 'review-conference', date: '2024-04-05' },
        { id: 'r2', type: 'review-conference', date: '2024-10-15' },
        { id: 'r3', type: 'review-conference', date: '2025-04-01' },
      ];
      const clocks = clocksOf(reviewConferenceRule, events, '2025-06-01');
      expect(clocks.map(line)).to.deep.equal([
        '1 met 2024-04-10 by r1',
        '2 met-late 2024-10-05 by r2 late 10',
        '3 met 2025-04-15 by r3',
        '4 upcoming 2025-10-01 left 87',
      ]);
      expect(
        clocks.every((c) => c.anchor.event === 'icpc' && c.anchor.date === '2024-01-10'),
      ).to.equal(true);
    });

    it('stops at the first missed due date: one overdue clock, not a list', () => {
      const events = [{ id: 'icpc', type: 'initial-conference', date: '2024-01-10' }];
      expect(clocksOf(reviewConferenceRule, events, '2026-01-01').map(line)).to.deep.equal([
        '1 overdue 2024-04-10 late 631',
      ]);
    });

    it('counts two reviews on one day once', () => {
      const events = [
        { id: 'icpc', type: 'initial-conference', date: '2024-01-10' },
        { id: 'r1', type: 'review-conference', date: '2024-04-05' },
        { id: 'r1b', type: 'review-conference', date: '2024-04-05' },
      ];
      expect(clocksOf(reviewConferenceRule, events, '2024-05-01').map(line)).to.deep.equal([
        '1 met 2024-04-10 by r1',
        '2 upcoming 2024-10-05 left 109',
      ]);
    });

    it('starts a new chain at a new initial conference', () => {
      const events = [
        { id: 'icpc1', type: 'initial-conference', date: '2024-01-10' },
        { id: 'r1', type: 'review-conference', date: '2024-04-05' },
        // A new plan starts before the next review was due: the old clock is superseded.
        { id: 'icpc2', type: 'initial-conference', date: '2024-06-03' },
        { id: 'r2', type: 'review-conference', date: '2024-08-30' },
      ];
      const clocks = clocksOf(reviewConferenceRule, events, '2024-09-01');
      expect(clocks.map((c) => `${c.anchor.event} ${line(c)}`)).to.deep.equal([
        'icpc1 1 met 2024-04-10 by r1',
        'icpc2 1 met 2024-09-03 by r2',
        'icpc2 2 upcoming 2025-02-28 left 127',
      ]);
    });
  });

  describe('recurring rules: visits to a looked-after child', () => {
    // Visits exactly 6 weeks apart after the first, from a placement starting Monday 8 January 2024.
    const visitDates = [
      '2024-01-12',
      '2024-02-23',
      '2024-04-05',
      '2024-05-17',
      '2024-06-28',
      '2024-08-09',
      '2024-09-20',
      '2024-11-01',
      '2024-12-13',
      '2025-01-24',
    ];
    const visits = visitDates.map((date, i) => ({ id: `v${i + 1}`, type: 'visit', date }));
    const placement = (longTerm: boolean): EntryInput => ({
      id: 'p1',
      type: 'placement',
      date: '2024-01-08',
      attributes: { longTerm },
    });
    const firstYear = [
      '1 met 2024-01-15 by v1',
      '2 met 2024-02-23 by v2',
      '3 met 2024-04-05 by v3',
      '4 met 2024-05-17 by v4',
      '5 met 2024-06-28 by v5',
      '6 met 2024-08-09 by v6',
      '7 met 2024-09-20 by v7',
      '8 met 2024-11-01 by v8',
      '9 met 2024-12-13 by v9',
      // The interval started within the first year, so it is still 6 weeks.
      '10 met 2025-01-24 by v10',
    ];

    it('visits every 3 months after the first year when the placement is to last until 18', () => {
      const clocks = clocksOf(visitSchedule, [placement(true), ...visits], '2025-02-15');
      expect(clocks.map(line)).to.deep.equal([...firstYear, '11 upcoming 2025-04-24 left 47']);
    });

    it('keeps visiting every 6 weeks otherwise', () => {
      const clocks = clocksOf(visitSchedule, [placement(false), ...visits], '2025-02-15');
      expect(clocks.map(line)).to.deep.equal([...firstYear, '11 upcoming 2025-03-07 left 15']);
    });

    it('restarts the clock at a placement move', () => {
      const events = [
        { id: 'p1', type: 'placement', date: '2024-01-08', end: '2024-03-01' },
        { id: 'p2', type: 'placement', date: '2024-03-01', attributes: { longTerm: false } },
        { id: 'v1', type: 'visit', date: '2024-01-12' },
        { id: 'v2', type: 'visit', date: '2024-02-20' },
        { id: 'v3', type: 'visit', date: '2024-03-06' },
      ];
      const clocks = clocksOf(visitSchedule, events, '2024-04-10');
      // The visit due on 2 April under the first placement is superseded by the move.
      expect(clocks.map((c) => `${c.anchor.event} ${line(c)}`)).to.deep.equal([
        'p1 1 met 2024-01-15 by v1',
        'p1 2 met 2024-02-23 by v2',
        'p2 1 met 2024-03-08 by v3',
        'p2 2 due 2024-04-17 left 5',
      ]);
    });

    it('restarts a chain begun by another entry, and stops at the end of being looked after', () => {
      const rule: TimescaleRule = {
        ...visitSchedule,
        id: 'visits-from-looked-after',
        from: { types: ['looked-after'] },
      };
      const events = [
        { id: 'la', type: 'looked-after', date: '2024-01-08', end: '2024-06-30' },
        { id: 'p1', type: 'placement', date: '2024-01-08', end: '2024-03-01' },
        { id: 'p2', type: 'placement', date: '2024-03-01', attributes: { longTerm: false } },
        { id: 'v1', type: 'visit', date: '2024-01-12' },
        { id: 'v2', type: 'visit', date: '2024-02-20' },
        { id: 'v3', type: 'visit', date: '2024-03-06' },
        { id: 'v4', type: 'visit', date: '2024-04-15' },
        // After the child stopped being looked after: no longer counts.
        { id: 'v5', type: 'visit', date: '2024-07-20' },
      ];
      const clocks = clocksOf(rule, events, '2024-08-01');
      // The placement starting the same day as the looked-after period takes over the chain; the
      // visit due 27 May was missed, and the clock stopped on 30 June, 34 days later.
      expect(clocks.map((c) => `${c.anchor.event} ${line(c)}`)).to.deep.equal([
        'p1 1 met 2024-01-15 by v1',
        'p1 2 met 2024-02-23 by v2',
        'p2 1 met 2024-03-08 by v3',
        'p2 2 met 2024-04-17 by v4',
        'p2 3 overdue 2024-05-27 late 34',
      ]);
    });

    it('drops the open visit clock when being looked after ends before it is due', () => {
      const events = [
        { id: 'la', type: 'looked-after', date: '2024-01-08', end: '2024-03-15' },
        placement(false),
        { id: 'v1', type: 'visit', date: '2024-01-12' },
        { id: 'v2', type: 'visit', date: '2024-02-20' },
      ];
      expect(clocksOf(visitSchedule, events, '2024-08-01').map(line)).to.deep.equal([
        '1 met 2024-01-15 by v1',
        '2 met 2024-02-23 by v2',
      ]);
    });
  });

  describe('recurring rules: looked-after reviews', () => {
    it('runs 20 working days, then 3 months, then every 6 months', () => {
      const events = [
        { id: 'la', type: 'looked-after', date: '2024-01-08' },
        { id: 'lar1', type: 'looked-after-review', date: '2024-02-01' },
        { id: 'lar2', type: 'looked-after-review', date: '2024-05-10' },
        { id: 'lar3', type: 'looked-after-review', date: '2024-11-01' },
      ];
      // Monday 8 January + 20 working days = Monday 5 February.
      expect(clocksOf(lookedAfterReviewRule, events, '2025-04-28').map(line)).to.deep.equal([
        '1 met 2024-02-05 by lar1',
        '2 met-late 2024-05-01 by lar2 late 9',
        '3 met 2024-11-10 by lar3',
        '4 due 2025-05-01 left 3',
      ]);
    });
  });

  describe('within rules: care proceedings (26 weeks, the same entry)', () => {
    it('is met by the end of the same proceedings only', () => {
      const events = [
        { id: 'pr1', type: 'proceedings', date: '2024-01-15', end: '2024-07-10' },
        { id: 'pr2', type: 'proceedings', date: '2024-02-01', end: '2024-09-01' },
        // Still open: the end of pr1 (10 July) must not meet it.
        { id: 'pr3', type: 'proceedings', date: '2024-06-03' },
      ];
      const clocks = clocksOf(proceedingsRule, events, '2024-10-01');
      expect(clocks.map((c) => `${c.anchor.event} ${line(c)}`)).to.deep.equal([
        'pr1 1 met 2024-07-15 by pr1',
        'pr2 1 met-late 2024-08-01 by pr2 late 31',
        'pr3 1 upcoming 2024-12-02 left 44',
      ]);
      expect(clocks[0].metBy).to.deep.equal({ event: 'pr1', date: '2024-07-10' });
    });
  });

  describe('within rules: return home interview (72 hours)', () => {
    it('counts 72 hours to the minute when the times are known', () => {
      const events = [
        { id: 'm1', type: 'missing', date: '2024-03-01T20:00', end: '2024-03-02T08:30' },
        { id: 'rhi1', type: 'return-home-interview', date: '2024-03-05T08:00' },
        { id: 'm2', type: 'missing', date: '2024-04-10T18:00', end: '2024-04-11T09:15' },
        { id: 'rhi2', type: 'return-home-interview', date: '2024-04-14T10:00' },
      ];
      const clocks = clocksOf(returnHomeRule, events, '2024-05-01');
      expect(clocks).to.deep.equal([
        {
          rule: 'return-home-interview',
          anchor: { event: 'm1', date: '2024-03-02T08:30' },
          sequence: 1,
          due: '2024-03-05T08:30',
          status: 'met',
          metBy: { event: 'rhi1', date: '2024-03-05T08:00' },
        },
        {
          rule: 'return-home-interview',
          anchor: { event: 'm2', date: '2024-04-11T09:15' },
          sequence: 1,
          due: '2024-04-14T09:15',
          status: 'met-late',
          metBy: { event: 'rhi2', date: '2024-04-14T10:00' },
          daysLate: 0,
        },
      ]);
    });

    it('counts 72 hours as 3 days when the return has no time', () => {
      const events = [
        { id: 'm1', type: 'missing', date: '2024-05-01', end: '2024-05-02' },
        { id: 'rhi1', type: 'return-home-interview', date: '2024-05-05' },
        { id: 'm2', type: 'missing', date: '2024-05-20', end: '2024-05-21' },
        { id: 'rhi2', type: 'return-home-interview', date: '2024-05-25T11:00' },
        // Still missing: no end, so no clock.
        { id: 'm3', type: 'missing', date: '2024-06-01' },
      ];
      expect(clocksOf(returnHomeRule, events, '2024-06-10').map(line)).to.deep.equal([
        '1 met 2024-05-05 by rhi1',
        '1 met-late 2024-05-24 by rhi2 late 1',
      ]);
    });

    it('does not let an interview before the return meet the clock', () => {
      const events = [
        { id: 'rhi0', type: 'return-home-interview', date: '2024-03-02T07:00' },
        { id: 'm1', type: 'missing', date: '2024-03-01T20:00', end: '2024-03-02T08:30' },
      ];
      expect(clocksOf(returnHomeRule, events, '2024-03-04T09:00').map(line)).to.deep.equal([
        '1 due 2024-03-05T08:30 left 1',
      ]);
      expect(clocksOf(returnHomeRule, events, '2024-03-05T09:00').map(line)).to.deep.equal([
        '1 overdue 2024-03-05T08:30 late 0',
      ]);
    });
  });

  describe('divisions', () => {
    const scottishRule: TimescaleRule = {
      ...assessmentRule,
      id: 'scottish-assessment',
      divisions: ['scotland'],
    };
    const events = [{ id: 'ref1', type: 'referral', date: '2024-06-03' }];

    it('yields nothing outside the listed divisions', () => {
      expect(clocksOf(scottishRule, events, '2024-07-01')).to.deep.equal([]);
    });

    it('applies in a listed division', () => {
      expect(
        clocksOf(scottishRule, events, '2024-07-01', { recordDivision: 'scotland' }),
      ).to.have.length(1);
    });
  });

  describe('nations', () => {
    const walesRule: TimescaleRule = {
      ...assessmentRule,
      id: 'wales-assessment',
      nations: ['wales'],
    };
    const model = modelWith([walesRule]);
    const events = [{ id: 'ref1', type: 'referral', date: '2024-06-03' }];
    const record = recordWith(model, events);

    it('applies a Wales-only rule in Wales and not in England, which share bank holidays', () => {
      expect(
        evaluateTimescales(model, record, { today: '2024-07-01', nation: 'wales' }),
      ).to.have.length(1);
      expect(
        evaluateTimescales(model, record, { today: '2024-07-01', nation: 'england' }),
      ).to.deep.equal([]);
      expect(
        evaluateTimescales(model, { ...record, nation: 'england' }, { today: '2024-07-01' }),
      ).to.deep.equal([]);
    });

    it('applies the rule when the nation is not known, and derives Scotland from its division', () => {
      expect(evaluateTimescales(model, record, { today: '2024-07-01' })).to.have.length(1);
      expect(
        evaluateTimescales(model, record, { today: '2024-07-01', division: 'scotland' }),
      ).to.deep.equal([]);
    });
  });

  describe('evaluateTimescales and evaluateRule', () => {
    const model = modelWith([initialConferenceRule, assessmentRule]);
    const record = recordWith(model, [
      { id: 'ref2', type: 'referral', date: '2024-07-01' },
      { id: 'sd1', type: 'strategy-discussion', date: '2024-06-10', attributes: { s47: true } },
      { id: 'ref1', type: 'referral', date: '2024-06-03' },
    ]);

    it('lists clocks by rule order, then anchor date', () => {
      const clocks = evaluateTimescales(model, record, { today: '2024-07-02' });
      expect(clocks.map((c) => `${c.rule} ${c.anchor.event}`)).to.deep.equal([
        'initial-conference sd1',
        'child-and-family-assessment ref1',
        'child-and-family-assessment ref2',
      ]);
    });

    it('evaluates one rule, even one outside the model', () => {
      const clocks = evaluateRule(assessmentRule, model, record, { today: '2024-07-02' });
      expect(clocks.map((c) => c.anchor.event)).to.deep.equal(['ref1', 'ref2']);
      const local: TimescaleRule = {
        ...initialConferenceRule,
        id: 'local',
        within: { amount: 1, unit: 'working-days' },
      };
      expect(evaluateRule(local, model, record, { today: '2024-07-02' }).map(line)).to.deep.equal([
        '1 overdue 2024-06-11 late 21',
      ]);
    });

    it('is pure: the same inputs give the same clocks, and the record is untouched', () => {
      const before = JSON.stringify(record);
      const first = evaluateTimescales(model, record, { today: '2024-07-02' });
      expect(evaluateTimescales(model, record, { today: '2024-07-02' })).to.deep.equal(first);
      expect(JSON.stringify(record)).to.equal(before);
    });

    it('rejects a missing or malformed today', () => {
      expect(() => evaluateTimescales(model, record, { today: '' })).to.throw(RangeError);
      expect(() => evaluateTimescales(model, record, { today: '12/06/2024' })).to.throw(RangeError);
    });

    it('yields nothing for a record without events', () => {
      const empty = recordWith(model, []);
      expect(evaluateTimescales(model, empty, { today: '2024-07-02' })).to.deep.equal([]);
    });

    it('stops at the clock limit per rule', () => {
      const rule: TimescaleRule = {
        ...assessmentRule,
        id: 'many',
        stopOn: undefined,
        within: { amount: 1, unit: 'days' },
      };
      const big: CaseRecord = {
        id: 'big',
        subjects: [],
        persons: [],
        events: Array.from({ length: MAX_CLOCKS_PER_RULE + 50 }, (_, i) => ({
          id: `ref${i}`,
          type: 'referral',
          date: '2024-06-03',
        })),
      };
      const clocks = evaluateRule(rule, model, big, { today: '2024-06-03' });
      expect(clocks).to.have.length(MAX_CLOCKS_PER_RULE);
      expect(clocks[0].anchor.event).to.equal('ref0');
    });
  });

  describe('clock tables', () => {
    /** Every number of the table against the clock written out: its dates read back. */
    function expectTableMatches(model: PracticeModel, record: CaseRecord, today: string): number {
      const table = evaluateClockTable(model, record, { today });
      const clocks = table.clocks();
      expect(clocks).to.deep.equal(evaluateTimescales(model, record, { today }));
      expect(table.clocks()).to.equal(clocks);
      expect(table.length).to.equal(clocks.length);
      const events = record.events ?? [];
      clocks.forEach((clock, i) => {
        const where = `${clock.rule} clock ${i}`;
        expect(table.ruleOf(i), where).to.equal(clock.rule);
        expect(table.statusOf(i), where).to.equal(clock.status);
        expect(table.dueDayOf(i), where).to.equal(toDayNumber(clock.due.slice(0, 10)));
        expect(table.anchorDayOf(i), where).to.equal(toDayNumber(clock.anchor.date.slice(0, 10)));
        expect(events[table.anchorPositionOf(i)]?.id, where).to.equal(clock.anchor.event);
        const met = clock.metBy ? toDayNumber(clock.metBy.date.slice(0, 10)) : NaN;
        expect(table.metDayOf(i), where).to.deep.equal(met);
      });
      return clocks.length;
    }

    it('gives, as numbers, the clocks evaluateTimescales writes out', () => {
      expect(expectTableMatches(sampleModel, sampleCase, '2027-03-01')).to.be.greaterThan(10);
      const statuses = new Set<string>();
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const record = generateCase({ seed, persons: 40, events: 400 });
        for (const today of ['2026-11-20', '2030-01-01']) {
          expectTableMatches(sampleModel, record, today);
          for (const clock of evaluateTimescales(sampleModel, record, { today }))
            statuses.add(clock.status);
        }
      }
      expect([...statuses].sort()).to.deep.equal(['due', 'met', 'met-late', 'overdue', 'upcoming']);
    });

    it('throws, as evaluateTimescales does, for a due date past 9999-12-31', () => {
      const model = modelWith([assessmentRule]);
      const record = recordWith(model, [{ id: 'late', type: 'referral', date: '9999-12-20' }]);
      expect(() => evaluateTimescales(model, record, { today: '9999-12-21' })).to.throw(RangeError);
      expect(() => evaluateClockTable(model, record, { today: '9999-12-21' })).to.throw(RangeError);
    });
  });

  describe('summariseCompliance', () => {
    it('counts clocks by status for each rule, in order of appearance', () => {
      const clock = (rule: string, status: TimescaleClock['status']): TimescaleClock => ({
        rule,
        anchor: { event: 'e', date: '2024-01-01' },
        sequence: 1,
        due: '2024-02-01',
        status,
      });
      const clocks = [
        ...Array.from({ length: 11 }, () => clock('visits', 'met')),
        clock('visits', 'overdue'),
        clock('visits', 'upcoming'),
        clock('assessment', 'met-late'),
        clock('assessment', 'due'),
        clock('assessment', 'met'),
      ];
      const summary = summariseCompliance(clocks);
      expect(summary).to.deep.equal([
        { rule: 'visits', total: 13, met: 11, metLate: 0, overdue: 1, due: 0, upcoming: 1 },
        { rule: 'assessment', total: 3, met: 1, metLate: 1, overdue: 0, due: 1, upcoming: 0 },
      ]);
      const [visits] = summary;
      expect(`${visits.met}/${visits.met + visits.metLate + visits.overdue}`).to.equal('11/12');
      expect(summariseCompliance([])).to.deep.equal([]);
    });

    it('summarises an evaluation', () => {
      const events = [
        { id: 'icpc', type: 'initial-conference', date: '2024-01-10' },
        { id: 'r1', type: 'review-conference', date: '2024-04-05' },
        { id: 'r2', type: 'review-conference', date: '2024-10-15' },
        { id: 'r3', type: 'review-conference', date: '2025-04-01' },
      ];
      expect(
        summariseCompliance(clocksOf(reviewConferenceRule, events, '2025-06-01')),
      ).to.deep.equal([
        {
          rule: 'review-conference',
          total: 4,
          met: 2,
          metLate: 1,
          overdue: 0,
          due: 0,
          upcoming: 1,
        },
      ]);
    });
  });

  describe('clock order', () => {
    it('lists a rule’s clocks by anchor, even when a restart moved an anchor past another', () => {
      // p1's proceedings restart at the visit (1 April), after p2 began (1 February); p2 ends
      // before the visit, so its clock keeps its own anchor and comes first.
      const rule: TimescaleRule = { ...proceedingsRule, restartOn: [{ types: ['visit'] }] };
      const events = [
        { id: 'p1', type: 'proceedings', date: '2024-01-01', end: '2024-12-01' },
        { id: 'p2', type: 'proceedings', date: '2024-02-01', end: '2024-03-01' },
        { id: 'v1', type: 'visit', date: '2024-04-01' },
      ];
      expect(
        clocksOf(rule, events, '2025-01-01').map((c) => `${c.anchor.event} ${line(c)}`),
      ).to.deep.equal(['p2 1 met 2024-08-01 by p2', 'v1 1 met-late 2024-09-30 by p1 late 62']);
    });

    it('drops the chain of an anchor superseded by a restart of the same moment', () => {
      const rule: TimescaleRule = {
        ...reviewConferenceRule,
        restartOn: [
          { types: ['review-conference'], where: [{ attribute: 'restart', equals: true }] },
        ],
      };
      const events = [
        { id: 'rc', type: 'review-conference', date: '2024-03-01', attributes: { restart: true } },
        { id: 'icpc1', type: 'initial-conference', date: '2024-01-10' },
        { id: 'icpc2', type: 'initial-conference', date: '2024-03-01' },
      ];
      // At 1 March the anchor comes before the restart: icpc2 ends icpc1's chain (nothing was
      // due yet), the restart ends icpc2's at once, and only the restart's chain is left.
      expect(
        clocksOf(rule, events, '2024-04-01').map((c) => `${c.anchor.event} ${line(c)}`),
      ).to.deep.equal(['rc 1 upcoming 2024-06-01 left 42']);
    });
  });

  describe('moments as numbers', () => {
    it('reads a time to the minute as parseMoment does', () => {
      for (const text of [
        '2024-06-01T00:00',
        '2024-06-01T23:59',
        '2024-06-01T24:00',
        '2024-06-01T12:60',
        '2024-06-01T1:300',
        '2024-06-01 12:30',
        '2024-06-01T12:30:15',
        '2024-06-01',
      ]) {
        const moment = parseMoment(text);
        const minute = minuteOfDateTime(text);
        if (text.length === 16 && moment) expect(minute, text).to.equal(moment.minute);
        else expect(minute, text).to.equal(-1);
      }
    });

    it('writes a moment as momentOf does', () => {
      for (const day of [toDayNumber('0001-01-01'), -1, 0, 19_000, toDayNumber('9999-12-31')]) {
        expect(momentText(day, NO_TIME)).to.equal(momentOf(day).text);
        expect(momentText(day, 0)).to.equal(momentOf(day, 0).text);
        expect(momentText(day, 1439)).to.equal(momentOf(day, 1439).text);
      }
    });

    it('shifts a moment as shiftMoment does, in every unit and both ways, errors included', () => {
      const next = mulberry(11);
      const calendar = createWorkingCalendar({
        division: 'scotland',
        closures: ['2024-12-27', '2024-12-30', '2024-12-31'],
      });
      const units = ['hours', 'days', 'working-days', 'weeks', 'months', 'years'] as const;
      const outcome = (run: () => { day: number; minute: number }): string => {
        try {
          const { day, minute } = run();
          return `${day} ${minute}`;
        } catch (error) {
          return `${(error as Error).name}: ${(error as Error).message}`;
        }
      };
      const starts = [
        toDayNumber('0001-01-02'),
        toDayNumber('9999-12-20'),
        toDayNumber('2024-01-31'),
      ];
      for (let i = 0; i < 600; i += 1) {
        starts.push(toDayNumber('2000-01-01') + Math.floor(next() * 12_000));
      }
      for (const [i, day] of starts.entries()) {
        const minute = i % 3 === 0 ? NO_TIME : Math.floor(next() * 1440);
        const unit = units[i % units.length] as Duration['unit'];
        const amounts = [0, 1, Math.floor(next() * 400), 10_000, 1.5];
        for (const amount of amounts) {
          for (const sign of [1, -1] as const) {
            const duration: Duration = { amount, unit };
            const expected = outcome(() => {
              const moment = shiftMoment(
                momentOf(day, minute === NO_TIME ? undefined : minute),
                duration,
                sign,
                calendar,
              );
              return { day: moment.day, minute: moment.minute ?? NO_TIME };
            });
            const actual = outcome(() =>
              shiftMomentNumbers(
                day,
                minute,
                duration,
                sign,
                calendar,
                workingDayArithmetic(calendar),
              ),
            );
            expect(actual, `${fromDayNumber(day)} ${minute} ${sign * amount} ${unit}`).to.equal(
              expected,
            );
          }
        }
      }
    });
  });
});
