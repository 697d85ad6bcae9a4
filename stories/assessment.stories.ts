import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { girfecModel, sampleCase, sampleModel, whatMattersModel } from '../src/samples/index.js';
import { optional, viewArgs, viewArgTypes, type ViewArgs } from './support/args.js';
import { expectHostileStringsAsText } from './support/assertions.js';
import { emptyRecord, invalidModel, withHostileStrings } from './support/variants.js';

interface AssessmentArgs extends ViewArgs {
  /** A template id of the model (empty: the response's template, else the first). */
  template: string;
  /** A response id of the record (empty: the first response of the template). */
  response: string;
}

/** Renders `<practice-assessment>` alone, with its own `.model` and `.record`. */
function assessment(model: unknown, record: unknown) {
  return (args: AssessmentArgs): TemplateResult =>
    html`<practice-assessment
      .model=${model}
      .record=${record}
      template=${ifDefined(optional(args.template))}
      response=${ifDefined(optional(args.response))}
      audience=${ifDefined(optional(args.audience))}
      locale=${args.locale}
      today=${args.today}
    ></practice-assessment>`;
}

/**
 * An assessment in review mode ("check your answers"): the template's sections as summary lists,
 * every answer type written out, per-child sections once for each child, questions hidden by
 * their conditions left out, and the status and due date from the template's timescale.
 */
const meta: Meta<AssessmentArgs> = {
  title: 'Assessment',
  component: 'practice-assessment',
  args: { ...viewArgs, template: '', response: '' },
  argTypes: {
    ...viewArgTypes,
    template: {
      control: 'select',
      options: ['', ...sampleModel.templates.map((template) => template.id)],
    },
    response: {
      control: 'select',
      options: ['', ...(sampleCase.responses ?? []).map((response) => response.id)],
    },
  },
  render: assessment(sampleModel, sampleCase),
};
export default meta;

type Story = StoryObj<AssessmentArgs>;

/**
 * The authorised child and family assessment of the sample case (the Assessment Framework
 * triangle): family sections once, then Ellie's and Tyler's own sections.
 */
export const Default: Story = {};

/** The draft three-column map with 0-10 scaling, readings by several raters. */
export const ThreeColumnMapping: Story = {
  name: 'Three-column mapping with scaling',
  args: { template: 'three-column-mapping' },
};

/** What the family may see: answers holding third-party information are withheld. */
export const RedactedForFamily: Story = {
  name: 'Redacted for the family',
  args: { audience: 'family' },
};

/** The assessment in Welsh: template and section names from the model's Welsh labels. */
export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  args: { locale: 'cy' },
};

/** Markup, script, bidirectional overrides and very long text in every answer render as text. */
export const HostileStrings: Story = {
  name: 'Hostile strings',
  render: assessment(sampleModel, withHostileStrings(sampleCase, sampleModel)),
  play: async ({ canvasElement }) => expectHostileStringsAsText(canvasElement),
};

/** A record with no response yet: the template with every question "Not answered". */
export const NotStarted: Story = {
  name: 'Not started (empty record)',
  render: assessment(sampleModel, emptyRecord(sampleCase)),
};

/** A misconfigured practice model: an alert naming each problem by its path. */
export const InvalidModel: Story = {
  name: 'Invalid model',
  render: assessment(invalidModel(sampleModel), sampleCase),
};

/** The Welsh "what matters" preset's template, not yet started. */
export const WhatMattersPreset: Story = {
  name: 'Preset: what matters (Wales)',
  render: assessment(whatMattersModel, emptyRecord(sampleCase)),
};

/** The Scottish GIRFEC preset's template, not yet started. */
export const GirfecPreset: Story = {
  name: 'Preset: GIRFEC wellbeing (Scotland)',
  render: assessment(girfecModel, emptyRecord(sampleCase)),
};
