import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { CaseRecordInput, FuzzyDate } from '../src/index.js';
import { generateCase, SAMPLE_TODAY, sampleCase, sampleModel } from '../src/samples/index.js';
import { optional, viewArgs, viewArgTypes, type ViewArgs } from './support/args.js';
import { expectHostileStringsAsText } from './support/assertions.js';
import { largeCase } from './support/large-case.js';
import { emptyRecord, invalidModel, withHostileStrings } from './support/variants.js';

interface TimelineArgs extends ViewArgs {
  view: 'timeline' | 'table' | 'court';
  'significant-only': boolean;
  'court-years': number;
  /** First day shown, `YYYY-MM-DD`, or `''` for the whole journey. */
  from: string;
  /** Last day shown, `YYYY-MM-DD`. */
  to: string;
}

/** Renders `<practice-timeline>` alone, with its own `.model` and `.record`. */
function timeline(model: unknown, record: unknown | (() => unknown)) {
  return (args: TimelineArgs): TemplateResult =>
    html`<practice-timeline
      .model=${model}
      .record=${typeof record === 'function' ? (record as () => unknown)() : record}
      audience=${ifDefined(optional(args.audience))}
      locale=${args.locale}
      today=${args.today}
      view=${args.view}
      court-years=${args['court-years']}
      from=${ifDefined(optional(args.from))}
      to=${ifDefined(optional(args.to))}
      ?significant-only=${args['significant-only']}
    ></practice-timeline>`;
}

/** One entry of every event type of the sample model, so every lane and kind of entry shows. */
function everyKind(): CaseRecordInput {
  const child = sampleCase.index ?? sampleCase.subjects[0] ?? '';
  const events = sampleModel.eventTypes.map((type, i) => {
    const month = String((i % 12) + 1).padStart(2, '0');
    const year = 2020 + Math.floor(i / 12);
    const date = `${year}-${month}-10`;
    return {
      id: `kind-${type.id}`,
      type: type.id,
      date,
      ...(type.kind === 'period' ? { end: `${year + 1}-${month}-09` } : {}),
      title: `Example: ${type.id.replace(/-/g, ' ')}`,
      persons: [child],
    };
  });
  return { ...(sampleCase as CaseRecordInput), events };
}

/** Dates written as they were known: a year, a month, "about", "before", "after", "between". */
function uncertainDates(): CaseRecordInput {
  const child = sampleCase.index ?? sampleCase.subjects[0] ?? '';
  const dates: [string, FuzzyDate, FuzzyDate | undefined][] = [
    ['house-move', '2016', undefined],
    ['family-event', '2017-05', undefined],
    ['police-call-out', { date: '2018-03', qualifier: 'about' }, undefined],
    ['hospital-attendance', { date: '2019-02-14', qualifier: 'before' }, undefined],
    ['school-exclusion', { date: '2019-09', qualifier: 'after' }, undefined],
    ['family-event', { date: '2020-03', qualifier: 'between', until: '2020-06' }, undefined],
    ['early-help-episode', { date: '2020-09', qualifier: 'about' }, '2021'],
    ['placement', '2021-04-01', { date: '2022', qualifier: 'about' }],
  ];
  return {
    ...(sampleCase as CaseRecordInput),
    events: dates.map(([type, date, end], i) => ({
      id: `uncertain-${i}`,
      type,
      date,
      ...(end === undefined ? {} : { end }),
      title: `Recorded as ${typeof date === 'string' ? date : `${date.qualifier} ${date.date}`}`,
      persons: [child],
    })),
  };
}

/**
 * The sample case with the extension of its care proceedings recorded as the timeline reads it:
 * the hearing that granted it says the day the court extended the timetable to (`extendedTo`).
 */
function extensionRecorded(): CaseRecordInput {
  return {
    ...(sampleCase as CaseRecordInput),
    events: (sampleCase.events ?? []).map((event) =>
      event.attributes?.stage === 'extension'
        ? { ...event, attributes: { ...event.attributes, extendedTo: '2025-09-30' } }
        : event,
    ),
  };
}

/** The shadow root of the story's `<practice-timeline>`, once it has rendered. */
async function timelineRoot(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const element = canvasElement.querySelector('practice-timeline');
  await waitFor(() => expect(element?.shadowRoot?.querySelector('[part="count"]')).toBeTruthy());
  return element?.shadowRoot as ShadowRoot;
}

let hundredThousand: CaseRecordInput | undefined;

/** A generated journey of 100,000 entries (seeded: the same every time), made on first use. */
function journeyOf100000(): CaseRecordInput {
  hundredThousand ??= generateCase({ seed: 7, persons: 60, events: 100_000 });
  return hundredThousand;
}

/**
 * The child's journey: a zoomable timeline of every entry on the practice model's lanes, the
 * statutory clocks and the proceedings timetable, the chronology table and the court
 * chronology, for the sample case (the Hollis-Carver family, November 2023 to November 2026).
 * Each story gives the element its own `.model` and `.record`; inside `<practice-case>` it takes
 * them from the provider and follows the family view's selection (see "Example case record").
 */
