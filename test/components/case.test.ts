import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PracticeCase } from '../../src/components/case/case.js';
import { defineElement } from '../../src/components/shared/define-element.js';
import { PracticeTimeline } from '../../src/components/timeline/timeline.js';
import { caseContext, type CaseContextValue } from '../../src/context/case-context.js';
import { PracticeInvalidEvent } from '../../src/events/invalid.js';
import { PracticeSelectEvent } from '../../src/events/select.js';
import { PracticeRecordChangeEvent } from '../../src/events/record-change.js';
import { localToday } from '../../src/controllers/today.js';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import { VERSION } from '../../src/version.js';
import { SAMPLE_TODAY, sampleCase, sampleModel } from '../../src/samples/index.js';
import {
  brokenModelInput,
  model,
  modelInput,
  record,
  recordInput,
  settled,
  textOf,
  TODAY,
  within,
} from './fixtures.js';

/** A bare consumer of the case context, to see exactly what the provider shares. */
class ContextProbe extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: caseContext, subscribe: true });
  get value(): CaseContextValue | undefined {
    return this.consumer.value;
  }
}
customElements.define('context-probe', ContextProbe);

async function provider(
  props: Partial<PracticeCase> = {},
): Promise<{ el: PracticeCase; probe: ContextProbe }> {
  const el = await fixture<PracticeCase>(
    html`<practice-case today=${TODAY}>
      <context-probe></context-probe>
    </practice-case>`,
  );
  Object.assign(el, { model, record, ...props });
  await el.updateComplete;
  return { el, probe: el.querySelector('context-probe') as ContextProbe };
}

async function everything(props: Partial<PracticeCase> = {}) {
  const el = await fixture<PracticeCase>(
    html`<practice-case .model=${model} .record=${record} today=${TODAY}>
      <practice-genogram></practice-genogram>
      <practice-timeline></practice-timeline>
      <practice-assessment></practice-assessment>
    </practice-case>`,
  );
  Object.assign(el, props);
  const views = [
    ...el.querySelectorAll<LitElement>('practice-genogram, practice-timeline, practice-assessment'),
  ];
  await settled(el, ...views);
  const [genogram, timeline, assessment] = views as [LitElement, PracticeTimeline, LitElement];
  return { el, genogram, timeline, assessment };
}

