import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fn } from 'storybook/test';
import { sampleCase, sampleModel } from '../src/samples/index.js';
import type { PracticeSelectEvent } from '../src/index.js';
import { optional, viewArgs, viewArgTypes, type ViewArgs } from './support/args.js';
import { largeCase } from './support/large-case.js';
import { expectHostileStringsAsText } from './support/assertions.js';
import { emptyRecord, invalidModel, withHostileStrings } from './support/variants.js';

interface GenogramArgs extends ViewArgs {
  /** Logged in the Actions panel: the id of the person chosen (or `undefined`). */
  onSelect: (personId: string | undefined) => void;
}

/** Renders `<practice-genogram>` alone, with its own `.model` and `.record`. */
function genogram(model: unknown, record: unknown) {
  return (args: GenogramArgs): TemplateResult =>
    html`<practice-genogram
      .model=${model}
      .record=${record}
      audience=${ifDefined(optional(args.audience))}
      locale=${args.locale}
      today=${args.today}
      @practice-select=${(event: PracticeSelectEvent) => args.onSelect(event.personId)}
    ></practice-genogram>`;
}

/**
 * The family as text, generation by generation (the accessible equivalent the SVG genogram will
 * sit beside): sex and gender, ages and dates, parents, partners with their status, children,
 * brothers and sisters (half-siblings derived), emotional relationships, and households. Each
 * person is a toggle button: choosing one fires `practice-select` (see the Actions panel), and
 * inside `<practice-case>` every view follows (see "Example case record").
 */
const meta: Meta<GenogramArgs> = {
  title: 'Genogram',
  component: 'practice-genogram',
  args: { ...viewArgs, onSelect: fn() },
  argTypes: { ...viewArgTypes, onSelect: { table: { disable: true } } },
  render: genogram(sampleModel, sampleCase),
};
export default meta;

type Story = StoryObj<GenogramArgs>;

/** The Hollis-Carver family: three generations, two of Kelly's partnerships, twins, a pregnancy. */
export const Default: Story = {};

/**
 * What the family may see: third-party relationships (the abuse Kelly disclosed), the refuge and
 * the foster placement address are withheld.
 */
export const RedactedForFamily: Story = {
  name: 'Redacted for the family',
  args: { audience: 'family' },
};

/** The family in Welsh. */
export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  args: { locale: 'cy' },
};

/** Markup, script, bidirectional overrides and very long names render as text. */
export const HostileStrings: Story = {
  name: 'Hostile strings',
  render: genogram(sampleModel, withHostileStrings(sampleCase, sampleModel)),
  play: async ({ canvasElement }) => expectHostileStringsAsText(canvasElement),
};

/** A record with nobody in it yet: the empty state. */
export const Empty: Story = {
  name: 'Empty record',
  render: genogram(sampleModel, emptyRecord(sampleCase)),
};

/** A misconfigured practice model: an alert naming each problem by its path. */
export const InvalidModel: Story = {
  name: 'Invalid model',
  render: genogram(invalidModel(sampleModel), sampleCase),
};

/** A generated family of 300 people (seeded, the same every time). Left out of the docs page. */
export const LargeCase: Story = {
  name: 'Large generated family',
  tags: ['!autodocs'],
  render: (args) => genogram(sampleModel, largeCase())(args),
};
