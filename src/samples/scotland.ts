/**
 * The Scotland GIRFEC preset: the eight wellbeing indicators, the My World Triangle, the
 * resilience matrix and a Child's Plan. Terms from the Scottish Government's public GIRFEC
 * materials (Crown copyright, OGL); the prompts are our own words.
 */
import {
  definePracticeModel,
  type CodeList,
  type PracticeModel,
  type Question,
} from '../model/index.js';
import { evidenceSources } from './code-lists.js';
import {
  standardAgencyKinds,
  standardAudiences,
  standardEventTypes,
  standardLanes,
  standardRelationshipTypes,
} from './vocabularies.js';

const wellbeingRating: CodeList = {
  id: 'wellbeing-rating',
  version: '1',
  name: 'Wellbeing rating',
  codes: [
    { code: 'well-met', label: 'Needs are well met', score: 3 },
    { code: 'mostly-met', label: 'Needs are mostly met', score: 2 },
    { code: 'some-concern', label: 'Some concern', score: 1 },
    { code: 'significant-concern', label: 'Significant concern', score: 0 },
  ],
};

const resilienceQuadrants: CodeList = {
  id: 'resilience-matrix',
  version: '1',
  name: 'Resilience matrix',
  codes: [
    { code: 'resilient-protective', label: 'Resilient child in a protective environment' },
    { code: 'resilient-adversity', label: 'Resilient child facing adversity' },
    { code: 'vulnerable-protective', label: 'Vulnerable child in a protective environment' },
    { code: 'vulnerable-adversity', label: 'Vulnerable child facing adversity' },
  ],
};

/** The eight SHANARRI wellbeing indicators. */
const INDICATORS = [
  ['safe', 'Safe'],
  ['healthy', 'Healthy'],
  ['achieving', 'Achieving'],
  ['nurtured', 'Nurtured'],
  ['active', 'Active'],
  ['respected', 'Respected'],
  ['responsible', 'Responsible'],
  ['included', 'Included'],
] as const;

function indicatorQuestions([id, label]: (typeof INDICATORS)[number]): Question[] {
  return [
    {
      id,
      type: 'single-choice',
      label,
      codeList: 'wellbeing-rating',
      display: 'radios',
      required: true,
    },
    {
      id: `${id}-notes`,
      type: 'long-text',
      label: `${label}: what tells us this`,
      requiredWhen: { question: id, op: 'in', value: ['some-concern', 'significant-concern'] },
    },
  ];
}

/** One side of the My World Triangle: strengths and needs. */
function worldQuestions(id: string, label: string): Question[] {
  return [
    { id: `${id}-strengths`, type: 'long-text', label: `${label}: what is going well` },
    { id: `${id}-needs`, type: 'long-text', label: `${label}: what needs to change` },
    {
      id: `${id}-evidence`,
      type: 'multiple-choice',
      label: `${label}: evidence source`,
      codeList: 'evidence-source',
    },
  ];
}

/** Scotland, GIRFEC: wellbeing assessment and Child's Plan. */
export const girfecModel: PracticeModel = definePracticeModel({
  id: 'sample-scotland-girfec',
  version: '1.0.0',
  name: 'Scotland sample: getting it right for every child',
  division: 'scotland',
  locales: ['en-GB'],
  codeLists: [wellbeingRating, resilienceQuadrants, evidenceSources],
  templates: [
    {
      id: 'wellbeing-assessment',
      name: 'Wellbeing assessment and Child’s Plan',
      subject: 'child',
      requiresAuthorisation: true,
      sections: [
        {
          id: 'wellbeing',
          title: 'Wellbeing indicators',
          description:
            'Safe, healthy, achieving, nurtured, active, respected, responsible and included.',
          questions: INDICATORS.flatMap(indicatorQuestions),
        },
        {
          id: 'my-world',
          title: 'My World Triangle',
          questions: [
            ...worldQuestions('grow-develop', 'How I grow and develop'),
            ...worldQuestions('looked-after-by', 'What I need from people who look after me'),
            ...worldQuestions('wider-world', 'My wider world'),
          ],
        },
        {
          id: 'resilience',
          title: 'Resilience matrix',
          description:
            'Two scales: resilience to vulnerability, and protective environment to adversity.',
          questions: [
            { id: 'resilience-factors', type: 'long-text', label: 'Resilience' },
            { id: 'vulnerability-factors', type: 'long-text', label: 'Vulnerability' },
            { id: 'protective-factors', type: 'long-text', label: 'Protective environment' },
            { id: 'adversity-factors', type: 'long-text', label: 'Adversity' },
            {
              id: 'matrix-position',
              type: 'single-choice',
              label: 'Where is the child on the matrix?',
              codeList: 'resilience-matrix',
              display: 'radios',
            },
          ],
        },
        {
          id: 'childs-plan',
          title: 'Child’s Plan',
          questions: [
            {
              id: 'plan-needed',
              type: 'yes-no',
              label: 'Is a Child’s Plan needed?',
              required: true,
            },
            {
              id: 'lead-professional',
              type: 'text',
              label: 'Lead professional',
              visibleWhen: { question: 'plan-needed', op: 'equals', value: true },
              requiredWhen: { question: 'plan-needed', op: 'equals', value: true },
            },
            {
              id: 'plan-actions',
              type: 'entries',
              entry: 'next-step',
              label: 'Actions: who will do what, by when',
              visibleWhen: { question: 'plan-needed', op: 'equals', value: true },
              minItems: 1,
            },
            {
              id: 'child-views',
              type: 'entries',
              entry: 'child-voice',
              label: 'What the child thinks',
            },
          ],
        },
      ],
      scores: [
        {
          id: 'wellbeing-total',
          label: 'Wellbeing total',
          method: 'sum',
          of: INDICATORS.map(([id]) => id),
          bands: [
            { min: 0, max: 11, label: 'Significant concerns' },
            { min: 12, max: 19, label: 'Some concerns' },
            { min: 20, max: 24, label: 'Needs largely met' },
          ],
        },
      ],
    },
  ],
  relationshipTypes: standardRelationshipTypes,
  genogram: { notation: 'mcgoldrick' },
  lanes: standardLanes,
  agencyKinds: standardAgencyKinds,
  // England statutory code lists do not apply in Scotland.
  eventTypes: standardEventTypes.map(({ codeList: _codeList, ...type }) => type),
  timescales: [],
  audiences: standardAudiences,
});
