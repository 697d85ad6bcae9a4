/**
 * A small practice model and case record for component tests: every answer type, a per-child
 * section, a condition, a third-party entry, a confidential address, a masked and a hiding
 * audience, a statutory clock. Small enough to reason about in assertions; the sample data covers
 * realistic size.
 */
import {
  defineCaseRecord,
  definePracticeModel,
  type CaseRecordInput,
  type PracticeModelInput,
} from '../../src/model/index.js';
import { loadMessages } from '../../src/i18n/resolve.js';

// Welsh messages load on first use; load them up front so tests can read Welsh text at once.
await loadMessages('cy');

export const TODAY = '2024-03-01';

export const modelInput: PracticeModelInput = {
  id: 'test-model',
  version: '1',
  name: 'Test model',
  locales: ['en-GB'],
  division: 'england-and-wales',
  codeLists: [
    {
      id: 'evidence',
      version: '1',
      name: 'Evidence source',
      codes: [
        { code: 'school', label: 'School' },
        { code: 'police', label: { 'en-GB': 'Police', cy: 'Heddlu' } },
      ],
    },
  ],
  templates: [
    {
      id: 'cfa',
      name: 'Child and family assessment',
      subject: 'family',
      timescale: 'assessment-45',
      sections: [
        {
          id: 'family',
          title: 'Family',
          questions: [
            { id: 'intro', type: 'content', label: 'Read this first' },
            { id: 'reason', type: 'long-text', label: 'Reason for assessment' },
            { id: 'domestic-abuse', type: 'yes-no', label: 'Is there domestic abuse?' },
            {
              id: 'da-details',
              type: 'long-text',
              label: 'Details of the domestic abuse',
              visibleWhen: { question: 'domestic-abuse', op: 'equals', value: true },
              sensitivity: ['third-party'],
            },
            { id: 'evidence', type: 'multiple-choice', label: 'Evidence', codeList: 'evidence' },
            {
              id: 'main-source',
              type: 'single-choice',
              label: 'Main source',
              codeList: 'evidence',
            },
            {
              id: 'safety',
              type: 'scale',
              label: 'How safe is home?',
              anchors: [
                { value: 0, label: 'Certain to be harmed' },
                { value: 10, label: 'Safe enough to close' },
              ],
              raters: ['worker', 'parent'],
            },
            {
              id: 'adults',
              type: 'group',
              label: 'Adults in the household',
              itemLabel: 'Adult',
              questions: [
                { id: 'adult', type: 'person', label: 'Who is this adult?' },
                { id: 'agreed', type: 'yes-no', label: 'Agreed to take part?' },
                {
                  id: 'why-not',
                  type: 'text',
                  label: 'Why not?',
                  visibleWhen: { question: 'agreed', op: 'equals', value: false },
                },
              ],
            },
            { id: 'visits', type: 'number', label: 'Visits made', unit: 'visits' },
            { id: 'decided', type: 'date', label: 'Decision date' },
            { id: 'neighbour', type: 'text', label: 'What the neighbour said' },
            { id: 'unanswered', type: 'text', label: 'Anything else?' },
          ],
        },
        {
          id: 'child',
          title: 'Wishes and feelings',
          perChild: true,
          questions: [
            { id: 'voice', type: 'entries', entry: 'child-voice', label: 'In their own words' },
            {
              id: 'no-abuse-follow-up',
              type: 'text',
              label: 'Hidden follow-up',
              visibleWhen: { question: 'domestic-abuse', op: 'equals', value: false },
            },
          ],
        },
      ],
    },
  ],
  relationshipTypes: [
    { id: 'parent', label: 'Birth parent', category: 'parent-child', notation: 'biological' },
    { id: 'married', label: 'Married', category: 'couple', notation: 'marriage' },
    { id: 'hostile', label: 'Hostile', category: 'emotional', notation: 'hostile' },
    {
      id: 'focused',
      label: 'Focused on',
      category: 'emotional',
      notation: 'focused-on',
      directed: true,
    },
  ],
  lanes: [
    { id: 'social-care', label: 'Social care' },
    { id: 'police', label: 'Police' },
  ],
  agencyKinds: [{ id: 'police', label: 'Police', lane: 'police' }],
  eventTypes: [
    {
      id: 'referral',
      label: 'Referral',
      kind: 'point',
      category: 'referral',
      lane: 'social-care',
      significant: true,
    },
    {
      id: 'assessment',
      label: 'Assessment',
      kind: 'period',
      category: 'assessment',
      lane: 'social-care',
    },
    {
      id: 'police-callout',
      label: 'Police call-out',
      kind: 'point',
      category: 'police',
      lane: 'police',
    },
    { id: 'visit', label: 'Home visit', kind: 'point', category: 'visit', lane: 'social-care' },
    { id: 'move', label: 'House move', kind: 'point', category: 'move', lane: 'social-care' },
  ],
  timescales: [
    {
      id: 'assessment-45',
      label: 'Assessment within 45 working days',
      kind: 'within',
      within: { amount: 45, unit: 'working-days' },
      from: { categories: ['referral'] },
      target: { types: ['assessment'], boundary: 'end' },
    },
  ],
  audiences: [
    {
      id: 'family',
      label: 'Family',
      hides: ['third-party', 'confidential-address'],
      treatment: 'mask',
    },
    {
      id: 'court',
      label: 'Court',
      hides: ['confidential-address', 'restricted'],
      treatment: 'hide',
    },
  ],
};

export const model = definePracticeModel(modelInput);