describe('<practice-case>', () => {
  describe('accessibility', () => {
    it('is accessible with its views', async () => {
      const { el } = await everything();
      await expect(el).to.be.accessible();
    });

    it('is accessible when the model is rejected', async () => {
      const { el } = await everything({ model: brokenModelInput() });
      expect(within(el, '[role="alert"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('is accessible for a redacted audience and with the sample case', async function () {
      // axe over the whole sample case is slow on a busy machine; not a timing assertion.
      this.timeout(60_000);
      const { el } = await everything({ audience: 'family' });
      await expect(el).to.be.accessible();
      const sample = await everything({
        model: sampleModel,
        record: sampleCase,
        today: SAMPLE_TODAY,
      });
      await expect(sample.el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('shares the validated model, the record and resolved messages', async () => {
      const { probe } = await provider();
      const value = probe.value!;
      expect(value.model?.id).to.equal('test-model');
      expect(value.record?.id).to.equal('case-1');
      expect(value.modelIssues).to.deep.equal([]);
      expect(value.locale).to.equal('en-GB');
      expect(value.messages['timeline.caption']).to.equal('Chronology');
      expect(value.today).to.equal(TODAY);
      expect(value.selection).to.equal(undefined);
    });

    it('defaults today to the local date and the division to the record’s or model’s', async () => {
      const el = await fixture<PracticeCase>(html`<practice-case .model=${model}></practice-case>`);
      expect(el.today).to.equal(localToday());
      expect(el.division).to.equal('england-and-wales');
      expect(el.getAttribute('division')).to.equal('england-and-wales');
      el.record = { ...recordInput, division: 'scotland' };
      await el.updateComplete;
      expect(el.division).to.equal('scotland');
      expect(el.getAttribute('division')).to.equal('scotland');
    });

    it('renders its slot and no notice when all is well', async () => {
      const { el } = await provider();
      expect(within(el, 'slot')).to.have.length(1);
      expect(within(el, '.notices')[0]!.children).to.have.length(0);
    });

    it('says so, without an alert, while no model has been given', async () => {
      const el = await fixture<PracticeCase>(html`<practice-case></practice-case>`);
      expect(textOf(el)).to.equal('No practice model has been provided.');
      expect(within(el, '[role="alert"]')).to.have.length(0);
    });
  });

  describe('properties', () => {
    it('shares a new value when the locale, audience, messages or division change', async () => {
      const { el, probe } = await provider();
      el.locale = 'cy';
      el.audience = 'family';
      el.messages = { 'timeline.showAll': 'Pawb' };
      el.division = 'northern-ireland';
      await el.updateComplete;
      const value = probe.value!;
      expect(value.locale).to.equal('cy');
      expect(value.audience).to.equal('family');
      expect(value.messages['timeline.caption']).to.equal('Cronoleg');
      expect(value.messages['timeline.showAll']).to.equal('Pawb');
      expect(value.division).to.equal('northern-ireland');
      expect(el.getAttribute('division')).to.equal('northern-ireland');
    });

    it('passes locale, messages and audience on to every view', async () => {
      const { timeline, genogram } = await everything({
        locale: 'cy',
        messages: { 'timeline.caption': 'Taith y plentyn' },
      });
      expect(within(timeline, 'caption')[0]!.textContent!.trim()).to.equal('Taith y plentyn');
      expect(within(genogram, 'h2')[0]!.textContent!.trim()).to.equal(
        'Aelodau’r teulu a pherthnasoedd',
      );
    });

    it('lets a view’s own property win over the context', async () => {
      const { el, timeline } = await everything();
      timeline.locale = 'cy';
      await timeline.updateComplete;
      expect(within(timeline, 'caption')[0]!.textContent!.trim()).to.equal('Cronoleg');
      expect(el.locale).to.equal('en-GB');
      timeline.record = { ...recordInput, events: [] };
      await timeline.updateComplete;
      expect(textOf(timeline)).to.contain('Nid oes cofnodion i’w dangos.');
    });

    it('ignores a division that does not exist', async () => {
      const { el } = await provider({ division: 'atlantis' as never });
      expect(el.division).to.equal('england-and-wales');
    });
  });

  describe('events', () => {
    it('applies a record change from a view, so every view shows it, and lets it reach the host', async () => {
      const { el, genogram, timeline } = await everything();
      const heard: PracticeRecordChangeEvent[] = [];
      const listener = (e: Event) => heard.push(e as PracticeRecordChangeEvent);
      document.addEventListener(PracticeRecordChangeEvent.eventName, listener);
      try {
        const newcomer = { id: 'newcomer', name: { given: 'Zebedee', family: 'Quill' } };
        const next = { ...record, persons: [...record.persons, newcomer] };
        const empty = { persons: [], relationships: [], households: [] };
        genogram.dispatchEvent(
          new PracticeRecordChangeEvent(
            {
              action: 'add-child',
              added: { ...empty, persons: [newcomer] },
              updated: empty,
              removed: empty,
            },
            next,
          ),
        );
        await settled(el, genogram, timeline);
        expect(heard).to.have.length(1);
        expect(el.record).to.equal(next);
        expect(textOf(genogram)).to.contain('Zebedee');
      } finally {
        document.removeEventListener(PracticeRecordChangeEvent.eventName, listener);
      }
    });

    it('announces a rejected model with practice-invalid and lists its issues by path', async () => {
      const events: PracticeInvalidEvent[] = [];
      const el = await fixture<PracticeCase>(
        html`<practice-case
          .model=${brokenModelInput()}
          .record=${record}
          @practice-invalid=${(e: PracticeInvalidEvent) => events.push(e)}
        ></practice-case>`,
      );
      expect(events).to.have.length(1);
      expect(events[0]).to.be.instanceOf(PracticeInvalidEvent);
      expect(events[0]!.source).to.equal('model');
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      const alert = within(el, '[role="alert"]')[0]!;
      expect(alert.querySelector('h2')!.textContent!.trim()).to.equal('The case cannot be shown');
      expect(alert.textContent).to.contain('eventTypes[0].lane');
    });

    it('announces record problems, shown in a collapsible notice rather than an alert', async () => {
      const events: PracticeInvalidEvent[] = [];
      const el = await fixture<PracticeCase>(
        html`<practice-case
          .model=${model}
          .record=${{ ...recordInput, persons: [...recordInput.persons, { id: 'bad id!' }] }}
          @practice-invalid=${(e: PracticeInvalidEvent) => events.push(e)}
        ></practice-case>`,
      );
      expect(events.map((e) => e.source)).to.deep.equal(['record']);
      expect(within(el, '[role="alert"]')).to.have.length(0);
      const notice = within<HTMLDetailsElement>(el, 'details[part="record-notice"]')[0]!;
      expect(notice.open).to.equal(false);
      expect(notice.textContent).to.contain('persons[6]');
    });

    it('follows practice-select from any descendant', async () => {
      const { el, probe } = await provider();
      probe.dispatchEvent(new PracticeSelectEvent('ben'));
      await el.updateComplete;
      expect(el.selection).to.equal('ben');
      expect(probe.value!.selection).to.equal('ben');
      probe.value!.select(undefined);
      await el.updateComplete;
      expect(probe.value!.selection).to.equal(undefined);
    });

    it('makes the timeline follow a person selected in the genogram', async () => {
      const { el, genogram, timeline } = await everything();
      const ben = within<HTMLButtonElement>(genogram, 'button[part="person-button"]').find((b) =>
        b.textContent!.includes('Ben Khan'),
      )!;
      ben.click();
      await settled(el, genogram, timeline);
      expect(el.selection).to.equal('ben');
      expect(ben.getAttribute('aria-pressed')).to.equal('true');
      expect(within(timeline, 'table[part="table"] tbody tr')).to.have.length(2);
      expect(textOf(within(timeline, '[part="filter"]')[0]!)).to.contain('Ben Khan');
      // "Show all" in the timeline clears the selection everywhere.
      within(timeline, '[part="filter"] button')[0]!.click();
      await settled(el, genogram, timeline);
      expect(el.selection).to.equal(undefined);
      expect(ben.getAttribute('aria-pressed')).to.equal('false');
      expect(within(timeline, 'table[part="table"] tbody tr')).to.have.length(5);
    });
  });

  describe('redaction', () => {
    it('never shows a confidential address or a third-party entry to the family, in any view', async () => {
      const { genogram, timeline, assessment } = await everything({ audience: 'family' });
      for (const view of [genogram, timeline, assessment]) {
        const text = textOf(view);
        expect(text, view.localName).not.to.contain('Hidden Lane');
        expect(text, view.localName).not.to.contain('AB1 2CD');
        expect(text, view.localName).not.to.contain('Neighbour reported shouting');
        expect(text, view.localName).not.to.contain('Nia Neighbour');
        expect(text, view.localName).not.to.contain('Heard shouting most nights');
        expect(text, view.localName).not.to.contain('A secret from a friend');
      }
      expect(textOf(timeline)).to.contain('Information withheld');
    });

    it('never shows the sample case’s confidential addresses or third-party entries to the family', async () => {
      const { genogram, timeline, assessment } = await everything({
        model: sampleModel,
        record: sampleCase,
        today: SAMPLE_TODAY,
        audience: 'family',
      });
      const secrets = [
        ...(sampleCase.households ?? [])
          .filter((h) => h.address?.confidential)
          .map((h) => h.address!.text),
        ...(sampleCase.events ?? [])
          .filter((e) => e.sensitivity?.tags.includes('third-party') && e.title)
          .map((e) => e.title!),
      ];
      expect(secrets.length).to.be.greaterThan(0);
      for (const view of [genogram, timeline, assessment]) {
        for (const secret of secrets) expect(textOf(view), view.localName).not.to.contain(secret);
      }
    });
  });

  describe('bad input', () => {
    it('never throws into the host for nonsense input', async () => {
      const { el, timeline } = await everything({ model: 'nonsense', record: 42 });
      expect(textOf(el)).to.contain('The case cannot be shown');
      expect(textOf(timeline)).to.equal(
        'This information cannot be shown because the practice model has problems.',
      );
    });

    it('shows at most 20 issues and counts the rest', async () => {
      const many = structuredClone(modelInput) as typeof modelInput & {
        eventTypes: { lane: string }[];
      };
      many.eventTypes = [
        ...many.eventTypes,
        ...Array.from({ length: 25 }, (_, i) => ({
          id: `t${i}`,
          label: 'T',
          kind: 'point' as const,
          category: 'other' as const,
          lane: 'nowhere',
        })),
      ];
      const { el } = await provider({ model: many });
      const alert = within(el, '[role="alert"]')[0]!;
      expect(alert.querySelectorAll('li')).to.have.length(20);
      expect(alert.textContent).to.contain('and 5 more problems');
    });

    it('gives a clear error naming the path when the model is the wrong kind of thing', async () => {
      const { el } = await provider({ model: [] });
      expect(textOf(el)).to.contain('the whole document');
    });
  });
});

describe('registration', () => {
  it('warns, naming the tag and our version, instead of throwing when defined twice', async () => {
    // Another copy of the library, of another version, got there first.
    class Other extends HTMLElement {
      static readonly version = '9.9.9';
    }
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => defineElement('practice-timeline', PracticeTimeline)).not.to.throw();
      // Running a registration module again (another bundle's copy) does the same.
      // The dev server serves the TypeScript source; the query makes it a new module instance.
      const again = `../../src/components/timeline/practice-timeline.ts?copy=${Date.now()}`;
      await import(/* @vite-ignore */ again);
      customElements.define('practice-elsewhere', Other);
      defineElement('practice-elsewhere', PracticeTimeline);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(3);
    expect(String(warnings[0]![0])).to.contain('<practice-timeline>');
    expect(String(warnings[0]![0])).to.contain(VERSION);
    expect(String(warnings[1]![0])).to.contain('<practice-timeline>');
    expect(String(warnings[2]![0])).to.contain('9.9.9');
    expect(String(warnings[2]![0])).to.contain(VERSION);
    expect(customElements.get('practice-elsewhere')).to.equal(Other);
  });

  it('finds a provider that is defined after its views', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<late-case><practice-timeline></practice-timeline></late-case>';
    document.body.append(host);
    try {
      const timeline = host.querySelector('practice-timeline') as PracticeTimeline;
      await timeline.updateComplete;
      expect(textOf(timeline)).to.equal('No practice model has been provided.');
      const { PracticeCase } = await import('../../src/components/case/case.js');
      customElements.define('late-case', class extends PracticeCase {});
      const late = host.querySelector('late-case') as PracticeCase;
      late.model = model;
      late.record = record;
      await late.updateComplete;
      await timeline.updateComplete;
      expect(within(timeline, 'table[part="table"] tbody tr').length).to.be.greaterThan(0);
    } finally {
      host.remove();
    }
  });
});
