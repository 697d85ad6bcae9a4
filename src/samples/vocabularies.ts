/**
 * Shared vocabularies of the sample models: relationship types, timeline lanes, agency kinds,
 * event types and audiences. Plain data; every preset reuses them.
 */
import type { AgencyKind, Audience, EventType, Lane, RelationshipType } from '../model/index.js';
import { bilingual } from './code-lists.js';

/**
 * Relationship types: every parent-child kind in common use, the couple kinds (with a
 * consanguineous couple), every emotional kind McGoldrick draws, siblings and twins.
 */
export const standardRelationshipTypes: RelationshipType[] = [
  {
    id: 'biological-parent',
    label: bilingual('Birth parent', 'Rhiant biolegol'),
    category: 'parent-child',
    notation: 'biological',
  },
  {
    id: 'adoptive-parent',
    label: bilingual('Adoptive parent', 'Rhiant mabwysiadol'),
    category: 'parent-child',
    notation: 'adoptive',
  },
  {
    id: 'foster-parent',
    label: bilingual('Foster carer', 'Gofalwr maeth'),
    category: 'parent-child',
    notation: 'foster',
  },
  { id: 'step-parent', label: 'Step-parent', category: 'parent-child', notation: 'step' },
  { id: 'kinship-carer', label: 'Kinship carer', category: 'parent-child', notation: 'kinship' },
  {
    id: 'special-guardian',
    label: 'Special guardian',
    category: 'parent-child',
    notation: 'special-guardian',
  },
  {
    id: 'marriage',
    label: bilingual('Married', 'Priod'),
    category: 'couple',
    notation: 'marriage',
  },
  {
    id: 'civil-partnership',
    label: 'Civil partners',
    category: 'couple',
    notation: 'civil-partnership',
  },
  { id: 'cohabiting', label: 'Living together', category: 'couple', notation: 'cohabiting' },
  { id: 'engaged', label: 'Engaged', category: 'couple', notation: 'engaged' },
  {
    id: 'dating',
    label: 'In a relationship, not living together',
    category: 'couple',
    notation: 'dating',
  },
  {
    id: 'consanguineous-couple',
    label: 'Couple who are blood relatives',
    category: 'couple',
    notation: 'marriage',
    consanguineous: true,
  },
  { id: 'close', label: 'Close', category: 'emotional', notation: 'close' },
  { id: 'fused', label: 'Fused', category: 'emotional', notation: 'fused' },
  { id: 'distant', label: 'Distant', category: 'emotional', notation: 'distant' },
  { id: 'hostile', label: 'Hostile or in conflict', category: 'emotional', notation: 'hostile' },
  {
    id: 'close-hostile',
    label: 'Close but hostile',
    category: 'emotional',
    notation: 'close-hostile',
  },
  { id: 'cut-off', label: 'Cut off', category: 'emotional', notation: 'cut-off' },
  {
    id: 'focused-on',
    label: 'Focused on',
    category: 'emotional',
    notation: 'focused-on',
    directed: true,
  },
  {
    id: 'physical-abuse',
    label: 'Physical abuse',
    category: 'emotional',
    notation: 'abuse-physical',
    directed: true,
  },
  {
    id: 'emotional-abuse',
    label: 'Emotional abuse',
    category: 'emotional',
    notation: 'abuse-emotional',
    directed: true,
  },
  {
    id: 'sexual-abuse',
    label: 'Sexual abuse',
    category: 'emotional',
    notation: 'abuse-sexual',
    directed: true,
  },
  { id: 'neglect', label: 'Neglect', category: 'emotional', notation: 'neglect', directed: true },
  { id: 'harmonious', label: 'Harmonious', category: 'emotional', notation: 'harmonious' },
  { id: 'sibling', label: 'Siblings', category: 'sibling', notation: 'sibling' },
  {
    id: 'identical-twins',
    label: 'Identical twins',
    category: 'sibling',
    notation: 'identical-twin',
  },
  {
    id: 'fraternal-twins',
    label: 'Non-identical twins',
    category: 'sibling',
    notation: 'fraternal-twin',
  },
];

