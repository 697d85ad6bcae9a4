import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { PracticeAssessment } from '../src/components/assessment/assessment.js';
import { indexedDbAdapter } from '../src/controllers/autosave-indexeddb.js';
import {
  definePracticeModel,
  type AssessmentResponse,
  type AssessmentTemplate,
  type CaseRecord,
  type PracticeModel,
} from '../src/model/index.js';
import {
  girfecModel,
  sampleAssessment,
  sampleCase,
  sampleMapping,
  sampleModel,
  whatMattersModel,
} from '../src/samples/index.js';
import { optional, viewArgs, viewArgTypes, type ViewArgs } from './support/args.js';
import { expectHostileStringsAsText } from './support/assertions.js';
import { emptyRecord, invalidModel, withHostileStrings } from './support/variants.js';

interface AssessmentArgs extends ViewArgs {
  /** A template id of the model (empty: the response's template, else the first). */
  template: string;
  /** A response id of the record (empty: the first response of the template). */
  response: string;
  /** `edit`, `review` or `print` (empty: edit while the response may be changed). */
  mode: string;
  /** The life-cycle actions of this user (empty: a worker's). */
  actions: string;
  /** Every control disabled. */
  disabled: boolean;
}

/** Options a story passes to the element besides its controls. */
interface Extra {
  readonly value?: AssessmentResponse;
  readonly previousModels?: readonly PracticeModel[];
}

/** Renders `<practice-assessment>` alone, with its own `.model` and `.record`. */
function assessment(model: unknown, record: unknown, extra: Extra = {}) {
  return (args: AssessmentArgs): TemplateResult =>
    html`<practice-assessment
      .model=${model}
      .record=${record}
      .value=${extra.value}
      .previousModels=${extra.previousModels}
      template=${ifDefined(optional(args.template))}
      response=${ifDefined(optional(args.response))}
      mode=${ifDefined(optional(args.mode))}
      actions=${ifDefined(optional(args.actions))}
      audience=${ifDefined(optional(args.audience))}
      ?disabled=${args.disabled}
      locale=${args.locale}
      today=${args.today}
      user="amira-hussain"
    ></practice-assessment>`;
}

/** The element of a story, once it has rendered. */
async function element(canvas: HTMLElement): Promise<PracticeAssessment> {
  const el = canvas.querySelector('practice-assessment');
  if (!el) throw new Error('no <practice-assessment> in the story');
  await el.updateComplete;
  return el;
}

/** A sample response with another status (and the history entry that led there). */
function withStatus(
  response: AssessmentResponse,
  status: AssessmentResponse['status'],
  extra: Partial<AssessmentResponse> = {},
): AssessmentResponse {
  const history = [...(response.history ?? [])];
  history.push({ status, at: '2024-10-02T10:00', by: 'gareth-lloyd' });
  return { ...response, status, history, ...extra };
}

// ---------------------------------------------------------------------------------------------
// Every question type: a template derived from the sample model, one question of each kind

