import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/components/assessment/practice-assessment.js';
import type { PracticeAssessment } from '../../src/components/assessment/assessment.js';
import {
  defineCaseRecord,
  definePracticeModel,
  type AssessmentResponse,
  type CaseRecord,
} from '../../src/model/index.js';
import { model, modelInput, record, recordInput, TODAY, within } from './fixtures.js';
import { assessment } from './assessment-fixture.js';

/** Two sections: nothing required in the first, a required answer in the second. */
const twoSections = definePracticeModel({
  ...structuredClone(modelInput),
  templates: [
    {
      id: 'visit',
      name: 'Visit record',
      subject: 'child',
      sections: [
        {
          id: 'before',
          title: 'Before the visit',
          questions: [{ id: 'note', type: 'text', label: 'Anything to note?' }],
        },
        {
          id: 'visit',
          title: 'The visit',
          questions: [
            { id: 'seen-by', type: 'text', label: 'Who saw the child?', required: true },
            { id: 'seen-alone', type: 'yes-no', label: 'Was the child seen alone?' },
          ],
        },
      ],
    },
  ],
});
const twoSectionsRecord = defineCaseRecord(
  { ...structuredClone(recordInput), responses: [] },
  twoSections,
);

function control<E extends HTMLElement = HTMLInputElement>(el: PracticeAssessment, key: string): E {
  const found = el.shadowRoot!.getElementById(`f-${key}`) as E | null;
  if (!found) throw new Error(`no control for ${key}`);
  return found;
}

