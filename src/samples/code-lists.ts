/**
 * Code lists of the England sample model: CIN census and SSDA903 statutory codes, with versions and
 * effective dates, plus a few local lists. Labels follow the DfE CIN census and SSDA903 guidance
 * (Crown copyright, Open Government Licence) as published in the collection schemas; where a label
 * is shortened for a form, the full published wording is kept as the description.
 */
import type { Code, CodeList, LocalisedText } from '../model/index.js';

/** English and Welsh text for the few labels the sample gives in both languages. */
export function bilingual(en: string, cy: string): LocalisedText {
  return { 'en-GB': en, cy };
}

/** The 2024-25 collection year: 1 April 2024 to 31 March 2025. */
const CIN_2024_25 = { effectiveFrom: '2024-04-01', effectiveTo: '2025-03-31' } as const;

function codes(rows: ReadonlyArray<readonly [string, string, string?, string?]>): Code[] {
  return rows.map(([code, label, description, group]) => ({
    code,
    label,
    ...(description ? { description } : {}),
    ...(group ? { group } : {}),
  }));
}

const CHILD = 'Concerns about the child';
const PARENT = 'Concerns about parents or carers';
const HOUSEHOLD = 'Concerns about another person in the household';
const CHILD_RISK = 'Risks to the child';
const ABUSE = 'Abuse or neglect';
const OTHER = 'Other';

/**
 * CIN census "factors identified at the end of assessment", collection year 2024-25.
 * Labels are short forms of the published descriptions (kept in `description`). The codes follow
 * the 2024 CIN census schema; the "domestic violence" wording of 3A-3C is the schema's, although
 * later guidance says "domestic abuse" (uncertain which year the wording changed).
 */
export const cinAssessmentFactors: CodeList = {
  id: 'cin-assessment-factors',
  version: '2024-25',
  name: bilingual(
    'Factors identified at the end of assessment',
    'Ffactorau a nodwyd ar ddiwedd yr asesiad',
  ),
  source: 'DfE Children in need census 2024 to 2025 (Crown copyright, OGL)',
  ...CIN_2024_25,
  codes: codes([
    ['1A', 'Alcohol misuse: child', 'Concerns about alcohol misuse by the child', CHILD],
    [
      '1B',
      'Alcohol misuse: parent or carer',
      'Concerns about alcohol misuse by the parent(s)/carer(s)',
      PARENT,
    ],
    [
      '1C',
      'Alcohol misuse: other person in the household',
      'Concerns about alcohol misuse by another person living in the household',
      HOUSEHOLD,
    ],
    ['2A', 'Drug misuse: child', 'Concerns about drug misuse by the child', CHILD],
    [
      '2B',
      'Drug misuse: parent or carer',
      'Concerns about drug misuse by the parent(s)/carer(s)',
      PARENT,
    ],
    [
      '2C',
      'Drug misuse: other person in the household',
      'Concerns about drug misuse by another person living in the household',
      HOUSEHOLD,
    ],
    [
      '3A',
      'Domestic abuse: child',
      'Concerns about the child being the subject of domestic violence',
      CHILD,
    ],
    [
      '3B',
      'Domestic abuse: parent or carer',
      "Concerns about the child's parent(s)/carer(s) being the subject of domestic violence",
      PARENT,
    ],
    [
      '3C',
      'Domestic abuse: other person in the household',
      'Concerns about another person living in the household being the subject of domestic violence',
      HOUSEHOLD,
    ],
    ['4A', 'Mental health: child', 'Concerns about the mental health of the child', CHILD],
    [
      '4B',
      'Mental health: parent or carer',
      'Concerns about the mental health of the parent(s)/carer(s)',
      PARENT,
    ],
    [
      '4C',
      'Mental health: other person in the household',
      'Concerns about the mental health of another person in the family/household',
      HOUSEHOLD,
    ],
    ['5A', 'Learning disability: child', "Concerns about the child's learning disability", CHILD],
    [
      '5B',
      'Learning disability: parent or carer',
      'Concerns about the parent(s)/carer(s) learning disability',
      PARENT,
    ],
    [
      '5C',
      'Learning disability: other person in the household',
      "Concerns about another person in the family/household's learning disability",
      HOUSEHOLD,
    ],
    [
      '6A',
      'Physical disability or illness: child',
      'Concerns about a physical disability or illness of the child',
      CHILD,
    ],
    [
      '6B',
      'Physical disability or illness: parent or carer',
      'Concerns about a physical disability or illness of the parent(s)/carer(s)',
      PARENT,
    ],
    [
      '6C',
      'Physical disability or illness: other person in the household',
      'Concerns about a physical disability or illness of another person in the family/household',
      HOUSEHOLD,
    ],
    [
      '7A',
      'Young carer',
      "Services may be required or the child's health or development may be impaired due to their caring responsibilities",
      CHILD_RISK,
    ],
    ['8B', 'Privately fostered: overseas child who intends to return', undefined, CHILD_RISK],
    ['8C', 'Privately fostered: overseas child who intends to stay', undefined, CHILD_RISK],
    ['8D', 'Privately fostered: UK child in an educational placement', undefined, CHILD_RISK],
    [
      '8E',
      'Privately fostered: UK child in an alternative family arrangement',
      undefined,
      CHILD_RISK,
    ],
    ['8F', 'Privately fostered: other', undefined, CHILD_RISK],
    ['9A', 'Unaccompanied asylum-seeking child', undefined, CHILD_RISK],
    ['10A', 'Going or being missing', undefined, CHILD_RISK],
    ['11A', 'Child sexual exploitation', undefined, CHILD_RISK],
    ['12A', 'Trafficking', undefined, CHILD_RISK],
    ['13A', 'Gangs', 'Involvement in or with gangs', CHILD_RISK],
    ['14A', 'Socially unacceptable behaviour', undefined, CHILD_RISK],
    ['15A', 'Self-harm', 'Suspected or actual self-harm', CHILD_RISK],
    ['16A', 'Neglect', undefined, ABUSE],
    ['17A', 'Emotional abuse', undefined, ABUSE],
    ['18B', 'Physical abuse: child on child', 'Physical abuse by another child', ABUSE],
    ['18C', 'Physical abuse: adult on child', 'Physical abuse by an adult', ABUSE],
    ['19B', 'Sexual abuse: child on child', 'Sexual abuse by another child', ABUSE],
    ['19C', 'Sexual abuse: adult on child', 'Sexual abuse by an adult', ABUSE],
    ['20', 'Other', undefined, OTHER],
    [
      '21',
      'No factors identified',
      'Only when there is no evidence of any factor above and no further action is taken',
      OTHER,
    ],
    ['22A', 'Female genital mutilation (FGM)', undefined, CHILD_RISK],
    ['23A', 'Abuse linked to faith or belief', undefined, CHILD_RISK],
    ['24A', 'Child criminal exploitation', undefined, CHILD_RISK],
  ]),
};