export const recordInput: CaseRecordInput = {
  id: 'case-1',
  subjects: ['asha'],
  persons: [
    {
      id: 'asha',
      name: { given: 'Asha', family: 'Khan' },
      sex: 'female',
      gender: 'woman',
      dateOfBirth: '2015-03-02',
    },
    { id: 'ben', name: { given: 'Ben', family: 'Khan' }, sex: 'male', dateOfBirth: '2018-06' },
    {
      id: 'kim',
      name: { given: 'Kim', family: 'Khan' },
      sex: 'female',
      dateOfBirth: '1990-01-20',
      occupation: 'Nurse',
    },
    { id: 'lee', name: { given: 'Lee', family: 'Owens' }, sex: 'male', dateOfBirth: '1988' },
    {
      id: 'pat',
      name: { given: 'Pat', family: 'Khan' },
      sex: 'female',
      dateOfBirth: { date: '1960', qualifier: 'about' },
      lifeStatus: 'deceased',
      dateOfDeath: '2020-05',
    },
    {
      id: 'nia',
      name: { given: 'Nia', family: 'Neighbour' },
      sensitivity: { tags: ['third-party'] },
    },
  ],
  relationships: [
    { id: 'r1', type: 'parent', from: 'kim', to: 'asha' },
    { id: 'r2', type: 'parent', from: 'lee', to: 'asha' },
    { id: 'r3', type: 'parent', from: 'kim', to: 'ben' },
    { id: 'r4', type: 'married', from: 'kim', to: 'lee', status: 'separated' },
    { id: 'r5', type: 'parent', from: 'pat', to: 'kim' },
    { id: 'r6', type: 'focused', from: 'lee', to: 'asha' },
  ],
  households: [
    {
      id: 'h1',
      label: 'Refuge',
      address: { text: '1 Hidden Lane', postcode: 'AB1 2CD', confidential: true },
      members: [{ person: 'kim' }, { person: 'asha' }, { person: 'ben' }],
    },
  ],
  agencies: [{ id: 'met', name: 'Metropolitan Police', kind: 'police' }],
  events: [
    {
      id: 'e-referral',
      type: 'referral',
      date: '2024-01-10',
      title: 'Referral from school',
      persons: ['asha'],
      significance: 'high',
    },
    {
      id: 'e-police',
      type: 'police-callout',
      date: '2024-01-09T22:15',
      title: 'Neighbour reported shouting',
      persons: ['kim', 'asha'],
      agency: 'met',
      sensitivity: { tags: ['third-party'] },
    },
    { id: 'e-assessment', type: 'assessment', date: '2024-01-11', persons: ['asha', 'ben'] },
    {
      id: 'e-visit',
      type: 'visit',
      date: '2024-02-01',
      title: 'Visit to Ben',
      persons: ['ben'],
      significance: 'low',
    },
    {
      id: 'e-move',
      type: 'move',
      date: { date: '2019', qualifier: 'about' },
      title: 'Moved to the area',
    },
  ],
  responses: [
    {
      id: 'resp-1',
      model: { id: 'test-model', version: '1' },
      template: 'cfa',
      subjects: ['asha'],
      status: 'draft',
      answers: {
        reason: { value: 'Referral from school about bruising.\nSecond line.' },
        'domestic-abuse': { value: true },
        'da-details': { value: 'Kim described being pushed.' },
        evidence: { value: ['school', 'police'] },
        'main-source': { value: 'school' },
        safety: { value: { worker: 0, parent: 7 } },
        adults: {
          value: [
            { adult: 'kim', agreed: true },
            { adult: 'lee', agreed: false, 'why-not': 'Did not reply' },
          ],
        },
        visits: { value: 3 },
        decided: { value: '2024-02-20' },
        neighbour: { value: 'Heard shouting most nights', sensitivity: { tags: ['third-party'] } },
      },
      childAnswers: {
        asha: {
          voice: {
            value: [
              { id: 'v1', text: 'I like my school.', saidBy: 'asha', method: 'own-words' },
              { id: 'v2', text: 'A secret from a friend.', sensitivity: { tags: ['third-party'] } },
            ],
          },
        },
      },
    },
  ],
};

export const record = defineCaseRecord(recordInput, model);

/** A model with one problem in a known place: the first event type names a lane that is not there. */
export function brokenModelInput(): PracticeModelInput {
  const copy = structuredClone(modelInput) as PracticeModelInput & {
    eventTypes: { lane: string }[];
  };
  copy.eventTypes[0]!.lane = 'no-such-lane';
  return copy;
}

/** Waits for a Lit element (and, when given, its descendants) to finish rendering. */
export async function settled(...elements: (Element & { updateComplete?: Promise<unknown> })[]) {
  for (let round = 0; round < 3; round++) {
    await Promise.all(elements.map((el) => el.updateComplete));
  }
}

/** The element's rendered text, with white space collapsed. */
export function textOf(element: Element): string {
  const root = element.shadowRoot ?? element;
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every element matching `selector` in the element's shadow root. */
export function within<E extends Element = HTMLElement>(element: Element, selector: string): E[] {
  return [...(element.shadowRoot ?? element).querySelectorAll<E>(selector)];
}

/** Every element under `root`, including inside open shadow roots, at any depth. */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot | Document) => {
    for (const child of node.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/** Listens for one event type and keeps what arrives. */
export function collect<E extends Event>(target: EventTarget, type: string): E[] {
  const events: E[] = [];
  target.addEventListener(type, (event) => events.push(event as E));
  return events;
}
