import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { SAMPLE_TODAY, sampleCase, sampleModel } from '../src/samples/index.js';
import { createPlayground } from './support/playground.js';

interface PlaygroundArgs {
  /** The JSON the editor starts with. */
  initialText: string;
}

const SAMPLE_TEXT = JSON.stringify(sampleModel, null, 2);

/** The sample model with two mistakes a vendor makes: a misspelt question type and a missing id. */
function withMistakes(): string {
  const model = structuredClone(sampleModel) as unknown as {
    templates: { sections: { id?: string; questions: { type: string }[] }[] }[];
  };
  const [template] = model.templates;
  const [section] = template?.sections ?? [];
  const [question] = section?.questions ?? [];
  if (!section || !question) throw new Error('the sample model has no question to break');
  question.type = 'free-text';
  delete section.id;
  return JSON.stringify(model, null, 2);
}

/**
 * For vendors configuring a practice model: edit the model as JSON on the left; as you type
 * (about half a second after you stop) it is checked, JSON syntax first (with line and column),
 * then the practice model schema, and every problem is listed with its JSON path and a link to
 * its place in the text. On the right, the chosen template is rendered live by
 * `<practice-assessment>` with the sample case (its response, or a new one in edit mode); a rejected model shows the element's own error
 * state. Nothing leaves the page: the model is only read.
 */
const meta: Meta<PlaygroundArgs> = {
  title: 'Model playground',
  tags: ['!autodocs'],
  args: { initialText: SAMPLE_TEXT },
  argTypes: { initialText: { control: false } },
  parameters: { layout: 'padded', controls: { disable: true } },
  render: (args) =>
    createPlayground({ initialText: args.initialText, record: sampleCase, today: SAMPLE_TODAY }),
};
export default meta;

type Story = StoryObj<PlaygroundArgs>;

/** The sample model: valid, with its child and family assessment rendered. */
export const Playground: Story = {
  name: 'Model playground',
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('.playground-summary')?.textContent).toContain(
        'The model is valid',
      ),
    );
    await expect(canvasElement.querySelector('practice-assessment')).toBeTruthy();
  },
};

/** A new response to the chosen template: the form in edit mode, as a worker would fill it in. */
export const NewResponse: Story = {
  name: 'A new response (edit mode)',
  play: async ({ canvasElement }) => {
    const select = canvasElement.querySelector<HTMLSelectElement>('#playground-response');
    if (!select) throw new Error('the playground did not render');
    select.value = 'new';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() =>
      expect(
        canvasElement
          .querySelector('practice-assessment')
          ?.shadowRoot?.querySelector('textarea, input'),
      ).toBeTruthy(),
    );
  },
};

/** A model with mistakes: each listed with its path, and the element's error state. */
export const WithProblems: Story = {
  name: 'A model with problems',
  args: { initialText: withMistakes() },
  play: async ({ canvasElement }) => {
    const paths = () =>
      [...canvasElement.querySelectorAll('.playground-path')].map((p) => p.textContent ?? '');
    await waitFor(() => expect(paths()).toContain('templates[0].sections[0].id'));
    await expect(paths().some((p) => p.startsWith('templates[0].sections[0].questions[0]'))).toBe(
      true,
    );
  },
};

/** Text that is not JSON: the syntax error with its line and column. */
export const NotJson: Story = {
  name: 'Not valid JSON',
  args: { initialText: SAMPLE_TEXT.replace('"templates": [', '"templates": [,') },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('.playground-summary')?.textContent).toContain(
        'not valid JSON',
      ),
    );
    await expect(canvasElement.querySelector('.playground-link')?.textContent).toMatch(
      /Go to line \d+, column \d+/,
    );
  },
};

/** Typing a mistake: the problem appears after the pause, and "Reset" brings the sample back. */
export const Typing: Story = {
  name: 'Typing a mistake, then resetting',
  play: async ({ canvasElement }) => {
    const textarea = canvasElement.querySelector<HTMLTextAreaElement>('#playground-model');
    const reset = canvasElement.querySelector<HTMLButtonElement>('.playground-button');
    if (!textarea || !reset) throw new Error('the playground did not render');
    textarea.value = textarea.value.replace('"version": "1.0.0"', '"version": ""');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() =>
      expect(canvasElement.querySelector('.playground-path')?.textContent).toBe('version'),
    );
    reset.click();
    await waitFor(() =>
      expect(canvasElement.querySelector('.playground-summary')?.textContent).toContain(
        'The model is valid',
      ),
    );
    await expect(textarea.value).toBe(SAMPLE_TEXT);
  },
};