/** CIN census category of abuse for a child protection plan. */
export const categoryOfAbuse: CodeList = {
  id: 'category-of-abuse',
  version: '2024-25',
  name: 'Category of abuse',
  source: 'DfE Children in need census 2024 to 2025 (Crown copyright, OGL)',
  ...CIN_2024_25,
  codes: codes([
    ['NEG', 'Neglect'],
    ['PHY', 'Physical abuse'],
    ['SAB', 'Sexual abuse'],
    ['EMO', 'Emotional abuse'],
    ['MUL', 'Multiple', 'Multiple/not recommended: more than one category applies'],
  ]),
};

/** CIN census primary need at assessment. */
export const primaryNeed: CodeList = {
  id: 'primary-need',
  version: '2024-25',
  name: 'Primary need',
  source: 'DfE Children in need census 2024 to 2025 (Crown copyright, OGL)',
  ...CIN_2024_25,
  codes: codes([
    ['N0', 'Not stated'],
    ['N1', 'Abuse or neglect'],
    ['N2', "Child's disability"],
    ['N3', 'Parental disability or illness'],
    ['N4', 'Family in acute stress'],
    ['N5', 'Family dysfunction'],
    ['N6', 'Socially unacceptable behaviour'],
    ['N7', 'Low income'],
    ['N8', 'Absent parenting'],
    ['N9', 'Cases other than children in need'],
  ]),
};

