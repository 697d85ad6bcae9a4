import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, waitFor } from 'storybook/test';
import { sampleCase, sampleModel } from '../src/samples/index.js';
import type { PracticeInvalidEvent, PracticeSelectEvent } from '../src/index.js';
import { optional, viewArgs, viewArgTypes, type ViewArgs } from './support/args.js';
import { invalidModel, recordWithIssues } from './support/variants.js';

interface CaseArgs extends ViewArgs {
  /** Logged in the Actions panel: which input was rejected and how many problems it has. */
  onInvalid: (source: string, issues: number) => void;
  /** Logged in the Actions panel: the id of the person chosen (or `undefined`). */
  onSelect: (personId: string | undefined) => void;
}

/** `<practice-case>` holding one model and one record, with a genogram and a timeline inside. */
function provider(model: unknown, record: unknown) {
  return (args: CaseArgs): TemplateResult =>
    html`<practice-case
      .model=${model}
      .record=${record}
      audience=${ifDefined(optional(args.audience))}
      locale=${args.locale}
      today=${args.today}
      @practice-invalid=${(event: PracticeInvalidEvent) =>
        args.onInvalid(event.source, event.issues.length)}
      @practice-select=${(event: PracticeSelectEvent) => args.onSelect(event.personId)}
    >
      <practice-genogram></practice-genogram>
      <practice-timeline significant-only></practice-timeline>
    </practice-case>`;
}

/**
 * The provider: validates the practice model, reads the case record (keeping its valid part) and
 * shares both, with the locale, audience, today's date and the selected person, with every view
 * inside it. Choose a person in the genogram: the timeline follows.
 */
const meta: Meta<CaseArgs> = {
  title: 'Case',
  component: 'practice-case',
  args: { ...viewArgs, onInvalid: fn(), onSelect: fn() },
  argTypes: {
    ...viewArgTypes,
    onInvalid: { table: { disable: true } },
    onSelect: { table: { disable: true } },
  },
  render: provider(sampleModel, sampleCase),
};
export default meta;

type Story = StoryObj<CaseArgs>;

/** The sample model and case, valid: no notices, both views fed by the provider. */
export const Valid: Story = {};

/**
 * A misconfigured model is rejected as a whole: an alert lists each problem with its path, and
 * `practice-invalid` fires with `source: 'model'`.
 */
export const InvalidModel: Story = {
  name: 'Invalid model',
  render: provider(invalidModel(sampleModel), sampleCase),
  play: async ({ args, canvasElement }) => {
    const element = canvasElement.querySelector('practice-case');
    await waitFor(() => expect(args.onInvalid).toHaveBeenCalledWith('model', expect.any(Number)));
    await expect(element?.shadowRoot?.querySelector('[role="alert"]')).toBeTruthy();
  },
};

/**
 * A record with broken parts (an unknown entry type, a person with no id, a relationship to
 * nobody, an impossible date): the valid part is shown, with a collapsible notice of what was
 * left out, and `practice-invalid` fires with `source: 'record'`.
 */
export const RecordWithIssues: Story = {
  name: 'Record with issues',
  render: provider(sampleModel, recordWithIssues(sampleCase)),
  play: async ({ args }) => {
    await waitFor(() => expect(args.onInvalid).toHaveBeenCalledWith('record', expect.any(Number)));
  },
};

/** No model yet (still loading, say): a short notice, never a blank box. */
export const NoModel: Story = {
  name: 'No model yet',
  render: provider(undefined, sampleCase),
};
