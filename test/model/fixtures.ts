/**
 * Small hand-written model and record for model tests that need to break one thing at a time.
 * The realistic data lives in src/samples; these stay minimal so each test shows its cause.
 */
import type { PracticeModelInput } from '../../src/model/index.js';

export function minimalModel(): PracticeModelInput {
  return {
    id: 'test-model',
    version: '1.0.0',
    name: 'Test model',
    locales: ['en-GB'],
    codeLists: [
      {
        id: 'decisions',
        version: '1',
        name: 'Decisions',
        codes: [
          { code: 'nfa', label: 'No further action' },
          { code: 'cin', label: 'Child in need plan' },
        ],
      },
    ],
    templates: [
      {
        id: 'assessment',
        name: 'Assessment',
        subject: 'child',
        timescale: 'assessment-45',
        sections: [
          {
            id: 'concerns',
            title: 'Concerns',
            questions: [
              { id: 'abuse', type: 'yes-no', label: 'Is there domestic abuse?' },
              {
                id: 'abuse-details',
                type: 'long-text',
                label: 'Details',
                visibleWhen: { question: 'abuse', op: 'equals', value: true },
              },
              {
                id: 'safety',
                type: 'scale',
                label: 'Safety',
                anchors: [
                  { value: 0, label: 'Certain to be harmed' },
                  { value: 10, label: 'Safe enough to close' },
                ],
              },
            ],
          },
          {
            id: 'decision',
            title: 'Decision',
            questions: [
              { id: 'outcome', type: 'single-choice', label: 'Outcome', codeList: 'decisions' },
            ],
          },
        ],
        scores: [{ id: 'safety-score', label: 'Safety', method: 'sum', of: ['safety'] }],
      },
    ],
    relationshipTypes: [
      { id: 'parent', label: 'Parent', category: 'parent-child', notation: 'biological' },
      { id: 'married', label: 'Married', category: 'couple', notation: 'marriage' },
      { id: 'close', label: 'Close', category: 'emotional', notation: 'close' },
    ],
    lanes: [
      { id: 'front-door', label: 'Front door' },
      { id: 'care', label: 'Looked after' },
      { id: 'placements', label: 'Placements', parent: 'care' },
    ],
    eventTypes: [
      {
        id: 'referral',
        label: 'Referral',
        kind: 'point',
        category: 'referral',
        lane: 'front-door',
      },
      {
        id: 'assessment',
        label: 'Assessment',
        kind: 'period',
        category: 'assessment',
        lane: 'front-door',
      },
      {
        id: 'placement',
        label: 'Placement',
        kind: 'period',
        category: 'placement',
        lane: 'placements',
      },
    ],
    timescales: [
      {
        id: 'assessment-45',
        label: 'Assessment within 45 working days',
        kind: 'within',
        from: { categories: ['referral'] },
        target: { categories: ['assessment'], boundary: 'end' },
        within: { amount: 45, unit: 'working-days' },
      },
    ],
    audiences: [{ id: 'family', label: 'Family', hides: ['third-party', 'confidential-address'] }],
  };
}

export function minimalRecord(): Record<string, unknown> {
  return {
    id: 'case-1',
    subjects: ['child'],
    persons: [
      {
        id: 'mum',
        name: { given: 'Amy', family: 'Test' },
        sex: 'female',
        dateOfBirth: '1990-04-02',
      },
      { id: 'dad', name: { given: 'Ben', family: 'Test' }, sex: 'male', dateOfBirth: '1988' },
      {
        id: 'child',
        name: { given: 'Cai', family: 'Test' },
        sex: 'male',
        dateOfBirth: '2016-07-19',
      },
    ],
    relationships: [
      { id: 'r1', type: 'parent', from: 'mum', to: 'child' },
      { id: 'r2', type: 'parent', from: 'dad', to: 'child' },
      { id: 'r3', type: 'married', from: 'mum', to: 'dad', start: '2014', status: 'separated' },
    ],
    households: [{ id: 'h1', members: [{ person: 'mum' }, { person: 'child' }] }],
    agencies: [{ id: 'school', name: 'Hillside Primary' }],
    events: [
      { id: 'e1', type: 'referral', date: '2025-01-06', agency: 'school', persons: ['child'] },
      { id: 'e2', type: 'assessment', date: '2025-01-07', end: '2025-02-28' },
    ],
  };
}