const meta: Meta<TimelineArgs> = {
  title: 'Timeline',
  component: 'practice-timeline',
  args: {
    ...viewArgs,
    view: 'timeline',
    'significant-only': false,
    'court-years': 2,
    from: '',
    to: '',
  },
  argTypes: {
    ...viewArgTypes,
    view: {
      control: 'inline-radio',
      options: ['timeline', 'table', 'court'],
      description: 'The view shown: the drawing, the chronology table or the court chronology.',
    },
    'significant-only': { control: 'boolean', description: 'Show significant entries only.' },
    'court-years': { control: 'number', description: 'Years the court chronology covers.' },
    from: { control: 'text', description: 'First day shown, YYYY-MM-DD (empty: whole journey).' },
    to: { control: 'text', description: 'Last day shown, YYYY-MM-DD.' },
  },
  render: timeline(sampleModel, sampleCase),
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** The whole journey of the sample case, with the statutory clocks as of 25 November 2026. */
export const Default: Story = {};

/**
 * The same entries as an accessible table: sortable columns, pages, every chronology field, and a
 * "Details" button on each row that opens the entry as its mark in the drawing does.
 */
export const Table: Story = { args: { view: 'table' } };

/** A row's "Details" button opens the entry; Close or Escape returns to the button. */
export const TableDetails: Story = {
  name: 'Table: an entry’s details',
  args: { view: 'table' },
  play: async ({ canvasElement }) => {
    const root = await timelineRoot(canvasElement);
    const button = root.querySelector<HTMLButtonElement>('button.open-details');
    await expect(button?.getAttribute('aria-label')).toMatch(/^Details of /);
    button?.click();
    await waitFor(() => expect(root.querySelector('dialog')?.open).toBe(true));
  },
};

/** The court chronology: significant entries of the last two years, numbered (PD12A style). */
export const CourtChronology: Story = { name: 'Court chronology', args: { view: 'court' } };

/** "Significant events only", as for a court or panel chronology. */
export const SignificantOnly: Story = {
  name: 'Significant events only',
  args: { 'significant-only': true },
};

/** One entry of every type: every lane (the looked-after lane with its sub-lanes) and kind. */
export const EveryLaneAndKind: Story = {
  name: 'Every lane and kind of entry',
  render: timeline(sampleModel, everyKind),
};

/**
 * The looked-after years, seen on 1 March 2027: visits met on time and late, visits now overdue,
 * the visit clock restarting at each placement move, and the proceedings timetable with its
 * extension. Under the drawing, "timescales met late or overdue" lists each one in words.
 */
export const StatutoryClocks: Story = {
  name: 'Statutory clocks',
  render: timeline(sampleModel, extensionRecorded),
  args: { today: '2027-03-01', from: '2024-12-01', to: '2027-03-31' },
};

/**
 * Care proceedings issued 18 February 2025, due to conclude within 26 weeks (the model's rule) by
 * 19 August; on 12 August the court extended the timetable to 30 September, and they concluded
 * that day, in week 32: the extension is drawn after the 26 weeks, dotted, up to a bar at the day
 * it runs to, so nothing shows as late.
 */
export const ProceedingsExtended: Story = {
  name: 'Proceedings extended by the court',
  render: timeline(sampleModel, extensionRecorded),
  args: { from: '2025-01-01', to: '2025-12-31' },
  play: async ({ canvasElement }) => {
    const root = await timelineRoot(canvasElement);
    await waitFor(() => expect(root.querySelector('.proceedings .extension')).toBeTruthy());
    await expect(root.querySelector('.proceedings .over')).toBeNull();
  },
};

/** Dates known only roughly are drawn as fuzzy bands over every day they may mean. */
export const UncertainDates: Story = {
  name: 'Uncertain dates',
  render: timeline(sampleModel, uncertainDates),
  args: { from: '2015-06-01', to: '2023-01-01' },
};

/**
 * What the family may see: third-party information, restricted entries and confidential
 * addresses are "Information withheld" or removed, in the drawing, the tables and every export.
 */
export const RedactedForFamily: Story = {
  name: 'Redacted for the family',
  args: { audience: 'family' },
};

/** The court's view of the court chronology: confidential addresses and restricted entries hidden. */
export const RedactedForCourt: Story = {
  name: 'Court chronology for the court',
  args: { audience: 'court', view: 'court' },
};

/** The same journey in Welsh: interface text from the Welsh messages, labels from the model. */
export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  args: { locale: 'cy' },
};

/** Markup, script, bidirectional overrides and very long text in every field render as text. */
export const HostileStrings: Story = {
  name: 'Hostile strings',
  render: timeline(sampleModel, withHostileStrings(sampleCase, sampleModel)),
  args: { view: 'table' },
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
  render: timeline(sampleModel, largeCase),
};

/**
 * 100,000 entries over three years: dense stretches are drawn as clusters (Enter or a click zooms
 * in), so the page holds under 3,000 elements however far you zoom or pan. Takes a few seconds to
 * generate and validate.
 */
export const HundredThousand: Story = {
  name: '100,000 entries',
  tags: ['!autodocs'],
  args: { today: SAMPLE_TODAY },
  render: timeline(sampleModel, journeyOf100000),
};
