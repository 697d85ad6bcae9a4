/**
 * Statutory timescales as data: every England row of the domain primer, and the Welsh children's
 * assessment. Local rules (CP visits every 10 working days, strategy discussion within 1 working
 * day) vary by council and are deliberately not here.
 */
import type { Duration, EventMatcher, TimescaleRule } from '../model/index.js';
import { bilingual } from './code-lists.js';

const workingDays = (amount: number): Duration => ({ amount, unit: 'working-days' });
const weeks = (amount: number): Duration => ({ amount, unit: 'weeks' });
const months = (amount: number): Duration => ({ amount, unit: 'months' });

/** The start of a looked-after episode: the legal-status period flagged `startsEpisode`. */
const becameLookedAfter: EventMatcher = {
  categories: ['legal-status'],
  boundary: 'start',
  where: [{ attribute: 'startsEpisode', equals: true }],
};
/** The end of a looked-after episode: the end of the legal-status period flagged `endsEpisode`. */
const ceasedLookedAfter: EventMatcher = {
  categories: ['legal-status'],
  boundary: 'end',
  where: [{ attribute: 'endsEpisode', equals: true }],
};
const placementStart: EventMatcher = { categories: ['placement'], boundary: 'start' };

/** England statutory timescales (Working Together 2023, CPPCR 2010, Children Act 1989). */
export const englandTimescales: TimescaleRule[] = [
  {
    id: 'referral-decision',
    kind: 'within',
    label: 'Decision on referral',
    source: 'Working Together to Safeguard Children 2023',
    divisions: ['england-and-wales'],
    from: { categories: ['referral'] },
    target: { categories: ['referral-decision'] },
    within: workingDays(1),
  },
  {
    id: 'child-and-family-assessment',
    kind: 'within',
    label: bilingual('Child and family assessment', 'Asesiad plentyn a theulu'),
    description: 'Completed within 45 working days of the referral.',
    source: 'Working Together to Safeguard Children 2023',
    divisions: ['england-and-wales'],
    from: { categories: ['referral'] },
    target: { categories: ['assessment'], boundary: 'end' },
    // A referral that ends in no further action or early help starts no assessment clock.
    stopOn: [
      {
        categories: ['referral-decision'],
        where: [{ attribute: 'code', in: ['early-help', 'information-advice', 'nfa'] }],
      },
    ],
    within: workingDays(45),
    dueSoon: workingDays(5),
  },
  {
    id: 'initial-conference',
    kind: 'within',
    label: 'Initial child protection conference',
    description:
      'Within 15 working days of the strategy discussion that started the section 47 enquiry.',
    source: 'Working Together to Safeguard Children 2023',
    divisions: ['england-and-wales'],
    from: { categories: ['strategy-discussion'], where: [{ attribute: 's47', equals: true }] },
    target: { categories: ['initial-conference'] },
    within: workingDays(15),
    dueSoon: workingDays(3),
  },
  {
    id: 'review-conference',
    kind: 'recurring',
    label: 'Review child protection conference',
    description: 'First within 3 months of the initial conference, then at most every 6 months.',
    source: 'Working Together to Safeguard Children 2023',
    divisions: ['england-and-wales'],
    from: { categories: ['initial-conference'] },
    target: { categories: ['review-conference'] },
    stopOn: [{ categories: ['cp-plan'], boundary: 'end' }],
    schedule: [{ within: months(3) }, { within: months(6), repeat: true }],
    dueSoon: weeks(2),
  },
  {
    id: 'care-plan',
    kind: 'within',
    label: 'Care plan',
    description: 'Before the first placement or within 10 working days of it.',
    source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 4',
    divisions: ['england-and-wales'],
    from: becameLookedAfter,
    target: { categories: ['care-plan'] },
    within: workingDays(10),
  },
  {
    id: 'looked-after-visits',
    kind: 'recurring',
    label: 'Visits to a looked-after child',
    description:
      'Within 1 week of any placement; then at most every 6 weeks in the first year; then at most every 3 months if the placement is to last until 18, otherwise every 6 weeks. A placement move restarts the clock.',
    source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 28',
    divisions: ['england-and-wales'],
    from: placementStart,
    target: { types: ['lac-visit'] },
    restartOn: [placementStart],
    stopOn: [ceasedLookedAfter],
    schedule: [
      { within: weeks(1) },
      { within: weeks(6), repeat: true, until: { amount: 1, unit: 'years' } },
      { within: months(3), repeat: true, when: [{ attribute: 'longTerm', equals: true }] },
      { within: weeks(6), repeat: true, when: [{ attribute: 'longTerm', notEquals: true }] },
    ],
    dueSoon: workingDays(5),
  },
  {
    id: 'looked-after-reviews',
    kind: 'recurring',
    label: 'Looked-after reviews',
    description:
      'First within 20 working days of becoming looked after, second within 3 months of the first, then at most every 6 months.',
    source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 33',
    divisions: ['england-and-wales'],
    from: becameLookedAfter,
    target: { categories: ['looked-after-review'] },
    stopOn: [ceasedLookedAfter],
    schedule: [
      { within: workingDays(20) },
      { within: months(3) },
      { within: months(6), repeat: true },
    ],
    dueSoon: weeks(2),
  },
  {
    id: 'care-proceedings',
    kind: 'within',
    label: 'Care proceedings',
    description: 'Concluded within 26 weeks of issue; the court may extend.',
    source: 'Children Act 1989, s32(1)(a)',
    divisions: ['england-and-wales'],
    from: { categories: ['proceedings'], boundary: 'start' },
    target: { categories: ['proceedings'], boundary: 'end' },
    sameEntry: true,
    within: weeks(26),
    dueSoon: weeks(4),
  },
  {
    id: 'return-home-interview',
    kind: 'within',
    label: 'Return home interview',
    description: 'Offered within 72 hours of the child returning from a missing episode.',
    source: 'DfE Statutory guidance on children who run away or go missing from home or care, 2014',
    divisions: ['england-and-wales'],
    from: { categories: ['missing'], boundary: 'end' },
    target: { categories: ['return-home-interview'] },
    within: { amount: 72, unit: 'hours' },
  },
  {
    id: 'private-fostering-visits',
    kind: 'recurring',
    label: 'Private fostering visits',
    description: 'At most every 6 weeks in the first year of the arrangement, then every 12 weeks.',
    source: 'Children (Private Arrangements for Fostering) Regulations 2005, reg 8',
    divisions: ['england-and-wales'],
    from: { types: ['private-fostering'], boundary: 'start' },
    target: { types: ['private-fostering-visit'] },
    stopOn: [{ types: ['private-fostering'], boundary: 'end' }],
    schedule: [
      { within: weeks(6), repeat: true, until: { amount: 1, unit: 'years' } },
      { within: weeks(12), repeat: true },
    ],
  },
];

/** Wales: the children's assessment under Part 3 of the Social Services and Well-being (Wales) Act 2014. */
export const walesTimescales: TimescaleRule[] = [
  {
    id: 'wales-children-assessment',
    kind: 'within',
    label: bilingual("Children's assessment", 'Asesiad plant'),
    description: 'Completed within 42 working days of the referral.',
    source: 'Social Services and Well-being (Wales) Act 2014, Part 3 Code of Practice',
    // Wales shares the England-and-Wales bank holidays.
    divisions: ['england-and-wales'],
    from: { categories: ['referral'] },
    target: { categories: ['assessment'], boundary: 'end' },
    within: workingDays(42),
    dueSoon: workingDays(5),
  },
];