/** CIN census source of referral. */
export const referralSources: CodeList = {
  id: 'referral-source',
  version: '2024-25',
  name: 'Source of referral',
  source: 'DfE Children in need census 2024 to 2025 (Crown copyright, OGL)',
  ...CIN_2024_25,
  codes: codes([
    ['1A', 'Individual: family member, relative or carer'],
    ['1B', 'Individual: acquaintance (including neighbours and childminders)'],
    ['1C', 'Individual: self'],
    ['1D', 'Individual: other (including strangers)'],
    ['2A', 'Schools'],
    ['2B', 'Education services'],
    ['3A', 'Health services: GP'],
    ['3B', 'Health services: health visitor'],
    ['3C', 'Health services: school nurse'],
    ['3D', 'Health services: other primary health services'],
    ['3E', 'Health services: A&E (accident and emergency)'],
    ['3F', 'Health services: other (for example a hospice)'],
    ['4', 'Housing: local authority housing or housing association'],
    ['5A', 'Local authority services: social care (for example adult social care)'],
    ['5B', 'Local authority services: other internal (for example youth offending)'],
    ['5C', 'Local authority services: external (for example another authority)'],
    ['5D', 'Local authority services: early help'],
    ['6', 'Police'],
    ['7', 'Other legal agency (courts, probation, immigration, Cafcass, prison)'],
    ['8', "Other (children's centres, independent providers, voluntary organisations)"],
    ['9', 'Anonymous'],
    ['10', 'Unknown'],
  ]),
};

/** CIN census reason for closure. */
export const closureReasons: CodeList = {
  id: 'closure-reason',
  version: '2024-25',
  name: 'Reason for closure',
  source: 'DfE Children in need census 2024 to 2025 (Crown copyright, OGL)',
  ...CIN_2024_25,
  codes: codes([
    ['RC1', 'Adopted'],
    ['RC2', 'Died'],
    ['RC3', 'Child arrangements order'],
    ['RC4', 'Special guardianship order'],
    ['RC5', 'Transferred to services of another local authority'],
    ['RC6', 'Transferred to adult social care services'],
    ['RC7', 'Services ceased for any other reason, including child no longer in need'],
    ['RC8', 'Case closed after assessment, no further action'],
    ['RC9', 'Case closed after assessment, referred to early help'],
  ]),
};

const SSDA903_2024_25 = {
  source: 'DfE Children looked after return (SSDA903) 2024 to 2025 (Crown copyright, OGL)',
  ...CIN_2024_25,
} as const;

/** SSDA903 legal status of a looked-after child. */
export const legalStatuses: CodeList = {
  id: 'legal-status',
  version: '2024-25',
  name: bilingual('Legal status', 'Statws cyfreithiol'),
  ...SSDA903_2024_25,
  codes: codes([
    ['C1', 'Interim care order', undefined, 'Care orders'],
    ['C2', 'Full care order', undefined, 'Care orders'],
    ['D1', 'Freeing order granted', undefined, 'Adoption'],
    ['E1', 'Placement order granted', undefined, 'Adoption'],
    [
      'J1',
      'Remanded to local authority accommodation or to youth detention accommodation',
      undefined,
      'Youth justice',
    ],
    [
      'J2',
      'Placed in local authority accommodation under the Police and Criminal Evidence Act 1984',
      undefined,
      'Youth justice',
    ],
    [
      'J3',
      'Sentenced to a youth rehabilitation order with a residence or intensive fostering requirement',
      undefined,
      'Youth justice',
    ],
    [
      'L1',
      'Under police protection and in local authority accommodation',
      undefined,
      'Emergency protection',
    ],
    ['L2', 'Emergency protection order (EPO)', undefined, 'Emergency protection'],
    [
      'L3',
      'Under a child assessment order and in local authority accommodation',
      undefined,
      'Emergency protection',
    ],
    [
      'V2',
      'Single period of accommodation under section 20 (Children Act 1989)',
      undefined,
      'Accommodated',
    ],
    [
      'V3',
      'Agreed series of short-term breaks, individual episodes recorded',
      undefined,
      'Accommodated',
    ],
    ['V4', 'Agreed series of short-term breaks, agreements recorded', undefined, 'Accommodated'],
  ]),
};

/**
 * SSDA903 placement types: a realistic subset. H5 was replaced by K3 (registered supported
 * accommodation) from the 2024-25 collection (uncertain exactly when; H5 is kept with an end
 * date for older records).
 */
