import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PracticeCase } from '../../src/components/case/case.js';
import { renderIssueList } from '../../src/components/shared/states.js';
import type { PracticeTimeline } from '../../src/components/timeline/timeline.js';
import { cy, enGB, Localiser } from '../../src/i18n/index.js';
import { issue } from '../../src/model/index.js';
import { brokenModelInput, model, recordInput, settled, TODAY, within } from './fixtures.js';

/** The record with one event whose type the model does not define. */
const recordWithUnknownType = {
  ...recordInput,
  events: [{ id: 'odd', type: 'no-such-type', date: '2024-01-02' }, ...(recordInput.events ?? [])],
};

const listItems = (element: Element) =>
  within(element, '[part="issues"] li').map((li) => (li.textContent ?? '').replace(/\s+/g, ' '));

describe('problem messages in the page’s language', () => {
  it('is accessible in Welsh', async () => {
    const el = await fixture<PracticeTimeline>(
      html`<practice-timeline
        locale="cy"
        today=${TODAY}
        .model=${model}
        .record=${recordWithUnknownType}
      ></practice-timeline>`,
    );
    await settled(el);
    within<HTMLDetailsElement>(el, 'details[part="record-notice"]')[0]!.open = true;
    await expect(el).to.be.accessible();
  });

  it('lists a record’s unknown event type in Welsh in a Welsh view', async () => {
    const el = await fixture<PracticeTimeline>(
      html`<practice-timeline
        locale="cy"
        today=${TODAY}
        .model=${model}
        .record=${recordWithUnknownType}
      ></practice-timeline>`,
    );
    await settled(el);
    const notice = within(el, 'details[part="record-notice"]')[0]!;
    expect(notice.closest('[lang]')?.getAttribute('lang')).to.equal('cy');
    const [line] = listItems(el);
    // The precise sentence when the reader gives the type, the general one until then: Welsh both.
    expect(line).to.match(/^events\[0\]\.type: mae’n cyfeirio at /);
    expect([
      'events[0].type: mae’n cyfeirio at y math o ddigwyddiad “no-such-type”, nad yw’r model ymarfer yn ei ddiffinio',
      `events[0].type: ${cy['issue.dangling-reference']}`,
    ]).to.include(line);
    expect(line).not.to.contain('refers to');
    expect(within(notice, '[lang="en"]')).to.have.length(0);
  });

  it('shows the same problem in English in an English view', async () => {
    const el = await fixture<PracticeTimeline>(
      html`<practice-timeline
        today=${TODAY}
        .model=${model}
        .record=${recordWithUnknownType}
      ></practice-timeline>`,
    );
    await settled(el);
    expect(listItems(el)[0]).to.equal(
      'events[0].type: refers to event type "no-such-type", which the practice model does not define',
    );
  });

  it('names the problem in a rejected model in Welsh, with the likely intended id', async () => {
    const el = await fixture<PracticeCase>(
      html`<practice-case locale="cy" .model=${brokenModelInput()}></practice-case>`,
    );
    await settled(el);
    const alert = within(el, '[role="alert"]')[0]!;
    expect(alert.getAttribute('lang') ?? alert.closest('[lang]')?.getAttribute('lang')).to.equal(
      'cy',
    );
    expect(listItems(el)).to.deep.equal(['eventTypes[0].lane: nid oes maes “no-such-lane”']);
  });

  it('lists a case’s record problems in Welsh from the provider', async () => {
    const el = await fixture<PracticeCase>(
      html`<practice-case
        locale="cy"
        today=${TODAY}
        .model=${model}
        .record=${{ ...recordWithUnknownType, persons: [...recordInput.persons, { id: 'bad id!' }] }}
      ></practice-case>`,
    );
    await settled(el);
    const lines = listItems(el);
    expect(lines).to.include(
      `persons[${recordInput.persons.length}].id: ${cy['issue.invalid-format.identifier']}`,
    );
    expect(lines.some((l) => l.startsWith('events[0].type: mae’n cyfeirio at'))).to.equal(true);
  });

  it('marks a message it cannot translate as English (WCAG 3.1.2), and only in another language', async () => {
    const problems = [
      issue(['persons', 0, 'school'], 'host-rule', 'is required by the council'),
      issue([], 'host-rule', 'is from last year'),
      issue(['lanes', 1, 'parent'], 'cycle', '...', { lane: 'care' }),
    ];
    const welsh = await fixture(
      html`<div lang="cy">${renderIssueList(problems, new Localiser('cy', cy))}</div>`,
    );
    await expect(welsh).to.be.accessible();
    const items = [...welsh.querySelectorAll('li')];
    const marked = items[0]!.querySelector('span[lang="en"]');
    expect(marked?.textContent).to.equal('is required by the council');
    expect(items[0]!.textContent).to.equal('persons[0].school: is required by the council');
    expect(items[1]!.textContent).to.equal('y ddogfen gyfan: is from last year');
    expect(items[1]!.querySelector('span[lang="en"]')).to.not.equal(null);
    expect(items[2]!.textContent).to.equal(
      'lanes[1].parent: mae’r maes “care” wedi’i nythu ynddo’i hun',
    );
    expect(items[2]!.querySelector('[lang]')).to.equal(null);

    const english = await fixture(
      html`<div lang="en-GB">${renderIssueList(problems, new Localiser('en-GB', enGB))}</div>`,
    );
    expect(english.querySelectorAll('[lang="en"]')).to.have.length(0);
    expect(english.querySelector('li')?.textContent).to.equal(
      'persons[0].school: is required by the council',
    );
  });

  it('keeps the message a text even when the issue holds markup', async () => {
    const hostile = issue(['events', 0], 'host-rule', '<img src=x onerror="alert(1)">');
    const el = await fixture(
      html`<div>${renderIssueList([hostile], new Localiser('cy', cy))}</div>`,
    );
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('li')?.textContent).to.contain('<img src=x');
  });
});