/** Timeline lanes, with the looked-after lane's three sub-lanes nested under it. */
export const standardLanes: Lane[] = [
  { id: 'front-door', label: bilingual('Front door', 'Drws ffrynt') },
  { id: 'early-help', label: bilingual('Early help', 'Cymorth cynnar') },
  { id: 'assessment', label: bilingual('Assessment', 'Asesiad') },
  { id: 'child-protection', label: bilingual('Child protection', 'Amddiffyn plant') },
  { id: 'child-in-need', label: bilingual('Child in need', 'Plentyn mewn angen') },
  { id: 'looked-after', label: bilingual('Looked after', 'Derbyn gofal') },
  { id: 'legal-status', label: 'Legal status', parent: 'looked-after' },
  { id: 'placements', label: 'Placements', parent: 'looked-after' },
  { id: 'visits-and-reviews', label: 'Visits and reviews', parent: 'looked-after' },
  { id: 'court', label: bilingual('Court', 'Llys') },
  { id: 'health', label: bilingual('Health', 'Iechyd') },
  { id: 'education', label: bilingual('Education', 'Addysg') },
  { id: 'police', label: bilingual('Police', 'Heddlu') },
  { id: 'family-life', label: bilingual('Family life', 'Bywyd teuluol') },
];

/** Kinds of agency a case record names, each with the lane its entries default to. */
export const standardAgencyKinds: AgencyKind[] = [
  { id: 'local-authority', label: "Council children's services", lane: 'front-door' },
  { id: 'early-help-service', label: 'Early help service', lane: 'early-help' },
  { id: 'school', label: 'School or college', lane: 'education' },
  { id: 'nursery', label: 'Nursery or childminder', lane: 'education' },
  { id: 'gp', label: 'GP practice', lane: 'health' },
  { id: 'health-visiting', label: 'Health visiting', lane: 'health' },
  { id: 'school-nursing', label: 'School nursing', lane: 'health' },
  { id: 'hospital', label: 'Hospital', lane: 'health' },
  { id: 'camhs', label: "Children and young people's mental health services", lane: 'health' },
  { id: 'adult-mental-health', label: 'Adult mental health services', lane: 'health' },
  { id: 'substance-misuse', label: 'Drug and alcohol service', lane: 'health' },
  { id: 'police', label: 'Police', lane: 'police' },
  { id: 'probation', label: 'Probation service', lane: 'police' },
  { id: 'youth-justice', label: 'Youth justice service', lane: 'police' },
  { id: 'housing', label: 'Housing', lane: 'family-life' },
  { id: 'domestic-abuse-service', label: 'Domestic abuse service', lane: 'family-life' },
  { id: 'court', label: 'Family court', lane: 'court' },
  { id: 'cafcass', label: 'Children’s guardian service', lane: 'court' },
  { id: 'fostering-agency', label: 'Fostering agency', lane: 'placements' },
  { id: 'voluntary', label: 'Voluntary organisation', lane: 'family-life' },
];

function point(
  id: string,
  label: EventType['label'],
  category: EventType['category'],
  lane: string,
  extra: Partial<EventType> = {},
): EventType {
  return { id, label, kind: 'point', category, lane, ...extra };
}

function period(
  id: string,
  label: EventType['label'],
  category: EventType['category'],
  lane: string,
  extra: Partial<EventType> = {},
): EventType {
  return { id, label, kind: 'period', category, lane, ...extra };
}

/**
 * Event types covering every category the library understands. Attributes the sample timescales
 * read: `s47` on strategy discussions, `longTerm` on placements, `startsEpisode` and `endsEpisode`
 * on legal-status periods, `seenAlone` on visits, `code` for entries with a code list.
 */