export const placementTypes: CodeList = {
  id: 'placement-type',
  version: '2024-25',
  name: 'Placement type',
  ...SSDA903_2024_25,
  codes: [
    ...codes([
      [
        'U1',
        'Foster placement with relative(s) or friend(s): long-term fostering',
        undefined,
        'Kinship foster care',
      ],
      [
        'U2',
        'Foster placement with relative(s) or friend(s) who are also approved adopters: fostering for adoption or concurrent planning',
        undefined,
        'Kinship foster care',
      ],
      [
        'U3',
        'Foster placement with relative(s) or friend(s): not long-term or fostering for adoption',
        undefined,
        'Kinship foster care',
      ],
      [
        'U4',
        'Foster placement with other foster carer(s): long-term fostering',
        undefined,
        'Foster care',
      ],
      [
        'U5',
        'Foster placement with other foster carer(s) who are also approved adopters: fostering for adoption or concurrent planning',
        undefined,
        'Foster care',
      ],
      [
        'U6',
        'Foster placement with other foster carer(s): not long-term or fostering for adoption',
        undefined,
        'Foster care',
      ],
      [
        'A5',
        'Placed for adoption with a placement order with current foster carer(s)',
        undefined,
        'Adoption',
      ],
      [
        'A6',
        'Placed for adoption with a placement order not with current foster carer(s)',
        undefined,
        'Adoption',
      ],
      ['K1', "Secure children's home", undefined, 'Residential'],
      [
        'K2',
        "Children's home subject to the Children's Homes Regulations",
        undefined,
        'Residential',
      ],
      ['K3', 'Registered supported accommodation', undefined, 'Supported accommodation'],
      [
        'P1',
        'Placed with own parent(s) or other person(s) with parental responsibility',
        undefined,
        'Living with parents',
      ],
      [
        'P2',
        'Independent living, for example a flat, lodgings or with friends',
        undefined,
        'Independent living',
      ],
      ['R1', 'Residential care home', undefined, 'Residential'],
      [
        'R2',
        'NHS or health trust establishment providing medical or nursing care',
        undefined,
        'Health',
      ],
      ['R3', 'Family centre or mother and baby unit', undefined, 'Residential'],
      [
        'S1',
        "Residential school, except where dual-registered as a school and children's home",
        undefined,
        'Residential',
      ],
      ['Z1', 'Other placement', undefined, 'Other'],
    ]),
    {
      code: 'H5',
      label: "Semi-independent living accommodation not subject to children's homes regulations",
      group: 'Supported accommodation',
      effectiveTo: '2024-03-31',
    },
  ],
};

/** The decision at the end of a child and family assessment: a local list, not a statutory one. */
export const assessmentDecisions: CodeList = {
  id: 'assessment-decision',
  version: '1',
  name: bilingual('Decision', 'Penderfyniad'),
  source: 'Local list (sample)',
  codes: [
    { code: 'nfa', label: bilingual('No further action', 'Dim camau pellach') },
    { code: 'universal', label: 'Signpost to universal services' },
    { code: 'early-help', label: 'Step down to early help' },
    { code: 'cin-plan', label: 'Child in need plan' },
    { code: 'strategy', label: 'Strategy discussion (section 47)' },
    { code: 'legal-planning', label: 'Legal planning meeting' },
  ],
};

/** The outcome of a referral decision: a local list. */
export const referralOutcomes: CodeList = {
  id: 'referral-outcome',
  version: '1',
  name: 'Referral outcome',
  source: 'Local list (sample)',
  codes: [
    { code: 'assessment', label: 'Child and family assessment' },
    { code: 'strategy', label: 'Strategy discussion' },
    { code: 'early-help', label: 'Early help' },
    { code: 'information-advice', label: 'Information and advice' },
    { code: 'nfa', label: 'No further action' },
  ],
};

/** Where the evidence for a dimension comes from: a local list. */
export const evidenceSources: CodeList = {
  id: 'evidence-source',
  version: '1',
  name: 'Evidence source',
  source: 'Local list (sample)',
  codes: [
    { code: 'child', label: 'The child' },
    { code: 'parent', label: 'Parent or carer' },
    { code: 'family', label: 'Wider family' },
    { code: 'observation', label: 'Observation' },
    { code: 'school', label: 'School or nursery' },
    { code: 'health', label: 'Health' },
    { code: 'police', label: 'Police' },
    { code: 'records', label: 'Case records' },
    { code: 'other-agency', label: 'Other agency' },
  ],
};

/** Every code list of the England sample model. */
export const englandCodeLists: CodeList[] = [
  cinAssessmentFactors,
  categoryOfAbuse,
  primaryNeed,
  referralSources,
  closureReasons,
  legalStatuses,
  placementTypes,
  assessmentDecisions,
  referralOutcomes,
  evidenceSources,
];
