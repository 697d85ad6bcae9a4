import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { GenogramMode } from '../src/components/genogram/genogram.js';
import type { PracticeRecordChangeEvent } from '../src/components/genogram/genogram.events.js';
import { definePracticeModel, type PracticeModel } from '../src/model/index.js';
import { generateCase, sampleCase, sampleModel } from '../src/samples/index.js';
import type { PracticeSelectEvent } from '../src/index.js';
import { optional, viewArgs, viewArgTypes, type ViewArgs } from './support/args.js';
import { largeCase } from './support/large-case.js';
import { expectHostileStringsAsText } from './support/assertions.js';
import { notationModel, notationRecord } from './support/notation-sheet.js';
import { emptyRecord, invalidModel, withHostileStrings } from './support/variants.js';

interface GenogramArgs extends ViewArgs {
  /** `genogram` or `ecomap`. */
  mode: GenogramMode;
  /** Offer adding, editing and removing people and relationships. */
  editable: boolean;
  /** Logged in the Actions panel: the id of the person chosen (or `undefined`). */
  onSelect: (personId: string | undefined) => void;
  /** Logged in the Actions panel: what an edit changed (`practice-record-change`). */
  onChange: (change: PracticeRecordChangeEvent['change']) => void;
}

/** Renders `<practice-genogram>` alone, with its own `.model` and `.record`. */
function genogram(model: unknown, record: unknown) {
  return (args: GenogramArgs): TemplateResult =>
    html`<practice-genogram
      .model=${model}
      .record=${record}
      mode=${args.mode}
      ?editable=${args.editable}
      audience=${ifDefined(optional(args.audience))}
      locale=${args.locale}
      today=${args.today}
      @practice-select=${(event: PracticeSelectEvent) => args.onSelect(event.personId)}
      @practice-record-change=${(event: PracticeRecordChangeEvent) => args.onChange(event.change)}
    ></practice-genogram>`;
}

/** The sample model drawn in another notation profile. */
function withProfile(profile: 'nsgc' | 'mcgoldrick' | 'ics'): PracticeModel {
  return definePracticeModel({
    ...sampleModel,
    genogram: { ...sampleModel.genogram, notation: profile },
  });
}

let bigFamily: unknown;
/** 2,000 people in families over several generations (seeded: the same every time). */
function twoThousand(): unknown {
  bigFamily ??= generateCase({ seed: 4, persons: 2_000, events: 0 });
  return bigFamily;
}

/**
 * The family as a genogram in standard notation, above its text equivalent (people by
 * generation with their relationships, and households), which is also the print appendix.
 *
 * Zoom and pan with the buttons, Ctrl or ⌘ with the wheel, a pinch, dragging, or the keyboard
 * (+, −, 0, Shift with the arrow keys). Tab to the drawing, then move along family lines with the
 * arrow keys (up to a parent, down to a child, left and right along the row, through couple
 * lines); Enter opens a person's details, Space selects them (see the Actions panel).
 */
const meta: Meta<GenogramArgs> = {
  title: 'Genogram',
  component: 'practice-genogram',
  args: { ...viewArgs, mode: 'genogram', editable: false, onSelect: fn(), onChange: fn() },
  argTypes: {
    ...viewArgTypes,
    mode: { control: 'inline-radio', options: ['genogram', 'ecomap'] },
    editable: { control: 'boolean' },
    onSelect: { table: { disable: true } },
    onChange: { table: { disable: true } },
  },
  render: genogram(sampleModel, sampleCase),
};
export default meta;

type Story = StoryObj<GenogramArgs>;

/**
 * The Hollis-Carver family: three generations, Kelly's two partnerships, twins, a pregnancy, a
 * kinship carer and a foster carer, emotional relationships and households (McGoldrick notation).
 */
export const Default: Story = {};

/**
 * Every symbol and line the genogram draws, in one invented family: sex and gender apart (a
 * non-binary person and a trans man, "AFAB" under their symbols), a death, the index child,
 * pregnancy, miscarriage, termination and stillbirth, identical and non-identical twins,
 * adoption, fostering, step, kinship care, special guardianship, donor and surrogacy, every
 * couple line and status, a consanguineous couple, every emotional line, and two households.
 * The legend lists exactly what is drawn.
 */
export const NotationSheet: Story = {
  name: 'Notation sheet',
  render: genogram(notationModel, notationRecord),
};

/** The NSGC profile: a death is a diagonal slash. */
export const ProfileNsgc: Story = {
  name: 'Profile: NSGC',
  render: genogram(withProfile('nsgc'), sampleCase),
};

/** The McGoldrick profile: a death is an X inside the symbol. */
export const ProfileMcGoldrick: Story = {
  name: 'Profile: McGoldrick',
  render: genogram(withProfile('mcgoldrick'), sampleCase),
};

/** The Integrated Children's System profile: as McGoldrick, an X for a death. */
export const ProfileIcs: Story = {
  name: 'Profile: ICS',
  render: genogram(withProfile('ics'), sampleCase),
};

/**
 * The same record as an ecomap: Tyler at the centre, his family, the services and the
 * professionals around him, with strong, weak and stressful links.
 */
export const Ecomap: Story = {
  args: { mode: 'ecomap' },
};

/**
 * Editing: open a person (Enter, or double-click) to add a parent, partner, child, brother or
 * sister, edit or remove them or one of their relationships; undo and redo in the tools. Every
 * edit is checked against the case record schema and announced with `practice-record-change`
 * (see the Actions panel); alone, the element keeps the change in its own record.
 */
export const Editing: Story = {
  args: { editable: true },
};

/**
 * What the family may see: third-party relationships (the abuse Kelly disclosed) are withheld,
 * and the refuge and the foster placement addresses are never shown. Editing is off.
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

/**
 * 2,000 people (seeded, the same every time): fitted, the labels are too small to read and are
 * not drawn; zoom in and they appear. The text equivalent shows 50 people a page ("Showing 1 to
 * 50 of 2,000 people", GOV.UK pagination) with a "Find a person" filter; households page the same
 * way; print lists everyone. Left out of the docs page.
 */
export const LargeFamily: Story = {
  name: 'Large family (2,000 people)',
  tags: ['!autodocs'],
  render: (args) => genogram(sampleModel, twoThousand())(args),
};

/**
 * The large family's text view filtered to the index child's grandparents and great-grandparents:
 * type part of a name or a relationship ("grandparent", "cousin", "foster carer") into "Find a
 * person"; the number found is announced when typing pauses. Left out of the docs page.
 */
export const LargeFamilyFindAPerson: Story = {
  name: 'Large family: find a person',
  tags: ['!autodocs'],
  render: (args) => genogram(sampleModel, twoThousand())(args),
  play: async ({ canvasElement }) => {
    const root = () => canvasElement.querySelector('practice-genogram')?.shadowRoot;
    const search = await waitFor(
      () => {
        const input = root()?.querySelector<HTMLInputElement>('#people-search');
        if (!input) throw new Error('The text view has not been drawn yet');
        return input;
      },
      { timeout: 10_000 },
    );
    await userEvent.type(search, 'grandparent');
    await waitFor(
      () =>
        expect(root()?.querySelector('[part="text-view"] [role="status"]')?.textContent).toMatch(
          /^4 people found$/,
        ),
      { timeout: 5_000 },
    );
  },
};

/** A generated case of 300 people with 2,000 timeline entries. Left out of the docs page. */
export const LargeCase: Story = {
  name: 'Large generated case',
  tags: ['!autodocs'],
  render: (args) => genogram(sampleModel, largeCase())(args),
};