export const standardEventTypes: EventType[] = [
  point('contact', bilingual('Contact', 'Cyswllt'), 'contact', 'front-door', {
    codeList: 'referral-source',
  }),
  point('referral', bilingual('Referral', 'Atgyfeiriad'), 'referral', 'front-door', {
    significant: true,
    codeList: 'referral-source',
  }),
  point('referral-decision', 'Referral decision', 'referral-decision', 'front-door', {
    codeList: 'referral-outcome',
  }),
  period(
    'early-help-episode',
    bilingual('Early help', 'Cymorth cynnar'),
    'early-help',
    'early-help',
  ),
  period(
    'child-and-family-assessment',
    bilingual('Child and family assessment', 'Asesiad plentyn a theulu'),
    'assessment',
    'assessment',
    { significant: true },
  ),
  point('strategy-discussion', 'Strategy discussion', 'strategy-discussion', 'child-protection', {
    significant: true,
  }),
  period('s47-enquiry', 'Section 47 enquiry', 's47-enquiry', 'child-protection', {
    significant: true,
  }),
  point(
    'initial-conference',
    'Initial child protection conference',
    'initial-conference',
    'child-protection',
    { significant: true },
  ),
  point(
    'review-conference',
    'Review child protection conference',
    'review-conference',
    'child-protection',
    { significant: true },
  ),
  point('core-group', 'Core group meeting', 'core-group', 'child-protection'),
  period(
    'cin-plan',
    bilingual('Child in need plan', 'Cynllun plentyn mewn angen'),
    'cin-plan',
    'child-in-need',
  ),
  period(
    'cp-plan',
    bilingual('Child protection plan', 'Cynllun amddiffyn plant'),
    'cp-plan',
    'child-protection',
    { significant: true, codeList: 'category-of-abuse' },
  ),
  point('cin-visit', 'Child in need visit', 'visit', 'child-in-need'),
  point('cp-visit', 'Child protection visit', 'visit', 'child-protection'),
  point('lac-visit', 'Statutory visit to a looked-after child', 'visit', 'visits-and-reviews'),
  period(
    'private-fostering',
    'Private fostering arrangement',
    'private-fostering',
    'child-in-need',
    {
      significant: true,
    },
  ),
  point('private-fostering-visit', 'Private fostering visit', 'visit', 'child-in-need'),
  point('looked-after-review', 'Looked-after review', 'looked-after-review', 'visits-and-reviews', {
    significant: true,
  }),
  point('care-plan', 'Care plan', 'care-plan', 'visits-and-reviews'),
  period(
    'legal-status',
    bilingual('Legal status', 'Statws cyfreithiol'),
    'legal-status',
    'legal-status',
    { significant: true, codeList: 'legal-status' },
  ),
  period('placement', bilingual('Placement', 'Lleoliad'), 'placement', 'placements', {
    significant: true,
    codeList: 'placement-type',
  }),
  period('care-proceedings', 'Care proceedings', 'proceedings', 'court', { significant: true }),
  point('hearing', bilingual('Hearing', 'Gwrandawiad'), 'hearing', 'court', { significant: true }),
  point('court-order', 'Court order', 'order', 'court', { significant: true }),
  period('missing-episode', 'Missing episode', 'missing', 'police', { significant: true }),
  point('return-home-interview', 'Return home interview', 'return-home-interview', 'police'),
  point('birth', bilingual('Birth', 'Genedigaeth'), 'birth', 'family-life', { significant: true }),
  point('death', bilingual('Death', 'Marwolaeth'), 'death', 'family-life', { significant: true }),
  point('house-move', 'Moved home', 'move', 'family-life'),
  point('police-call-out', 'Police call-out', 'police', 'police'),
  point('police-notification', 'Police notification', 'police', 'police'),
  point('hospital-attendance', 'Hospital attendance', 'health', 'health'),
  point('health-appointment', 'Health appointment', 'health', 'health'),
  point('school-exclusion', 'School exclusion', 'education', 'education', { significant: true }),
  point('school-event', 'School', 'education', 'education'),
  period('care-leaver', 'Care leaver', 'care-leaver', 'looked-after'),
  point('case-closure', 'Case closed', 'closure', 'front-door', { codeList: 'closure-reason' }),
  point('family-event', 'Family event', 'other', 'family-life'),
];

/**
 * Audiences and what each may not see. The court sees third-party information (it is evidence the
 * court may order disclosed) and health details, but not confidential addresses, which are given
 * to the court separately under the Family Procedure Rules; restricted entries stay hidden unless
 * an entry's `visibleTo` names `court`.
 */
export const standardAudiences: Audience[] = [
  { id: 'practitioner', label: bilingual('Practitioner', 'Ymarferydd'), hides: [] },
  { id: 'manager', label: bilingual('Manager', 'Rheolwr'), hides: [] },
  {
    id: 'family',
    label: bilingual('Family', 'Teulu'),
    hides: ['third-party', 'confidential-address', 'restricted'],
    treatment: 'mask',
  },
  {
    id: 'child',
    label: bilingual('Child or young person', 'Plentyn neu berson ifanc'),
    hides: [
      'third-party',
      'confidential-address',
      'restricted',
      'criminal-record',
      'sexual-health',
    ],
    treatment: 'hide',
  },
  {
    id: 'partner-agency',
    label: 'Partner agency',
    hides: ['confidential-address', 'restricted', 'sexual-health'],
    treatment: 'mask',
  },
  {
    id: 'court',
    label: bilingual('Court', 'Llys'),
    hides: ['confidential-address', 'restricted'],
    treatment: 'mask',
  },
  {
    id: 'subject-access-request',
    label: 'Subject access request',
    hides: ['third-party', 'confidential-address', 'restricted', 'criminal-record'],
    treatment: 'mask',
  },
];
