import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/assessment/practice-assessment.js';
import type { PracticeAssessment } from '../../src/components/assessment/assessment.js';
import type { PracticeDisputeChangeEvent } from '../../src/components/assessment/dispute.js';
import { answerDisputes, type LoggedChange } from '../../src/model/assessment/index.js';
import { collect, textOf, within } from './fixtures.js';
import { assessment } from './assessment-fixture.js';

/** Waits for the element to render and for focus to move. */
async function settle(el: PracticeAssessment) {
  await el.updateComplete;
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
}

async function click(el: PracticeAssessment, target: HTMLElement) {
  target.click();
  await settle(el);
}

function byId<E extends HTMLElement>(el: PracticeAssessment, id: string): E {
  const found = el.shadowRoot!.getElementById(id) as E | null;
  if (!found) throw new Error(`no element #${id}`);
  return found;
}

function button(el: PracticeAssessment, text: string): HTMLButtonElement {
  const found = within<HTMLButtonElement>(el, 'button').find(
    (b) => b.textContent!.replace(/\s+/g, ' ').trim() === text,
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

/** The "Record a disagreement" button of the answer at `key`. */
function toggle(el: PracticeAssessment, key: string): HTMLButtonElement {
  return byId<HTMLButtonElement>(el, `dispute-${key}`);
}

/** The open editor of the answer at `key`: its region and fields (throws when it is closed). */
function editor(el: PracticeAssessment, key: string) {
  const region = byId<HTMLFieldSetElement>(el, `dispute-${key}-editor`);
  return {
    region,
    who: byId<HTMLSelectElement>(el, `dispute-${key}-by`),
    what: byId<HTMLTextAreaElement>(el, `dispute-${key}-text`),
    save: region.querySelector<HTMLButtonElement>('[data-action="save-dispute"]')!,
    cancel: region.querySelector<HTMLButtonElement>('[data-action="cancel-dispute"]')!,
  };
}

function isOpen(el: PracticeAssessment, key: string): boolean {
  return el.shadowRoot!.getElementById(`dispute-${key}-editor`) !== null;
}

/** Opens the editor of `key`, fills it in and saves. */
async function record_(el: PracticeAssessment, key: string, who: string, what: string) {
  await click(el, toggle(el, key));
  const fields = editor(el, key);
  fields.who.value = who;
  fields.what.value = what;
  await click(el, fields.save);
}

const KIM = 'I only raised my voice once. The children were asleep.';

/** The answer shown for a question label, in review (the first section). */
function shown(el: PracticeAssessment, label: string): string {
  const rows = within(el, '[part="section"] dl > [part="row"]');
  const row = rows.find((r) => r.querySelector('dt')!.textContent!.trim() === label);
  if (!row) throw new Error(`no row for ${label}`);
  return row.querySelector<HTMLElement>('dd')!.innerText.replace(/\s+/g, ' ').trim();
}

describe('<practice-assessment> disagreements', () => {
  it('is accessible with the editor open, with its errors, and with a disagreement shown', async () => {
    const el = await assessment();
    await click(el, toggle(el, 'reason'));
    await expect(el).to.be.accessible();
    await click(el, editor(el, 'reason').save);
    await expect(el).to.be.accessible();
    await click(el, editor(el, 'reason').cancel);
    await record_(el, 'reason', 'kim', KIM);
    await expect(el).to.be.accessible();
    el.mode = 'review';
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('offers "Record a disagreement" under answered questions, its fields only while open', async () => {
    const el = await assessment();
    const button = toggle(el, 'reason');
    expect(button.textContent!.trim()).to.equal('Record a disagreement');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.hasAttribute('aria-controls')).to.equal(false);
    expect(isOpen(el, 'reason')).to.equal(false);
    expect(el.shadowRoot!.getElementById('dispute-unanswered')).to.equal(null);
    // A group's items carry no button of their own: a disagreement is about the whole answer.
    expect(el.shadowRoot!.getElementById('dispute-adults')).to.exist;
    expect(el.shadowRoot!.getElementById('dispute-adults[0]/adult')).to.equal(null);

    await click(el, button);
    const expanded = toggle(el, 'reason');
    expect(expanded.getAttribute('aria-expanded')).to.equal('true');
    expect(expanded.getAttribute('aria-controls')).to.equal('dispute-reason-editor');
    const fields = editor(el, 'reason');
    expect(el.shadowRoot!.activeElement).to.equal(fields.who);
    const options = [...fields.who.options].map((o) => o.textContent!.trim());
    expect(options).to.include.members(['Not chosen', 'Kim Khan', 'Lee Owens', 'Asha Khan']);
    await click(el, expanded);
    expect(isOpen(el, 'reason')).to.equal(false);
  });

  it('records a disagreement alongside the answer, logs it and fires practice-dispute-change', async () => {
    const el = await assessment();
    const events = collect<PracticeDisputeChangeEvent>(el, 'practice-dispute-change');
    const before = el.value!.answers.reason!.value;
    await record_(el, 'reason', 'kim', KIM);

    const response = el.value!;
    expect(response.answers.reason!.value).to.equal(before);
    const [dispute] = answerDisputes(response, { question: 'reason' });
    expect(dispute).to.deep.include({ by: 'kim', text: KIM, recordedBy: 'worker-1' });
    const logged = response.changes!.at(-1) as LoggedChange;
    expect(logged).to.include({ question: 'reason', by: 'worker-1' });
    expect(logged.dispute!.new).to.deep.equal(dispute);
    expect(events).to.have.length(1);
    expect(events[0]!.key).to.equal('reason');
    expect(events[0]!.old).to.equal(undefined);
    expect(events[0]!.new).to.deep.equal(dispute);
    expect(events[0]!.response).to.equal(response);

    expect(textOf(el)).to.contain(`Disputed by Kim Khan (mother): ${KIM}`);
    expect(byId(el, 'announcer').textContent).to.equal('Disagreement recorded.');
    expect(isOpen(el, 'reason')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el, 'reason'));
  });

  it('asks for who disagrees and what they say, and records nothing without them', async () => {
    const el = await assessment();
    const changes = el.value!.changes?.length ?? 0;
    await click(el, toggle(el, 'reason'));
    editor(el, 'reason').what.value = 'Half written';
    await click(el, editor(el, 'reason').save);
    const messages = within(el, '.dispute-editor .error-message').map((m) =>
      m.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(messages).to.deep.equal(['Error: Select who disagrees']);
    const fields = editor(el, 'reason');
    expect(fields.who.getAttribute('aria-invalid')).to.equal('true');
    expect(fields.what.value).to.equal('Half written');
    expect(el.shadowRoot!.activeElement).to.equal(fields.who);
    fields.what.value = ' ';
    await click(el, fields.save);
    expect(within(el, '.dispute-editor .error-message')).to.have.length(2);
    expect(fields.what.getAttribute('aria-describedby')).to.equal(
      'dispute-reason-hint dispute-reason-text-error',
    );
    expect(el.value!.changes?.length ?? 0).to.equal(changes);
    await click(el, fields.cancel);
    expect(isOpen(el, 'reason')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el, 'reason'));
  });

  it('keeps what was chosen and typed, unsaved, while its fields leave the page', async () => {
    const el = await assessment();
    await click(el, toggle(el, 'reason'));
    const fields = editor(el, 'reason');
    const who = [...fields.who.options].find((o) => o.value !== '')!.value;
    fields.who.value = who;
    fields.who.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    fields.what.value = KIM;
    fields.what.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    el.mode = 'review';
    await settle(el);
    expect(isOpen(el, 'reason')).to.equal(false);
    el.mode = 'edit';
    await settle(el);
    const back = editor(el, 'reason');
    expect(back.who.value).to.equal(who);
    expect(back.what.value).to.equal(KIM);
    await click(el, back.cancel);
    await click(el, toggle(el, 'reason'));
    expect(editor(el, 'reason').what.value).to.equal('');
  });

  it('changes a disagreement, logging it before and after', async () => {
    const el = await assessment();
    await record_(el, 'reason', 'kim', KIM);
    const events = collect<PracticeDisputeChangeEvent>(el, 'practice-dispute-change');
    await click(el, button(el, 'Change Kim Khan’s disagreement'));
    const fields = editor(el, 'reason');
    expect(fields.region.querySelector('legend')!.textContent!.trim()).to.equal(
      'Change Kim Khan’s disagreement',
    );
    expect([fields.who.value, fields.what.value]).to.deep.equal(['kim', KIM]);
    expect(el.shadowRoot!.activeElement).to.equal(fields.who);
    fields.what.value = 'I raised my voice once.';
    await click(el, fields.save);

    const disputes = answerDisputes(el.value!, { question: 'reason' });
    expect(disputes.map((d) => [d.id, d.text])).to.deep.equal([
      ['dispute-1', 'I raised my voice once.'],
    ]);
    const logged = el.value!.changes!.at(-1) as LoggedChange;
    expect(logged.dispute!.old!.text).to.equal(KIM);
    expect(logged.dispute!.new!.text).to.equal('I raised my voice once.');
    expect(events[0]!.old!.text).to.equal(KIM);
    expect(byId(el, 'announcer').textContent).to.equal('Disagreement changed.');
    expect(isOpen(el, 'reason')).to.equal(false);
    // Open again for a new one: the fields are empty.
    await click(el, toggle(el, 'reason'));
    expect([editor(el, 'reason').who.value, editor(el, 'reason').what.value]).to.deep.equal([
      '',
      '',
    ]);
  });

  it('removes a disagreement, logging it as it was', async () => {
    const el = await assessment();
    await record_(el, 'reason', 'kim', KIM);
    const events = collect<PracticeDisputeChangeEvent>(el, 'practice-dispute-change');
    await click(el, button(el, 'Remove Kim Khan’s disagreement'));
    expect(answerDisputes(el.value!, { question: 'reason' })).to.deep.equal([]);
    expect(textOf(el)).not.to.contain('Disputed by');
    const logged = el.value!.changes!.at(-1) as LoggedChange;
    expect(logged.dispute!.old!.text).to.equal(KIM);
    expect(logged.dispute!.new).to.equal(undefined);
    expect(events[0]!.new).to.equal(undefined);
    expect(byId(el, 'announcer').textContent).to.equal('Disagreement removed.');
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el, 'reason'));
  });

  it('shows disagreements under their answers in review and print', async () => {
    const el = await assessment();
    await record_(el, 'reason', 'kim', KIM);
    await record_(el, 'visits', 'asha', 'Nobody came on Tuesday.');
    for (const mode of ['review', 'print'] as const) {
      el.mode = mode;
      await settle(el);
      expect(shown(el, 'Reason for assessment')).to.equal(
        `Referral from school about bruising. Second line. Disputed by Kim Khan (mother): ${KIM}`,
      );
      expect(shown(el, 'Visits made')).to.equal(
        '3 visits Disputed by Asha Khan (child): Nobody came on Tuesday.',
      );
      expect(within(el, '.disputes')).to.have.length(0);
    }
  });

  it('withholds a disagreement with its answer, and one by a person the audience may not see', async () => {
    const el = await assessment();
    await record_(el, 'reason', 'kim', KIM);
    await record_(el, 'reason', 'nia', 'They shout every night.');
    await record_(el, 'da-details', 'kim', 'He never pushed me.');
    el.setAttribute('audience', 'family');
    await settle(el);
    const reason = shown(el, 'Reason for assessment');
    expect(reason).to.contain(`Disputed by Kim Khan (mother): ${KIM}`);
    expect(reason).to.contain('Information withheld');
    expect(shown(el, 'Details of the domestic abuse')).to.equal('Information withheld');
    expect(answerDisputes(el.value!, { question: 'da-details' })).to.have.length(1);
    const text = textOf(el);
    expect(text).not.to.contain('They shout every night');
    expect(text).not.to.contain('He never pushed me');
    expect(text).not.to.contain('Nia');
  });

  it('offers no editor when the response cannot be changed', async () => {
    const el = await assessment({ disabled: true });
    expect(toggle(el, 'reason').matches(':disabled')).to.equal(true);
    el.disabled = false;
    el.mode = 'review';
    await settle(el);
    expect(within(el, '.dispute-editor')).to.have.length(0);
  });

  it('draws the disputes and dispute parts, inside their question', async () => {
    const el = await assessment();
    expect(within(el, '[part="disputes"], [part="dispute"]')).to.have.length(0);
    await record_(el, 'reason', 'kim', KIM);
    const [region] = within(el, '[part="disputes"]');
    expect(region).to.exist;
    // The disagreements belong to their question: in its part, after its control.
    const question = byId(el, 'f-reason').closest('[part="question"]')!;
    expect(region!.closest('[part="question"]')).to.equal(question);
    const disputes = within(el, '[part="dispute"]');
    expect(disputes).to.have.length(1);
    expect(disputes[0]!.textContent!.replace(/\s+/g, ' ')).to.contain(
      `Disputed by Kim Khan (mother): ${KIM}`,
    );
    expect(region!.contains(disputes[0]!)).to.equal(true);
    el.mode = 'review';
    await settle(el);
    expect(within(el, '[part="disputes"]')).to.have.length(0);
    expect(within(el, '[part="dispute"]').map((d) => d.textContent!.trim())).to.deep.equal([
      `Disputed by Kim Khan (mother): ${KIM}`,
    ]);
  });

  it('offers "Record a disagreement" once a typed answer is committed, not on the first key', async () => {
    const el = await assessment();
    const field = byId<HTMLInputElement>(el, 'f-unanswered');
    field.focus();
    await sendKeys({ type: 'H' });
    await settle(el);
    expect(el.value!.answers.unanswered!.value).to.equal('H');
    expect(el.shadowRoot!.getElementById('dispute-unanswered')).to.equal(null);
    await sendKeys({ type: 'eard shouting' });
    await settle(el);
    expect(el.shadowRoot!.getElementById('dispute-unanswered')).to.equal(null);
    // Leaving the field commits the answer (change, then focusout).
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(toggle(el, 'unanswered').textContent!.trim()).to.equal('Record a disagreement');
    // Typing into it again keeps the button; clearing it takes it away once the field is left.
    field.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' again' });
    await settle(el);
    expect(el.shadowRoot!.getElementById('dispute-unanswered')).to.exist;
    field.select();
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(el.value!.answers.unanswered).to.equal(undefined);
    expect(el.shadowRoot!.getElementById('dispute-unanswered')).to.exist;
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.shadowRoot!.getElementById('dispute-unanswered')).to.equal(null);
  });

  it('keeps the button of an answered choice as the choice changes', async () => {
    const el = await assessment();
    const button = toggle(el, 'domestic-abuse');
    const no = within<HTMLInputElement>(el, 'input[name="domestic-abuse"]').find(
      (r) => r.value === 'false',
    )!;
    await click(el, no);
    expect(el.value!.answers['domestic-abuse']!.value).to.equal(false);
    expect(toggle(el, 'domestic-abuse')).to.equal(button);
  });

  it('keeps disagreements in step as the answer and the disagreements change', async () => {
    const el = await assessment();
    await record_(el, 'reason', 'kim', KIM);
    const field = byId<HTMLTextAreaElement>(el, 'f-reason');
    field.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' More.' });
    await settle(el);
    expect(el.value!.answers.reason!.value).to.match(/ More\.$/);
    const listed = () =>
      within(el, '[part="dispute"] p').map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(listed()).to.deep.equal([`Disputed by Kim Khan (mother): ${KIM}`]);
    await record_(el, 'reason', 'asha', 'Mum never shouts.');
    expect(listed()).to.deep.equal([
      `Disputed by Kim Khan (mother): ${KIM}`,
      'Disputed by Asha Khan (child): Mum never shouts.',
    ]);
    await click(el, button(el, 'Change Asha Khan’s disagreement'));
    editor(el, 'reason').what.value = 'Mum hardly ever shouts.';
    await click(el, editor(el, 'reason').save);
    expect(listed()[1]).to.equal('Disputed by Asha Khan (child): Mum hardly ever shouts.');
    await click(el, button(el, 'Remove Kim Khan’s disagreement'));
    expect(listed()).to.deep.equal(['Disputed by Asha Khan (child): Mum hardly ever shouts.']);
    // A disagreement is kept when its answer is cleared: the button stays with it.
    field.value = '';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(listed()).to.have.length(1);
    expect(toggle(el, 'reason')).to.exist;
    await expect(el).to.be.accessible();
  });
});