const questionTypes: AssessmentTemplate = {
  id: 'question-types',
  name: 'Every question type',
  description: 'One question of each type the practice model can express.',
  subject: 'family',
  sections: [
    {
      id: 'text',
      title: 'Text, numbers and dates',
      guidance: 'Section guidance: shown on request, under the section heading.',
      questions: [
        {
          id: 'intro',
          type: 'content',
          label: 'Before you start',
          body: 'A content block: text with no answer.',
        },
        {
          id: 'school',
          type: 'text',
          label: 'Name of the school',
          hint: 'A short text answer.',
          guidance: 'Longer guidance, shown when the worker asks for it.',
          maxLength: 80,
          required: true,
        },
        { id: 'summary', type: 'long-text', label: 'Summary of the visit' },
        {
          id: 'people',
          type: 'number',
          label: 'People living in the home',
          unit: 'people',
          min: 1,
          max: 20,
        },
        { id: 'visited', type: 'date', label: 'Date of the visit', notAfter: 'today' },
      ],
    },
    {
      id: 'choices',
      title: 'Choices',
      questions: [
        {
          id: 'source',
          type: 'single-choice',
          label: 'Main source of information',
          codeList: 'evidence-source',
        },
        {
          id: 'need',
          type: 'single-choice',
          label: 'Primary need',
          codeList: 'primary-need',
          display: 'select',
        },
        {
          id: 'sources',
          type: 'multiple-choice',
          label: 'Every source of information',
          codeList: 'evidence-source',
          maxSelected: 3,
        },
        { id: 'seen', type: 'yes-no', label: 'Was the child seen alone?', allowUnknown: true },
        {
          id: 'why-not-seen',
          type: 'long-text',
          label: 'Why was the child not seen alone?',
          visibleWhen: { question: 'seen', op: 'equals', value: false },
          requiredWhen: { question: 'seen', op: 'equals', value: false },
        },
      ],
    },
    {
      id: 'people-and-scales',
      title: 'People and scales',
      questions: [
        { id: 'carer', type: 'person', label: 'Main carer', offer: 'adults' },
        {
          id: 'children-seen',
          type: 'person',
          label: 'Children seen',
          offer: 'subjects',
          multiple: true,
        },
        {
          id: 'safety',
          type: 'scale',
          label: 'On a scale of 0 to 10, how safe is home?',
          anchors: [
            { value: 0, label: 'Certain the children will be harmed' },
            { value: 10, label: 'Safe enough to close' },
          ],
          raters: ['worker', 'parent', 'child', 'manager'],
        },
      ],
    },
    {
      id: 'entries',
      title: 'Structured entries',
      questions: [
        { id: 'strengths', type: 'entries', entry: 'strength', label: 'Strengths' },
        { id: 'worries', type: 'entries', entry: 'worry', label: 'Worries' },
        { id: 'steps', type: 'entries', entry: 'next-step', label: 'Next steps' },
        {
          id: 'dangers',
          type: 'entries',
          entry: 'danger-statement',
          label: 'Danger statements and safety goals',
        },
        { id: 'goals', type: 'entries', entry: 'safety-goal', label: 'Safety goals' },
        { id: 'hypotheses', type: 'entries', entry: 'hypothesis', label: 'Hypotheses' },
        { id: 'outcomes', type: 'entries', entry: 'outcome', label: 'Personal outcomes' },
      ],
    },
    {
      id: 'household',
      title: 'Repeating group',
      questions: [
        {
          id: 'adults',
          type: 'group',
          label: 'Adults in the household',
          itemLabel: 'Adult',
          maxItems: 6,
          questions: [
            { id: 'adult', type: 'person', label: 'Who is this adult?', offer: 'adults' },
            { id: 'agreed', type: 'yes-no', label: 'Have they agreed to take part?' },
            {
              id: 'why-not',
              type: 'text',
              label: 'Why not?',
              visibleWhen: { question: 'agreed', op: 'equals', value: false },
            },
          ],
        },
      ],
    },
    {
      id: 'child',
      title: 'For each child',
      perChild: true,
      questions: [
        { id: 'voice', type: 'entries', entry: 'child-voice', label: 'In their own words' },
        {
          id: 'analysis',
          type: 'long-text',
          label: 'Analysis',
          hint: 'Cite the earlier answers the analysis relies on.',
          citations: true,
        },
      ],
    },
  ],
  scores: [
    { id: 'safety-worker', label: 'Worker’s scaling', method: 'mean', of: ['safety'] },
    {
      id: 'answered',
      label: 'Questions answered',
      method: 'count-answered',
      of: ['people', 'source', 'sources', 'seen', 'safety'],
    },
  ],
};

const questionTypesModel: PracticeModel = definePracticeModel({
  ...sampleModel,
  templates: [...sampleModel.templates, questionTypes],
});

const questionTypesResponse: AssessmentResponse = {
  id: 'question-types-response',
  model: { id: sampleModel.id, version: sampleModel.version },
  template: 'question-types',
  subjects: ['ellie', 'tyler'],
  status: 'draft',
  started: '2024-09-24',
  answers: {
    school: { value: 'Brook Street Primary' },
    people: { value: 6 },
    seen: { value: false },
    safety: { value: { worker: 3, parent: 6 } },
    steps: {
      value: [
        {
          id: 'step-1',
          text: 'Safety plan with the children',
          owner: 'Amira Hussain',
          due: '2024-10-15',
        },
      ],
    },
    adults: { value: [{ adult: 'kelly', agreed: true }] },
  },
  childAnswers: {
    ellie: {
      voice: {
        value: [
          {
            id: 'v1',
            text: 'I look after the twins when they shout.',
            saidBy: 'ellie',
            method: 'own-words',
          },
        ],
      },
    },
  },
};

