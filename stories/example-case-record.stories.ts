import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { SAMPLE_TODAY, sampleCase, sampleModel } from '../src/samples/index.js';
import { optional, viewArgTypes } from './support/args.js';
import { caseSummary } from './support/case-summary.js';
import './example-case-record.css';

interface ExampleArgs {
  /** An audience id of the model, or `''` for a practitioner's full view. */
  audience: string;
}

const SERVICE = 'Northshire Council — Children’s Services';

/**
 * The three views as a case system would place them: a fictional council's screen with a case
 * banner, in-page navigation, the genogram and the chronology side by side and the assessment
 * below, all inside one `<practice-case>` with the sample model and case on 25 November 2026.
 * Choosing a person in the family shows only their entries in the child's journey.
 */
function screen(args: ExampleArgs): TemplateResult {
  const summary = caseSummary(sampleModel, sampleCase, SAMPLE_TODAY);
  return html`<div class="nc-screen">
    <a class="nc-skip-link" href="#nc-main">Skip to main content</a>
    <header class="nc-header">
      <p class="nc-brand">
        <span class="nc-brand-mark" aria-hidden="true">N</span>
        <span>${SERVICE}</span>
      </p>
      <p class="nc-user">Signed in as Ben Okoro, social worker</p>
    </header>
    <nav class="nc-breadcrumbs" aria-label="Breadcrumb">
      <ol>
        <li>My caseload</li>
        <li aria-current="page">${summary.childName}</li>
      </ol>
    </nav>
    <main id="nc-main">
      <div class="nc-banner">
        <h1>
          ${summary.childName}
          ${
            summary.knownAs
              ? html`<span class="nc-known-as">(known as ${summary.knownAs})</span>`
              : nothing
          }
        </h1>
        <dl class="nc-facts">
          <div>
            <dt>Case ID</dt>
            <dd>${summary.caseId}</dd>
          </div>
          <div>
            <dt>Date of birth</dt>
            <dd>${summary.dateOfBirth} (${summary.age})</dd>
          </div>
          <div>
            <dt>Allocated worker</dt>
            <dd>${summary.allocatedWorker}</dd>
          </div>
          <div>
            <dt>Legal status</dt>
            <dd><span class="nc-tag">${summary.legalStatus}</span></dd>
          </div>
        </dl>
        <nav class="nc-tabs" aria-label="Case record">
          <ul>
            <li><a href="#nc-family">Family</a></li>
            <li><a href="#nc-journey">Child’s journey</a></li>
            <li><a href="#nc-assessment">Assessment</a></li>
          </ul>
        </nav>
      </div>
      <practice-case
        .model=${sampleModel}
        .record=${sampleCase}
        today=${SAMPLE_TODAY}
        audience=${ifDefined(optional(args.audience))}
      >
        <div class="nc-content">
          <div class="nc-columns">
            <section class="nc-panel" aria-labelledby="nc-family">
              <h2 id="nc-family">Family</h2>
              <p class="nc-hint">Choose a person to show their entries in the child’s journey.</p>
              <div class="nc-scroll" tabindex="0" role="group" aria-labelledby="nc-family">
                <practice-genogram heading-level="3"></practice-genogram>
              </div>
            </section>
            <section class="nc-panel" aria-labelledby="nc-journey">
              <h2 id="nc-journey">Child’s journey</h2>
              <p class="nc-hint">Chronology and statutory timescales, newest last.</p>
              <div class="nc-scroll" tabindex="0" role="group" aria-labelledby="nc-journey">
                <practice-timeline heading-level="3"></practice-timeline>
              </div>
            </section>
          </div>
          <section class="nc-panel" aria-labelledby="nc-assessment">
            <h2 id="nc-assessment">Assessment</h2>
            <practice-assessment heading-level="3"></practice-assessment>
          </section>
        </div>
      </practice-case>
    </main>
    <footer class="nc-footer">
      <p>
        Northshire Council is fictional. Every person, place and event in this record is invented.
      </p>
    </footer>
  </div>`;
}

/** practice-elements in a mock case-system screen, fed by one `<practice-case>`. */
const meta: Meta<ExampleArgs> = {
  title: 'Example case record',
  tags: ['!autodocs'],
  args: { audience: '' },
  argTypes: { audience: viewArgTypes.audience },
  parameters: { layout: 'fullscreen' },
  render: screen,
};
export default meta;

type Story = StoryObj<ExampleArgs>;

/** The sample case as its allocated social worker sees it. */
export const ExampleCaseRecord: Story = {
  name: 'Example case record',
};

/**
 * The index child chosen in the family panel: the child's journey shows only the entries about
 * them, with a "Show all" control to go back.
 */
export const PersonSelected: Story = {
  name: 'Person selected',
  play: async ({ canvasElement }) => {
    const genogram = canvasElement.querySelector('practice-genogram');
    const timeline = canvasElement.querySelector('practice-timeline');
    const marker = await waitFor(() => {
      const found = genogram?.shadowRoot?.querySelector('[part~="index-marker"]');
      if (!found) throw new Error('The genogram has not rendered the index child yet.');
      return found;
    });
    const button = marker.closest('button');
    await expect(button).toBeTruthy();
    button?.click();
    await waitFor(() => expect(button?.getAttribute('aria-pressed')).toBe('true'));
    await waitFor(() =>
      expect(timeline?.shadowRoot?.querySelector('[part~="filter"]')).toBeTruthy(),
    );
  },
};