/** Types into a text field as a user would (one input event with the whole text). */
async function type(
  el: PracticeAssessment,
  field: HTMLInputElement | HTMLTextAreaElement,
  text: string,
) {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Lets the element render, then the focus it moves after rendering (a microtask later). */
async function settled(el: PracticeAssessment) {
  await el.updateComplete;
  await Promise.resolve();
  await el.updateComplete;
}

/** The id of the element focused inside the assessment (chai's diff of two elements is huge). */
function focusedId(el: PracticeAssessment): string | undefined {
  return el.shadowRoot!.activeElement?.id;
}

/** The heading of the section shown in edit mode. */
function sectionShown(el: PracticeAssessment): string {
  return el.shadowRoot!.querySelector('[part="section"] :is(h2, h3, h4, h5, h6)')!.textContent!;
}

/** A draft store over `saveDraft` and `loadDraft`, as a host keeps one. */
function draftStore() {
  const store = new Map<string, AssessmentResponse>();
  return {
    store,
    saveDraft: (key: object, response: AssessmentResponse) => {
      store.set(JSON.stringify(key), structuredClone(response));
    },
    loadDraft: (key: object) => store.get(JSON.stringify(key)),
  };
}

function recordKeeping(response: AssessmentResponse): CaseRecord {
  return { ...record, responses: [response] };
}

describe('<practice-assessment> review fixes', () => {
  const forms: HTMLFormElement[] = [];
  afterEach(() => forms.splice(0).forEach((form) => form.remove()));

  /** The element in a host form (built by hand: `fixture` would wait for a frame on a form). */
  async function inForm(props: { model: unknown; record: unknown }) {
    const form = document.createElement('form');
    document.body.append(form);
    forms.push(form);
    render(
      html`<practice-assessment
        name="assessment"
        .model=${props.model}
        .record=${props.record}
        today=${TODAY}
      ></practice-assessment>`,
      form,
    );
    const el = form.querySelector('practice-assessment')!;
    await el.updateComplete;
    return { form, el };
  }

  describe('autosave', () => {
    async function typeKeepTypeReopen(moreIn: 'same field' | 'another field') {
      const { store, saveDraft, loadDraft } = draftStore();
      const first = await assessment({ saveDraft, loadDraft, autosaveDelay: 0 });
      await type(first, control(first, 'neighbour'), 'Heard');
      // The host keeps the element's value (as its own save would), the worker types on.
      const kept = first.value!;
      first.record = recordKeeping(kept);
      await first.updateComplete;
      if (moreIn === 'same field') {
        await type(first, control(first, 'neighbour'), 'Heard shouting');
      } else {
        await type(first, control<HTMLTextAreaElement>(first, 'reason'), 'A later reason');
      }
      const latest = first.value!;
      window.dispatchEvent(new Event('pagehide'));
      await waitUntil(
        () => [...store.values()].some((r) => r.changes?.length === latest.changes?.length),
        'the draft was not saved',
      );
      await waitUntil(
        () => [...store.values()].some((r) => JSON.stringify(r) === JSON.stringify(latest)),
        'the latest draft was not saved',
      );
      first.remove();
      // Reopened with the host's copy, which is a little behind (often within the same minute).
      const second = await assessment({ record: recordKeeping(kept), saveDraft, loadDraft });
      await waitUntil(
        () => JSON.stringify(second.value) === JSON.stringify(latest),
        'the later typing was not restored',
      );
      await second.updateComplete;
      return second;
    }

    it('restores typing done after the host kept a copy, in another field', async () => {
      const second = await typeKeepTypeReopen('another field');
      expect(control<HTMLTextAreaElement>(second, 'reason').value).to.equal('A later reason');
      expect(second.shadowRoot!.textContent).to.contain(
        'Unsaved changes from your last visit have been restored.',
      );
    });

    it('restores typing done after the host kept a copy, in the same field', async () => {
      const second = await typeKeepTypeReopen('same field');
      expect(control(second, 'neighbour').value).to.equal('Heard shouting');
    });

    it('does not restore a draft the host’s copy has moved on from', async () => {
      const { store, saveDraft, loadDraft } = draftStore();
      const first = await assessment({ saveDraft, loadDraft, autosaveDelay: 0 });
      await type(first, control(first, 'neighbour'), 'Heard');
      window.dispatchEvent(new Event('pagehide'));
      await waitUntil(() => store.size === 1, 'the draft was not saved');
      const older = new Map(store);
      await type(first, control<HTMLTextAreaElement>(first, 'reason'), 'Saved by the host');
      const kept = first.value!;
      first.remove();
      // The host's copy has one more change than the draft left in the store: the draft stays
      // unused, though both are from the same minute.
      await new Promise((resolve) => setTimeout(resolve, 0));
      store.clear();
      for (const [key, draft] of older) store.set(key, draft);
      expect([...store.values()][0]!.answers.reason?.value).to.not.equal('Saved by the host');
      const second = await assessment({ record: recordKeeping(kept), saveDraft, loadDraft });
      await new Promise((resolve) => setTimeout(resolve, 0));
      await second.updateComplete;
      expect(second.value!.answers.reason!.value).to.equal('Saved by the host');
      expect(second.shadowRoot!.textContent).not.to.contain('have been restored');
    });
  });

  describe('form validation', () => {
    it('reportValidity() shows the section of the first error and focuses its field', async () => {
      const { form, el } = await inForm({ model: twoSections, record: twoSectionsRecord });
      expect(sectionShown(el)).to.contain('Before the visit');
      expect(form.reportValidity()).to.equal(false);
      await settled(el);
      expect(sectionShown(el)).to.contain('The visit');
      expect(focusedId(el)).to.equal('f-seen-by');
    });

    it('a submission blocked by an error in another section focuses its field', async () => {
      const { form, el } = await inForm({ model: twoSections, record: twoSectionsRecord });
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      form.requestSubmit();
      await settled(el);
      expect(submitted).to.equal(false);
      expect(focusedId(el)).to.equal('f-seen-by');
    });

    it('checkValidity() moves no focus', async () => {
      const { form, el } = await inForm({ model: twoSections, record: twoSectionsRecord });
      expect(form.checkValidity()).to.equal(false);
      await settled(el);
      expect(focusedId(el)).to.equal(undefined);
    });

    it('validate() counts errors in review and print, as checkValidity() does', async () => {
      const el = await assessment({ model: twoSections, record: twoSectionsRecord });
      for (const mode of ['review', 'print', 'edit'] as const) {
        el.mode = mode;
        await el.updateComplete;
        expect(el.validate(), mode).to.equal(false);
        expect(el.checkValidity(), mode).to.equal(false);
      }
      el.mode = 'review';
      await el.updateComplete;
      expect(within(el, '[part="error-summary"]')).to.have.length(1);
    });

    it('validate() is true for a locked response, which cannot be changed', async () => {
      const locked = defineCaseRecord(
        {
          ...structuredClone(recordInput),
          responses: [
            {
              id: 'r',
              model: { id: 'test-model', version: '1' },
              template: 'visit',
              status: 'authorised',
              answers: {},
            },
          ],
        },
        twoSections,
      );
      const el = await assessment({ model: twoSections, record: locked });
      expect(el.validate()).to.equal(true);
      expect(el.checkValidity()).to.equal(true);
    });
  });

  describe('form state restore', () => {
    it('keeps a state restored before the model arrives, and applies it on opening', async () => {
      const el = document.createElement('practice-assessment');
      el.setAttribute('today', TODAY);
      document.body.append(el);
      try {
        const restored = structuredClone(record.responses![0]!);
        restored.answers.neighbour = { value: 'Restored before the model' };
        el.formStateRestoreCallback(JSON.stringify(restored));
        el.model = model;
        el.record = record;
        await el.updateComplete;
        expect(el.value!.answers.neighbour!.value).to.equal('Restored before the model');
        expect(control(el, 'neighbour').value).to.equal('Restored before the model');
      } finally {
        el.remove();
      }
    });

    it('drops a state restored for another response', async () => {
      const el = document.createElement('practice-assessment');
      el.setAttribute('today', TODAY);
      document.body.append(el);
      try {
        const other = structuredClone(record.responses![0]!);
        other.id = 'another';
        other.answers.neighbour = { value: 'Not this one' };
        el.formStateRestoreCallback(JSON.stringify(other));
        el.model = model;
        el.record = record;
        await el.updateComplete;
        expect(el.value!.answers.neighbour!.value).to.equal('Heard shouting most nights');
      } finally {
        el.remove();
      }
    });
  });

  describe('focus()', () => {
    for (const mode of ['review', 'print'] as const) {
      it(`moves focus to the heading in ${mode} mode`, async () => {
        const el = await assessment({ mode });
        el.focus();
        expect(focusedId(el)).to.equal('assessment-heading');
        const heading = el.shadowRoot!.getElementById('assessment-heading')!;
        expect(heading.getAttribute('tabindex')).to.equal('-1');
      });
    }

    it('moves focus to the first field in edit mode', async () => {
      const el = await assessment({ model: twoSections, record: twoSectionsRecord });
      el.focus();
      expect(focusedId(el)).to.equal('f-note');
    });
  });

  describe('printing from the browser menu', () => {
    it('prints every section, then goes back to editing with answers and focus intact', async () => {
      const el = await assessment({ model: twoSections, record: twoSectionsRecord });
      await type(el, control(el, 'note'), 'Typed before printing');
      expect(within(el, '[part="section"]')).to.have.length(1);
      window.dispatchEvent(new Event('beforeprint'));
      // Rendered before the page is laid out for paper, with no wait.
      expect(el.shadowRoot!.querySelector('.mode-print') !== null).to.equal(true);
      expect(within(el, '[part="section"]')).to.have.length(2);
      expect(within(el, 'input, textarea, select')).to.have.length(0);
      expect(el.shadowRoot!.textContent).to.contain('Typed before printing');
      window.dispatchEvent(new Event('afterprint'));
      await settled(el);
      expect(el.shadowRoot!.querySelector('.mode-edit') !== null).to.equal(true);
      expect(control(el, 'note').value).to.equal('Typed before printing');
      expect(focusedId(el)).to.equal('f-note');
      // Typing on carries on the same edit: one change in the log.
      await type(el, control(el, 'note'), 'Typed before printing, and after');
      expect(el.value!.changes).to.have.length(1);
      expect(el.mode).to.equal(undefined);
    });

    it('stops listening once removed', async () => {
      const el = await assessment({ model: twoSections, record: twoSectionsRecord });
      el.remove();
      window.dispatchEvent(new Event('beforeprint'));
      expect(el.shadowRoot!.querySelector('.mode-print') === null).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
    });
  });
});