/** The record with the "every question type" response added. */
const questionTypesRecord: CaseRecord = {
  ...sampleCase,
  responses: [...(sampleCase.responses ?? []), questionTypesResponse],
};

// ---------------------------------------------------------------------------------------------

/**
 * The assessment form for any template of the practice model: edit (one section at a time with
 * the section list, every question type as native controls, errors after a field is touched or a
 * submission is attempted, GOV.UK error summary), review ("check your answers") and print modes;
 * the life cycle (submit, return with comments, authorise, amend, resubmit); per-child sections;
 * answers from a previous model version kept, never dropped.
 */
const meta: Meta<AssessmentArgs> = {
  title: 'Assessment',
  component: 'practice-assessment',
  args: { ...viewArgs, template: '', response: '', mode: '', actions: '', disabled: false },
  argTypes: {
    ...viewArgTypes,
    template: {
      control: 'select',
      options: ['', ...questionTypesModel.templates.map((template) => template.id)],
    },
    response: {
      control: 'select',
      options: ['', ...(questionTypesRecord.responses ?? []).map((response) => response.id)],
    },
    mode: { control: 'inline-radio', options: ['', 'edit', 'review', 'print'] },
    actions: {
      control: 'select',
      options: ['', 'submit resubmit amend', 'return authorise amend'],
      description: 'Life-cycle actions of this user (empty: a worker’s).',
    },
    disabled: { control: 'boolean' },
  },
  render: assessment(questionTypesModel, questionTypesRecord),
};
export default meta;

type Story = StoryObj<AssessmentArgs>;

// Modes --------------------------------------------------------------------------------------

/**
 * The authorised child and family assessment of the sample case: locked, so it opens read-only
 * with the family sections once and Ellie's and Tyler's own sections.
 */
export const Default: Story = {
  args: { template: 'child-and-family-assessment' },
};

/** Edit mode: the draft three-column map, one section at a time with the section list. */
export const Edit: Story = {
  name: 'Mode: edit (three-column mapping)',
  args: { template: 'three-column-mapping', mode: 'edit' },
};

/** Review mode ("check your answers") of the draft three-column map. */
export const Review: Story = {
  name: 'Mode: review',
  args: { template: 'three-column-mapping', mode: 'review' },
};

/** Print mode: no controls, a page break between sections. */
export const Print: Story = {
  name: 'Mode: print',
  args: { template: 'child-and-family-assessment', mode: 'print' },
};

// Question types -----------------------------------------------------------------------------

/** One question of every type, in edit mode: move through the sections with the section list. */
export const EveryQuestionType: Story = {
  name: 'Every question type',
  args: { template: 'question-types' },
};

/** The structured entries of every kind: strengths, worries, next steps, danger statements... */
export const StructuredEntries: Story = {
  name: 'Every question type: structured entries',
  args: { template: 'question-types' },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    el.shadowRoot?.querySelector<HTMLElement>('[data-section="entries"]')?.click();
    await el.updateComplete;
    await expect(el.shadowRoot?.querySelector('[aria-current="step"]')?.textContent?.trim()).toBe(
      'Structured entries',
    );
  },
};

/** The same questions for review. */
export const EveryQuestionTypeReview: Story = {
  name: 'Every question type: review',
  args: { template: 'question-types', mode: 'review' },
};

// Per-child sections -------------------------------------------------------------------------

/**
 * A family assessment amended after authorisation: the family sections once, and each child's own
 * analysis, voice, decision and codes (here Ellie's analysis, citing earlier answers).
 */
