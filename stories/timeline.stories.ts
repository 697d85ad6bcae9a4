import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sampleCase, sampleModel } from '../src/samples/index.js';
import { optional, viewArgs, viewArgTypes, type ViewArgs } from './support/args.js';
import { largeCase } from './support/large-case.js';
import { expectHostileStringsAsText } from './support/assertions.js';
import { emptyRecord, invalidModel, withHostileStrings } from './support/variants.js';

interface TimelineArgs extends ViewArgs {
  'significant-only': boolean;
}

/** Renders `<practice-timeline>` alone, with its own `.model` and `.record`. */
function timeline(model: unknown, record: unknown) {
  return (args: TimelineArgs): TemplateResult =>
    html`<practice-timeline
      .model=${model}
      .record=${record}
      audience=${ifDefined(optional(args.audience))}
      locale=${args.locale}
      today=${args.today}
      ?significant-only=${args['significant-only']}
    ></practice-timeline>`;
}

/**
 * The child's journey: the chronology table and the statutory timescales of the sample case (the
 * Hollis-Carver family, November 2023 to November 2026). Each story below gives the element its
 * own `.model` and `.record`; inside `<practice-case>` it takes them from the provider instead
 * (see "Example case record").
 */
const meta: Meta<TimelineArgs> = {
  title: 'Timeline',
  component: 'practice-timeline',
  args: { ...viewArgs, 'significant-only': false },
  argTypes: {
    ...viewArgTypes,
    'significant-only': { control: 'boolean', description: 'Show significant entries only.' },
  },
  render: timeline(sampleModel, sampleCase),
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** Every entry of the sample case in date order, with the statutory clocks as of 25 November 2026. */
export const Default: Story = {};

/** The "significant events only" filter switched on, as for a court or panel chronology. */
export const SignificantOnly: Story = {
  name: 'Significant events only',
  args: { 'significant-only': true },
};

/**
 * What the family may see: third-party information, restricted entries and confidential addresses
 * (the refuge, the foster placement) are shown as "Information withheld" or removed.
 */
export const RedactedForFamily: Story = {
  name: 'Redacted for the family',
  args: { audience: 'family' },
};

/** The same chronology in Welsh: interface text from the Welsh messages, labels from the model. */
export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  args: { locale: 'cy' },
};

/** Markup, script, bidirectional overrides and very long text in every field render as text. */
export const HostileStrings: Story = {
  name: 'Hostile strings',
  render: timeline(sampleModel, withHostileStrings(sampleCase, sampleModel)),
  play: async ({ canvasElement }) => expectHostileStringsAsText(canvasElement),
};

/** A record with nothing in it yet: the empty state, never a blank box. */
export const Empty: Story = {
  name: 'Empty record',
  render: timeline(sampleModel, emptyRecord(sampleCase)),
};

/** A misconfigured practice model: an alert naming each problem by its path. */
export const InvalidModel: Story = {
  name: 'Invalid model',
  render: timeline(invalidModel(sampleModel), sampleCase),
};

/** Not a record at all: the element shows its problem state and never throws into the page. */
export const NotARecord: Story = {
  name: 'Not a record',
  render: timeline(sampleModel, 42),
};

/**
 * A generated case of 300 people and 2,000 entries (seeded, the same every time). Left out of the
 * docs page to keep it light.
 */
export const LargeCase: Story = {
  name: 'Large generated case',
  tags: ['!autodocs'],
  render: (args) => timeline(sampleModel, largeCase())(args),
};
