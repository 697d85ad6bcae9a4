// A `<practice-assessment>` on the shared sample model and record, for the assessment tests.
import { fixture, html } from '@open-wc/testing';
import '../../src/components/assessment/practice-assessment.js';
import type { PracticeAssessment } from '../../src/components/assessment/assessment.js';
import { model, record, TODAY } from './fixtures.js';

/** Mounts the element in edit mode for worker-1, then applies `props` and waits for the update. */
export async function assessment(
  props: Partial<PracticeAssessment> = {},
): Promise<PracticeAssessment> {
  const el = await fixture<PracticeAssessment>(
    html`<practice-assessment
      .model=${model}
      .record=${record}
      today=${TODAY}
      user="worker-1"
    ></practice-assessment>`,
  );
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}