export const PerChildSections: Story = {
  name: 'Per-child sections',
  render: assessment(sampleModel, sampleCase, {
    value: withStatus(sampleAssessment, 'amended', {
      history: [
        ...(sampleAssessment.history ?? []),
        {
          status: 'amended',
          at: '2024-02-02T09:00',
          by: 'gareth-lloyd',
          reason: 'Tyler’s school changed',
        },
      ],
    }),
  }),
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    el.shadowRoot?.querySelector<HTMLElement>('[data-section="ellie/analysis"]')?.click();
    await el.updateComplete;
    await expect(el.shadowRoot?.querySelector('[part="section"] h3')?.textContent?.trim()).toBe(
      'Analysis and decision: Ellie Carver',
    );
  },
};

// Oversight ----------------------------------------------------------------------------------

/** Submitted, seen by a manager: comment on a question, return to the worker, or authorise. */
export const Submitted: Story = {
  name: 'Oversight: submitted (manager)',
  args: { actions: 'return authorise', mode: 'review' },
  render: assessment(sampleModel, sampleCase, { value: withStatus(sampleMapping, 'submitted') }),
};

/** Returned to the worker with a comment anchored to a question, shown beside it. */
export const Returned: Story = {
  name: 'Oversight: returned with comments',
  render: assessment(sampleModel, sampleCase, {
    value: withStatus(sampleMapping, 'returned', {
      comments: [
        {
          id: 'comment-1',
          question: 'harm',
          at: '2024-10-02T09:55',
          by: 'gareth-lloyd',
          text: 'Say how the burn was found and who saw it.',
        },
      ],
    }),
  }),
};

/** Authorised: locked, read-only; amending needs a reason. */
export const Authorised: Story = {
  name: 'Oversight: authorised (locked)',
  args: { template: 'child-and-family-assessment', mode: 'edit' },
  render: assessment(sampleModel, sampleCase),
};

// Errors -------------------------------------------------------------------------------------

/** A submission attempt with errors: the error summary at the top, each field marked. */
export const Errors: Story = {
  name: 'Errors after a submission attempt',
  args: { template: 'question-types' },
  render: assessment(questionTypesModel, questionTypesRecord, {
    value: {
      ...questionTypesResponse,
      answers: {
        ...questionTypesResponse.answers,
        school: {
          value:
            'A school name much longer than the eighty characters the question allows for its answer',
        },
        people: { value: 40 },
        visited: { value: '2099-01-01' },
      },
    },
  }),
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    el.validate();
    await el.updateComplete;
    await waitFor(() =>
      expect(el.shadowRoot?.querySelector('[part="error-summary"]')).not.toBeNull(),
    );
  },
};

// Versions -----------------------------------------------------------------------------------

/** The sample model's next version drops a question: its answer is kept in a panel, not lost. */
const nextVersion: PracticeModel = definePracticeModel({
  ...sampleModel,
  version: '2.0.0',
  templates: sampleModel.templates.map((template) =>
    template.id !== 'three-column-mapping'
      ? template
      : {
          ...template,
          sections: template.sections.map((section) => ({
            ...section,
            questions: section.questions.filter(
              (q) => q.id !== 'complicating-factors' && q.id !== 'scaling-differences',
            ),
          })),
        },
  ),
});

/** A response written under version 1.0.0, opened under 2.0.0 with the old version supplied. */
export const PreviousVersion: Story = {
  name: 'From the previous version (migrated)',
  render: assessment(nextVersion, sampleCase, {
    value: sampleMapping,
    previousModels: [sampleModel],
  }),
};

/** The same response when the old version is not supplied: read-only, untouched, with a message. */
export const UnknownVersion: Story = {
  name: 'Unknown model version (read-only)',
  render: assessment(nextVersion, sampleCase, { value: sampleMapping }),
};

// Presets ------------------------------------------------------------------------------------

/** The England child and family assessment (Assessment Framework), as a new draft. */
export const ChildAndFamilyPreset: Story = {
  name: 'Preset: child and family assessment (England)',
  render: assessment(sampleModel, emptyRecord(sampleCase)),
};

/** The three-column mapping preset, as a new draft. */
export const ThreeColumnPreset: Story = {
  name: 'Preset: three-column mapping',
  args: { template: 'three-column-mapping' },
  render: assessment(sampleModel, emptyRecord(sampleCase)),
};

/** The Welsh "what matters" preset's template, as a new draft. */
export const WhatMattersPreset: Story = {
  name: 'Preset: what matters (Wales)',
  render: assessment(whatMattersModel, emptyRecord(sampleCase)),
};

/** The Scottish GIRFEC preset's template, as a new draft. */
export const GirfecPreset: Story = {
  name: 'Preset: GIRFEC wellbeing (Scotland)',
  render: assessment(girfecModel, emptyRecord(sampleCase)),
};

// Other --------------------------------------------------------------------------------------

/** What the family may see: answers holding third-party information are withheld. */
export const RedactedForFamily: Story = {
  name: 'Redacted for the family',
  args: { template: 'child-and-family-assessment', audience: 'family' },
};

/** The assessment in Welsh: template and section names from the model's Welsh labels. */
export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  args: { template: 'three-column-mapping', locale: 'cy' },
};

/** Disabled, as inside a disabled fieldset: every control greyed out. */
export const Disabled: Story = {
  args: { template: 'three-column-mapping', disabled: true },
};

/**
 * Autosave for a host without a server: drafts kept in this browser's IndexedDB for 30 days.
 * Type, reload the story, and the answers come back.
 */
export const AutosaveIndexedDb: Story = {
  name: 'Autosave (IndexedDB, this browser only)',
  render: (args) => {
    const adapter = indexedDbAdapter({ databaseName: 'practice-elements-storybook' });
    return html`<practice-assessment
      .model=${sampleModel}
      .record=${sampleCase}
      .adapter=${adapter}
      template="three-column-mapping"
      locale=${args.locale}
      today=${args.today}
      user="amira-hussain"
    ></practice-assessment>`;
  },
};

/** Markup, script, bidirectional overrides and very long text in every answer render as text. */
export const HostileStrings: Story = {
  name: 'Hostile strings',
  args: { template: 'child-and-family-assessment', mode: 'review' },
  render: assessment(sampleModel, withHostileStrings(sampleCase, sampleModel)),
  play: async ({ canvasElement }) => expectHostileStringsAsText(canvasElement),
};

/** A misconfigured practice model: an alert naming each problem by its path. */
export const InvalidModel: Story = {
  name: 'Invalid model',
  render: assessment(invalidModel(sampleModel), sampleCase),
};

/** A response that is not one: an alert naming each problem by its path. */
export const InvalidResponse: Story = {
  name: 'Invalid response',
  render: assessment(sampleModel, sampleCase, {
    value: { ...sampleMapping, status: 'finished' } as unknown as AssessmentResponse,
  }),
};

/** Questions about the sample case with nothing recorded yet. */
export const NotStarted: Story = {
  name: 'Not started (empty record)',
  render: assessment(sampleModel, emptyRecord(sampleCase)),
  args: { mode: 'review' },
};

/**
 * A disputed answer. Kelly Hollis disagrees with what was recorded about the harm: her view is
 * recorded alongside the answer, never instead of it. In edit mode, "Record a disagreement" under
 * each answered question opens a region asking who disagrees and what they say; it is logged in the
 * change log, and shown under the answer in review and print ("Disputed by Kelly Hollis
 * (mother): …"). The story records one, then shows the answer in review.
 */
export const DisputedAnswer: Story = {
  name: 'Disputed answer',
  args: { template: 'three-column-mapping', mode: 'edit' },
  render: assessment(sampleModel, sampleCase),
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    const root = el.shadowRoot;
    root?.getElementById('dispute-harm')?.click();
    await el.updateComplete;
    const who = root?.getElementById('dispute-harm-by') as HTMLSelectElement | null;
    const what = root?.getElementById('dispute-harm-text') as HTMLTextAreaElement | null;
    if (!who || !what) throw new Error('no "Record a disagreement" under the first answer');
    who.value = 'kelly';
    what.value = 'Tyler was seen by the pharmacist the same day; we did not wait two days.';
    root?.querySelector<HTMLElement>('[data-action="save-dispute"]')?.click();
    await el.updateComplete;
    el.mode = 'review';
    await el.updateComplete;
    await waitFor(() =>
      expect(el.shadowRoot?.textContent).toContain(
        'Disputed by Kelly Hollis (mother): Tyler was seen by the pharmacist the same day',
      ),
    );
  },
};
