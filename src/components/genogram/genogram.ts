import {
  html,
  nothing,
  svg,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Localiser } from '../../i18n/localiser.js';
import type { CaseRecord, Person, Relationship } from '../../model/case-record/schema.js';
import { layoutEcomap } from '../../model/genogram/ecomap.js';
import {
  assignGenerations,
  kinshipGraph,
  type GenerationRow,
  type Generations,
  type KinshipGraph,
} from '../../model/genogram/generations.js';
import { layoutGenogram } from '../../model/genogram/layout.js';
import type {
  EcomapLayout,
  GenogramLayout,
  LayoutBounds,
  LayoutNode,
  Point,
} from '../../model/genogram/layout-types.js';
import { legendItems, symbolShape } from '../../model/genogram/legend.js';
import type { ValidationIssue } from '../../model/issues.js';
import type { PracticeModel, RelationshipType } from '../../model/practice-model/schema.js';
import { isRedacted } from '../../model/redaction.js';
import { CaseViewElement, type ReadyCaseView } from '../shared/case-view-element.js';
import { heading } from '../shared/heading.js';
import { nameOf, personsById } from '../shared/people.js';
import { renderEmpty, renderIssueList } from '../shared/states.js';
import {
  legendLabel,
  legendSample,
  nodeView,
  renderChildren,
  renderCouples,
  renderEmotional,
  renderHouseholds,
  renderLabels,
  renderNodes,
  type NodeView,
} from './diagram.js';
import {
  describeRelationship,
  renderDialog,
  type DialogAction,
  type DialogState,
} from './details.js';
import { ecomapLegend, renderEcomap, type EcomapNodeView } from './ecomap-diagram.js';
import { PracticeRecordChangeEvent, type RecordChange } from './genogram.events.js';
import { genogramStyles } from './genogram.styles.js';
import { download, svgDocument, svgToPng, type LegendRow } from './export.js';
import {
  coupleKey,
  familyNavigator,
  personKey,
  type Direction,
  type FamilyNavigator,
  type FocusKey,
} from './navigation.js';
import {
  addRelative,
  checkChange,
  editPerson,
  editRelationship,
  invertChange,
  removePerson,
  removeRelationship,
  type PersonDraft,
} from './record-changes.js';
import { kinTerms, type KinTerm } from './kinship.js';
import { GenogramTextView, type TextViewData } from './text-view.js';
import { DiagramViewport, type ViewBox } from './viewport.js';

/** `genogram` (the family tree with its notation) or `ecomap` (the child and their world). */
export type GenogramMode = 'genogram' | 'ecomap';

/** Everything drawn for one record, model, mode and locale; recomputed only when they change. */
interface Drawing {
  readonly record: CaseRecord;
  readonly model: PracticeModel;
  readonly mode: GenogramMode;
  readonly i18n: Localiser;
  /** True when an audience's redaction applies (hidden people are "Name withheld"). */
  readonly redacting: boolean;
  readonly today: string;
  /** The index person and the people by generation row (the text view's order). */
  readonly generations: Pick<Generations, 'index' | 'rows'>;
  readonly graph: KinshipGraph;
  readonly persons: ReadonlyMap<string, Person>;
  readonly relationships: ReadonlyMap<string, Relationship>;
  readonly types: ReadonlyMap<string, RelationshipType>;
  readonly bounds: LayoutBounds;
  readonly layout?: GenogramLayout;
  readonly ecomap?: EcomapLayout;
  readonly nodes: readonly (NodeView | EcomapNodeView)[];
  /** Every focus stop: people, couple lines (genogram), services (ecomap). */
  readonly keys: ReadonlySet<FocusKey>;
  /** Moves along family lines (built on the first arrow key: a render does not need it). */
  readonly navigator?: () => FamilyNavigator;
  readonly legend: readonly LegendRow[];
  readonly issues: readonly ValidationIssue[];
  /** Everyone's relation to the index child in words (built when the text view needs it). */
  readonly kinTerms: () => ReadonlyMap<string, KinTerm>;
}

/** What the text view is drawn from, kept for drawing it after the diagram. */
interface TextViewArgs extends TextViewData {
  readonly drawing: Drawing;
}

/** People (and households) per page of the text view, unless `text-page-size` says otherwise. */
const TEXT_PAGE_SIZE = 50;

/** An edit, the change that undoes it, and the case it was made in. */
interface HistoryEntry {
  readonly change: RecordChange;
  readonly inverse: RecordChange;
  readonly caseId: string;
}

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};
const PAN: Readonly<Record<Direction, readonly [number, number]>> = {
  up: [0, -0.2],
  down: [0, 0.2],
  left: [-0.2, 0],
  right: [0.2, 0],
};
const ZOOM_STEP = 1.25;
/** Form fields whose labels name a problem better than its JSON path. */
const FIELD_LABELS = {
  given: 'genogram.field.given',
  family: 'genogram.field.family',
  dateOfBirth: 'genogram.field.dateOfBirth',
  dateOfDeath: 'genogram.field.dateOfDeath',
  type: 'genogram.field.type',
  status: 'genogram.field.status',
  start: 'genogram.field.start',
  end: 'genogram.field.end',
} as const;

/**
 * The family as a genogram: an SVG drawing in standard notation (McGoldrick, NSGC or the ICS, as
 * the practice model says) with a legend built from what is drawn, above its synchronised text
 * equivalent (people by generation with their relationship to the index child and to each other,
 * and households), which is also the print appendix. A family larger than `text-page-size` (50)
 * gets a "Find a person" filter and GOV.UK pagination in the text view; print lists everyone.
 * `mode="ecomap"` draws the child at the centre of their world instead.
 *
 * Zoom and pan with the buttons, Ctrl or ⌘ with the mouse wheel (or a trackpad pinch), a
 * two-finger pinch, dragging the background, or the keyboard (+, −, 0, Shift with the arrow
 * keys). People (and couple lines) are one tab stop: the arrow keys move along family lines (up
 * to a parent, down to the eldest child, left and right to a partner, brother or sister), Enter
 * opens the details dialog, Space selects. With `editable`, the dialog adds a parent, partner,
 * child, brother or sister, edits and removes people and relationships, with undo and redo: each
 * edit is checked against the case record schema and announced with `practice-record-change`.
 * SVG and PNG are made locally (`exportSvg()`, `exportPng()`, or the download buttons).
 *
 * Works inside `<practice-case>` or alone with `.model` and `.record`.
 *
 * @summary A genogram (or ecomap) of the family in standard notation, with its text equivalent.
 * @tagname practice-genogram
 *
 * @csspart tools - The zoom, pan, download, print, undo and redo buttons.
 * @csspart diagram - The figure holding the drawing, the keyboard help and the legend.
 * @csspart svg - The SVG drawing.
 * @csspart legend - The legend (key) of the notation drawn.
 * @csspart details - The details and editing dialog.
 * @csspart layout-notice - The notice listing people or links that could not be drawn.
 * @csspart text-view - The family as text: the accessible equivalent and print appendix.
 * @csspart search - The text view's "Find a person" field, with its label and hint.
 * @csspart result-count - The "Showing 1 to 50 of 2,000 people" line (and the households').
 * @csspart pagination - The Previous, page number and Next buttons of the text view.
 * @csspart generation - Each generation's section of the text view.
 * @csspart person - Each person's card in the text view.
 * @csspart person-button - The toggle button that selects a person.
 * @csspart index-marker - The "Index child" marker.
 * @csspart households - The households section.
 * @csspart clear - The "Clear selection" button.
 * @csspart problem - The alert shown when the element's own practice model is rejected.
 * @csspart issues - The list of problems.
 * @csspart record-notice - The notice listing parts of the element's own record left out.
 * @csspart empty - The message shown when there is nothing to show.
 *
 * @cssprop --practice-color-text - Text and lines (system token).
 * @cssprop --practice-color-text-secondary - Labels of facts (system token).
 * @cssprop --practice-color-background - Symbol fill and card background (system token).
 * @cssprop --practice-color-border - Card borders and the drawing's frame (system token).
 * @cssprop --practice-color-accent - Buttons and the selected person (system token).
 * @cssprop --practice-color-focus - Focus ring (system token).
 * @cssprop --practice-genogram-height - Height of the drawing on screen (default 30rem).
 * @cssprop --practice-genogram-line-color - Lines and symbols of the drawing.
 * @cssprop --practice-genogram-person-background - Symbol fill and a person's card background.
 * @cssprop --practice-genogram-person-border - A person's card border.
 * @cssprop --practice-genogram-selected-border - The selected person's symbol and card border.
 * @cssprop --practice-genogram-index-color - The index child marker.
 * @cssprop --practice-genogram-generation-gap - Space between generations in the text view.
 *
 * @fires {PracticeSelectEvent} practice-select - A person was selected (`personId`) or the
 *   selection was cleared (`undefined`).
 * @fires {PracticeRecordChangeEvent} practice-record-change - An edit (or undo, or redo) was
 *   made: `change` lists the people, relationships and households added, updated and removed;
 *   `record` is the record after it.
 * @fires {PracticeInvalidEvent} practice-invalid - The element's own `model` was rejected or parts
 *   of its own `record` were left out.
 */
export class PracticeGenogram extends CaseViewElement {
  static override styles = genogramStyles;

  /** `genogram` (default) or `ecomap`. */
  @property({ reflect: true }) mode: GenogramMode = 'genogram';

  /** Offers adding, editing and removing people and relationships (not while redacting). */
  @property({ type: Boolean, reflect: true }) editable = false;

  /**
   * People (and households) per page of the text view (default 50). A larger family gets a
   * "Find a person" filter and pagination; a family this size or smaller is listed whole.
   */
  @property({ type: Number, attribute: 'text-page-size' }) textPageSize = TEXT_PAGE_SIZE;

  @state() private focusKey?: FocusKey;
  @state() private dialogState?: DialogState;
  @state() private errors: readonly string[] = [];
  @state() private announcement = '';
  /** True between `beforeprint` and `afterprint`. */
  @state() private printing = false;
  /** True while the page is laid out for print (also when print media is emulated). */
  @state() private printMedia = false;
  @state() private history: { undo: HistoryEntry[]; redo: HistoryEntry[] } = { undo: [], redo: [] };

  private drawing?: Drawing;
  private focusPending = false;
  private closing = false;
  private boxBeforePrint?: ViewBox;
  /** A stylesheet for the transform of a pan or zoom gesture (no `style` attributes). */
  private readonly gestureSheet =
    typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype
      ? new CSSStyleSheet()
      : undefined;
  private readonly view = new DiagramViewport(
    () => this.renderRoot.querySelector<SVGSVGElement>('svg.diagram'),
    this.gestureSheet,
    // Labels are drawn only where they can be read: a new zoom level may need them.
    () => this.requestUpdate(),
  );
  /** Print media, watched so that the text view lists everyone on paper. */
  private readonly printQuery =
    typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
  /** The text view's data, set by each render; drawn into `.text-host` after the render. */
  private textArgs?: TextViewArgs;
  /** The text view: its filter and pages, drawn into `.text-host`. */
  private readonly textView = new GenogramTextView();
  /** The drawing the text view shows (a new one is drawn a frame after the diagram). */
  private textDrawing?: Drawing;
  private textPending?: Promise<void>;

  // -------------------------------------------------------------------------------------------
  // Public methods

  /** Zooms in about the middle of the view. */
  zoomIn(): void {
    this.view.zoom(ZOOM_STEP);
  }

  /** Zooms out about the middle of the view. */
  zoomOut(): void {
    this.view.zoom(1 / ZOOM_STEP);
  }

  /** Fits the whole drawing into the view. */
  fit(): void {
    this.view.fit();
  }

  /** Centres the view on a person and moves keyboard focus to them. */
  focusPerson(personId: string): void {
    const key = personKey(personId);
    const at = this.position(key);
    if (!at) return;
    this.view.centre(at);
    void this.moveFocus(key, false);
  }

  /** Undoes the last edit (announced with `practice-record-change`, action `undo`). */
  undo(): void {
    const entry = this.historyEntry('undo');
    if (entry && this.commit(entry.inverse, 'genogram.undone')) {
      this.history = { undo: this.history.undo.slice(0, -1), redo: [...this.history.redo, entry] };
    }
  }

  /** Makes the last undone edit again (action `redo`). */
  redo(): void {
    const entry = this.historyEntry('redo');
    if (entry && this.commit({ ...entry.change, action: 'redo' }, 'genogram.redone')) {
      this.history = { undo: [...this.history.undo, entry], redo: this.history.redo.slice(0, -1) };
    }
  }

  /** The last edit to undo or redo, when it belongs to the case shown (another case has none). */
  private historyEntry(list: 'undo' | 'redo'): HistoryEntry | undefined {
    const entry = this.history[list].at(-1);
    return entry && entry.caseId === this.data.view.sourceRecord?.id ? entry : undefined;
  }

  /**
   * The whole drawing with its legend as a standalone SVG document (a string): presentation
   * attributes only, no `style` attributes, no scripts. Empty when nothing is drawn.
   */
  exportSvg(): string {
    const drawing = this.drawing;
    if (!drawing) return '';
    return svgDocument(
      this.diagram(drawing, undefined, undefined, true),
      drawing.bounds,
      drawing.i18n.t('genogram.legend'),
      drawing.legend,
    );
  }

  /**
   * The drawing with its legend as a PNG image, drawn locally on a canvas from {@link exportSvg}
   * through a `blob:` URL (a host with a Content-Security-Policy allows `img-src blob:`).
   * `scale` is the pixel density (default 2); very large families are scaled down to fit a canvas.
   */
  exportPng(scale = 2): Promise<Blob> {
    return svgToPng(this.exportSvg(), scale);
  }

  // -------------------------------------------------------------------------------------------
  // Lifecycle

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (this.gestureSheet && root instanceof ShadowRoot) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.gestureSheet];
    }
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.printQuery?.addEventListener('change', this.onPrintMedia);
    this.printMedia = this.printQuery?.matches ?? false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view.disconnect();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.printQuery?.removeEventListener('change', this.onPrintMedia);
    this.textView.disconnect();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.view.update();
    this.drawTextView();
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.dialogState && !dialog.open) dialog.showModal();
    if (dialog && !this.dialogState && dialog.open) {
      // Closing gives focus back to the symbol that opened the dialog, which may no longer be
      // the current one (a person was added or removed): restoreFocus decides.
      this.closing = true;
      dialog.close();
      this.closing = false;
      this.restoreFocus();
    }
    if (this.focusPending && dialog?.open) {
      this.focusPending = false;
      // Problems first; in a form, its first field; otherwise the heading, so that reading
      // starts at the top and no action is one key press away by accident.
      const heading = dialog.querySelector<HTMLElement>('#details-heading');
      heading?.setAttribute('tabindex', '-1');
      const target =
        dialog.querySelector<HTMLElement>('.form-errors') ??
        dialog.querySelector<HTMLElement>('form :is(input, select)') ??
        heading;
      target?.focus();
    }
  }

  /** Resolves once the text view, drawn after the diagram, is drawn too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.textPending;
    return result;
  }

  // -------------------------------------------------------------------------------------------
  // Drawing

  /**
   * Draws the text view into its host. A new family is drawn the frame after the diagram, so the
   * drawing is painted first (the text of 2,000 people takes longer than the drawing); a new
   * selection or locale for the same family is drawn at once.
   */
  private drawTextView(): void {
    const host = this.renderRoot.querySelector<HTMLElement>('.text-host');
    const args = this.textArgs;
    if (!host || !args) return;
    const draw = () => this.textView.draw(host, this.textArgs ?? args);
    if (this.textDrawing === args.drawing && !this.textPending) {
      draw();
      return;
    }
    if (this.textDrawing === args.drawing) return;
    this.textDrawing = args.drawing;
    this.textPending = new Promise((resolve) => {
      let done = false;
      const run = () => {
        if (done) return;
        done = true;
        this.textPending = undefined;
        draw();
        resolve();
      };
      requestAnimationFrame(() => setTimeout(run));
      // A page in a background tab gets no animation frames.
      setTimeout(run, 100);
    });
  }

  private drawingFor(view: ReadyCaseView): Drawing {
    const { record, model, i18n, today } = view;
    const previous = this.drawing;
    if (
      previous &&
      previous.record === record &&
      previous.model === model &&
      previous.mode === this.mode &&
      previous.i18n === i18n &&
      previous.redacting === (view.audience !== undefined) &&
      previous.today === today
    ) {
      return previous;
    }
    const graph = kinshipGraph(record, model);
    const persons = personsById(record);
    const relationships = new Map((record.relationships ?? []).map((r) => [r.id, r]));
    const types = new Map(model.relationshipTypes.map((t) => [t.id, t]));
    // The record's index person, else its first subject, else its first person (as the layout).
    const index = [record.index, ...record.subjects, record.persons[0]?.id].find(
      (id): id is string => id !== undefined && persons.has(id),
    );
    const redacting = view.audience !== undefined;
    const base = {
      record,
      model,
      mode: this.mode,
      i18n,
      redacting,
      today,
      graph,
      persons,
      relationships,
      types,
      kinTerms: once(() => kinTerms(graph, index, persons, i18n, redacting)),
    };
    let drawing: Drawing;
    if (this.mode === 'ecomap') {
      const ecomap = layoutEcomap(record, model, { centre: index });
      const nodes = ecomapNodes(ecomap, record, persons, i18n);
      drawing = {
        ...base,
        generations: assignGenerations(record, model),
        ecomap,
        bounds: ecomap.bounds,
        nodes,
        keys: new Set(nodes.map((n) => n.key)),
        legend: ecomapLegend(ecomap, i18n),
        issues: [],
      };
    } else {
      const layout = layoutGenogram(record, model, {
        index,
        // Room for a name of about 17 characters under each symbol.
        horizontalGap: 60,
        previous: previous?.mode === 'genogram' ? previous.layout : undefined,
      });
      const settings = model.genogram;
      const options = {
        i18n,
        today,
        show: settings?.show ?? {},
        deceased: settings?.deceasedMarker ?? (settings?.notation === 'nsgc' ? 'slash' : 'cross'),
        index,
      } as const;
      const adopted = new Set(
        layout.children.filter((l) => l.notation === 'adoptive').map((l) => l.child),
      );
      const nodes = layout.nodes.map((n) =>
        nodeView(n, persons.get(n.id), adopted.has(n.id), options),
      );
      drawing = {
        ...base,
        // The text view lists people row by row as drawn: no second pass over the generations.
        generations: { index, rows: rowsOf(layout) },
        layout,
        bounds: layout.bounds,
        nodes,
        keys: new Set([...nodes.map((n) => n.key), ...layout.couples.map((c) => coupleKey(c.id))]),
        navigator: once(() => familyNavigator(layout, graph)),
        legend: legendItems(layout, record, model).map((item) => ({
          sample: legendSample(item, options.deceased),
          label: legendLabel(item, i18n),
        })),
        issues: layout.issues,
      };
    }
    // A new case, model or mode starts fitted; a change to the same case (an edit here or in
    // another view) keeps the view where the user left it.
    this.view.show(
      drawing.bounds,
      previous !== undefined &&
        previous.mode === this.mode &&
        previous.model === model &&
        previous.record.id === record.id,
    );
    this.drawing = drawing;
    return drawing;
  }

  private pan(direction: Direction): void {
    this.view.pan(...PAN[direction]);
  }

  private position(key: FocusKey): Point | undefined {
    const drawing = this.drawing;
    if (drawing?.navigator) return drawing.navigator().position(key);
    const node = drawing?.nodes.find((n) => n.key === key);
    return node && { x: node.x, y: node.y };
  }

  /** The focus stop to use: the one last focused, else the selected person, the index, the first. */
  private currentFocus(drawing: Drawing, selection: string | undefined): FocusKey | undefined {
    const candidates: (FocusKey | undefined)[] = [
      this.focusKey,
      selection === undefined ? undefined : personKey(selection),
      drawing.generations.index === undefined ? undefined : personKey(drawing.generations.index),
      drawing.nodes[0]?.key,
    ];
    return candidates.find((key) => key !== undefined && drawing.keys.has(key));
  }

  private async moveFocus(key: FocusKey, reveal = true): Promise<void> {
    if (this.focusKey !== key) {
      this.focusKey = key;
      await this.updateComplete;
    }
    this.renderRoot.querySelector<SVGElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
    const at = this.position(key);
    if (reveal && at) this.view.reveal(at, 60);
  }

  private step(from: FocusKey, direction: Direction): FocusKey | undefined {
    const drawing = this.drawing;
    if (!drawing) return undefined;
    if (drawing.navigator) return drawing.navigator().step(from, direction);
    const keys = drawing.nodes.map((n) => n.key);
    const at = keys.indexOf(from);
    const next = direction === 'up' || direction === 'left' ? at - 1 : at + 1;
    return keys[next];
  }

  // -------------------------------------------------------------------------------------------
  // Editing

  private canEdit(view: ReadyCaseView): boolean {
    return this.editable && view.audience === undefined;
  }

  /** Validates and makes a change; returns false (with the errors shown) when it is rejected. */
  private commit(
    change: RecordChange,
    announcement: 'genogram.changeMade' | 'genogram.undone' | 'genogram.redone',
  ): boolean {
    const view = this.data.view;
    if (!view.model || !view.sourceRecord) return false;
    const { record, issues } = checkChange(view.sourceRecord, change, view.model);
    if (issues.length) {
      this.errors = issues.map((issue) => describeIssue(issue, view.i18n));
      this.focusPending = true;
      if (!this.dialogState)
        this.announcement = `${view.i18n.t('genogram.rejected')} ${this.errors.join(' ')}`;
      return false;
    }
    if (announcement === 'genogram.changeMade') {
      this.history = {
        undo: [
          ...this.history.undo,
          {
            change,
            inverse: invertChange(view.sourceRecord, change),
            caseId: view.sourceRecord.id,
          },
        ],
        redo: [],
      };
    }
    const added = change.added.persons[0];
    if (added) this.focusKey = personKey(added.id);
    // Alone, the element keeps its own record; inside <practice-case> the provider applies it.
    if (view.ownRecord) this.record = record;
    this.dialogState = undefined;
    this.errors = [];
    this.announcement = view.i18n.t(announcement);
    // Built first: documentation tools read `dispatchEvent(new X(name))` as an event name.
    const event = new PracticeRecordChangeEvent(change, record);
    this.dispatchEvent(event);
    return true;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const view = this.data.view;
    const dialog = this.dialogState;
    if (!view.model || !view.sourceRecord || !dialog) return;
    const source = view.sourceRecord;
    const data = new FormData(event.target as HTMLFormElement);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : undefined;
    };
    let change: RecordChange | undefined;
    if (dialog.kind === 'edit-relationship') {
      const relationship = source.relationships?.find((r) => r.id === dialog.id);
      if (!relationship) return;
      change = editRelationship(relationship, {
        type: field('type'),
        status: field('status'),
        start: changedDate(field('start'), relationship.start),
        end: changedDate(field('end'), relationship.end),
      });
    } else if (dialog.kind === 'add' || dialog.kind === 'edit-person') {
      const person = source.persons.find((p) => p.id === dialog.id);
      if (!person) return;
      const draft: PersonDraft = {
        given: field('given'),
        family: field('family'),
        sex: field('sex'),
        gender: field('gender'),
        lifeStatus: field('lifeStatus'),
        dateOfBirth: changedDate(
          field('dateOfBirth'),
          dialog.kind === 'add' ? undefined : person.dateOfBirth,
        ),
        dateOfDeath: changedDate(
          field('dateOfDeath'),
          dialog.kind === 'add' ? undefined : person.dateOfDeath,
        ),
      };
      if (dialog.kind === 'edit-person') {
        change = editPerson(person, draft);
      } else {
        change = addRelative(
          source,
          kinshipGraph(source, view.model),
          dialog.id,
          dialog.relative,
          draft,
          field('type') ?? '',
          field('otherParent') || undefined,
        );
        if (!change) {
          this.errors = [view.i18n.t('genogram.siblingNeedsParent')];
          this.focusPending = true;
          return;
        }
      }
    }
    if (change) this.commit(change, 'genogram.changeMade');
  };

  // -------------------------------------------------------------------------------------------
  // Event handlers

  private readonly onDialogAction = (action: DialogAction): void => {
    const view = this.data.view;
    switch (action.kind) {
      case 'close':
        this.dialogState = undefined;
        break;
      case 'open':
        this.errors = [];
        this.dialogState = action.state;
        this.focusPending = true;
        break;
      case 'select':
        this.data.select(view.selection === action.id ? undefined : action.id);
        break;
      case 'centre':
        this.dialogState = undefined;
        this.focusPerson(action.id);
        break;
      case 'remove-person': {
        const person = view.sourceRecord?.persons.find((p) => p.id === action.id);
        // Focus then falls back to the selected person, the index child or the first drawn.
        if (person && view.sourceRecord) {
          this.commit(removePerson(view.sourceRecord, person), 'genogram.changeMade');
        }
        break;
      }
      case 'remove-relationship': {
        const relationship = view.sourceRecord?.relationships?.find((r) => r.id === action.id);
        if (relationship) this.commit(removeRelationship(relationship), 'genogram.changeMade');
        break;
      }
    }
  };

  private readonly onDialogClose = (): void => {
    if (!this.dialogState) return;
    this.dialogState = undefined;
    this.errors = [];
    this.restoreFocus();
  };

  /** Gives focus back to the symbol the dialog was opened from (or the person just added). */
  private restoreFocus(): void {
    // The rendered tab stop is the current focus (see currentFocus). After the update: focusing
    // it records it as focused, a change of state.
    void Promise.resolve().then(() =>
      this.renderRoot.querySelector<SVGElement>('svg.diagram [tabindex="0"]')?.focus(),
    );
  }

  private openDetails(key: FocusKey): void {
    const id = key.slice(2);
    if (key.startsWith('c:')) this.dialogState = { kind: 'relationship', id };
    else if (this.drawing?.persons.has(id)) this.dialogState = { kind: 'person', id };
    else return;
    this.errors = [];
    this.focusPending = true;
  }

  private toggleSelection(key: FocusKey): void {
    const id = key.slice(2);
    if (!key.startsWith('p:') || !this.drawing?.persons.has(id)) return;
    this.data.select(this.data.view.selection === id ? undefined : id);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const key = keyOf(event.target);
    const direction = ARROWS[event.key];
    if (direction && event.shiftKey) this.pan(direction);
    else if (direction && key) {
      const next = this.step(key, direction);
      if (next) void this.moveFocus(next);
    } else if (event.key === '+' || event.key === '=') this.zoomIn();
    else if (event.key === '-' || event.key === '_') this.zoomOut();
    else if (event.key === '0') this.fit();
    else if (event.key === 'Enter' && key) this.openDetails(key);
    else if (event.key === ' ' && key) this.toggleSelection(key);
    else return;
    event.preventDefault();
  };

  private readonly onClick = (event: MouseEvent): void => {
    const key = keyOf(event.target);
    if (!key || this.view.dragged > 6) return;
    this.focusKey = key;
    if (event.detail > 1) this.openDetails(key);
    else this.toggleSelection(key);
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    if (this.closing) return;
    const key = keyOf(event.target);
    if (key && key !== this.focusKey) this.focusKey = key;
  };

  private readonly onBeforePrint = (): void => {
    this.boxBeforePrint = this.view.box;
    this.fit();
    // Paper shows every label, however large the family: drawn before the page is laid out
    // for print (the update runs as soon as this handler returns).
    this.printing = true;
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
    if (this.boxBeforePrint) this.view.set(this.boxBeforePrint);
  };

  private readonly onPrintMedia = (): void => {
    this.printMedia = this.printQuery?.matches ?? false;
  };

  private async download(kind: 'svg' | 'png'): Promise<void> {
    const blob =
      kind === 'svg'
        ? new Blob([this.exportSvg()], { type: 'image/svg+xml' })
        : await this.exportPng();
    download(blob, `${this.mode}.${kind}`);
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  protected override renderView(view: ReadyCaseView): TemplateResult {
    const { record, i18n } = view;
    const headingId = 'genogram-heading';
    const top = heading(this.level(), i18n.t('genogram.heading'), headingId);
    if (record.persons.length === 0) {
      return html`${top}${renderEmpty(i18n.t('genogram.empty'))}`;
    }
    const drawing = this.drawingFor(view);
    const pageSize = Math.floor(this.textPageSize);
    const family: TextViewArgs = (this.textArgs = {
      i18n,
      today: view.today,
      persons: drawing.persons,
      graph: drawing.graph,
      index: drawing.generations.index,
      show: view.model.genogram?.show ?? {},
      redacting: view.audience !== undefined,
      selection: view.selection,
      kinTerms: drawing.kinTerms,
      level: (offset) => this.level(offset),
      onSelect: (personId, selected) => this.data.select(selected ? undefined : personId),
      drawing,
      caseId: record.id,
      rows: drawing.generations.rows,
      households: record.households ?? [],
      pageSize: pageSize >= 1 ? pageSize : TEXT_PAGE_SIZE,
      printing: this.printing || this.printMedia,
    });
    return html`<section aria-labelledby=${headingId}>
      ${top} ${this.renderTools(view)} ${this.renderFigure(view, drawing)}
      ${this.renderLayoutIssues(drawing.issues, i18n)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${
        view.selection === undefined
          ? nothing
          : html`<button
              type="button"
              class="clear"
              part="clear"
              @click=${() => this.data.select(undefined)}
            >
              ${i18n.t('genogram.clearSelection')}
            </button>`
      }
      <div class="text-host"></div>
      <dialog
        class="details"
        part="details"
        aria-labelledby="details-heading"
        @close=${this.onDialogClose}
      >
        ${
          this.dialogState
            ? renderDialog(this.dialogState, {
                family,
                level: this.level(1),
                editable: this.canEdit(view),
                relationships: drawing.relationships,
                types: drawing.types,
                errors: this.errors,
                act: this.onDialogAction,
                submit: this.onSubmit,
              })
            : nothing
        }
      </dialog>
    </section>`;
  }

  private renderTools(view: ReadyCaseView): TemplateResult {
    const { i18n } = view;
    const tool = (label: string, onClick: () => void, text = label, disabled = false) =>
      html`<button
        type="button"
        aria-label=${label}
        title=${label}
        ?disabled=${disabled}
        @click=${onClick}
      >
        ${text}
      </button>`;
    return html`<div class="tools" part="tools" role="group" aria-label=${i18n.t('genogram.tools')}>
      ${tool(i18n.t('genogram.zoomIn'), () => this.zoomIn())}
      ${tool(i18n.t('genogram.zoomOut'), () => this.zoomOut())}
      ${tool(i18n.t('genogram.fit'), () => this.fit())}
      ${tool(i18n.t('genogram.panLeft'), () => this.pan('left'), '←')}
      ${tool(i18n.t('genogram.panUp'), () => this.pan('up'), '↑')}
      ${tool(i18n.t('genogram.panDown'), () => this.pan('down'), '↓')}
      ${tool(i18n.t('genogram.panRight'), () => this.pan('right'), '→')}
      ${tool(i18n.t('genogram.downloadSvg'), () => void this.download('svg'))}
      ${tool(i18n.t('genogram.downloadPng'), () => void this.download('png'))}
      ${tool(i18n.t('genogram.print'), () => window.print())}
      ${
        this.canEdit(view)
          ? html`${tool(i18n.t('genogram.undo'), () => this.undo(), undefined, !this.historyEntry('undo'))}
            ${tool(i18n.t('genogram.redo'), () => this.redo(), undefined, !this.historyEntry('redo'))}`
          : nothing
      }
    </div>`;
  }

  private renderFigure(view: ReadyCaseView, drawing: Drawing): TemplateResult {
    const { i18n } = view;
    const focus = this.currentFocus(drawing, view.selection);
    const detailed = this.printing || this.view.level !== 'far';
    const content = this.diagram(drawing, focus, view.selection, detailed);
    const label = i18n.t(this.mode === 'ecomap' ? 'genogram.ecomap' : 'genogram.diagram');
    return html`<figure class="figure" part="diagram">
      <div class="frame">
        <svg
          class="diagram"
          part="svg"
          xmlns="http://www.w3.org/2000/svg"
          viewBox=${this.view.attribute}
          data-zoom=${this.view.level}
          role="group"
          tabindex="-1"
          aria-label=${label}
          aria-describedby="genogram-help"
          @keydown=${this.onKeyDown}
          @click=${this.onClick}
          @focusin=${this.onFocusIn}
          @wheel=${this.view.onWheel}
          @pointerdown=${this.view.onPointerDown}
          @pointermove=${this.view.onPointerMove}
          @pointerup=${this.view.onPointerUp}
          @pointercancel=${this.view.onPointerUp}
        >
          ${content}
        </svg>
      </div>
      <figcaption>
        <p id="genogram-help" class="help">
          ${i18n.t(this.mode === 'ecomap' ? 'genogram.ecomapKeyboardHelp' : 'genogram.keyboardHelp')}
        </p>
        ${
          drawing.legend.length
            ? html`<div class="legend" part="legend">
                <p class="legend-title">${i18n.t('genogram.legend')}</p>
                <ul>
                  ${drawing.legend.map(
                    (row) =>
                      html`<li>
                        <svg viewBox="0 0 48 24" width="48" height="24" aria-hidden="true">
                          ${row.sample}
                        </svg>
                        <span>${row.label}</span>
                      </li>`,
                  )}
                </ul>
              </div>`
            : nothing
        }
      </figcaption>
    </figure>`;
  }

  /**
   * The drawing's layers. Far out (`detailed` false), labels and years would be too small to
   * read and are not drawn at all; an export is always detailed.
   */
  private diagram(
    drawing: Drawing,
    focus: FocusKey | undefined,
    selection: string | undefined,
    detailed: boolean,
  ): SVGTemplateResult {
    const { i18n } = drawing;
    const layout = drawing.layout;
    if (!layout) {
      return drawing.ecomap
        ? renderEcomap(drawing.ecomap, drawing.nodes as EcomapNodeView[], focus, selection)
        : svg``;
    }
    const names = (id: string) => nameOf(id, drawing.persons, i18n, drawing.redacting);
    const coupleLabel = (couple: { id: string }) => {
      const relationship = drawing.relationships.get(couple.id);
      return relationship ? describeRelationship(relationship, names, drawing.types, i18n) : '';
    };
    const nodes = drawing.nodes as NodeView[];
    const dates = detailed && drawing.model.genogram?.show?.dates !== false;
    // Layers that change only with the drawing skip Lit's diffing when focus or selection move.
    return svg`${guard([drawing], () => svg`${renderHouseholds(layout)}${renderChildren(layout)}`)}${renderCouples(
      layout,
      drawing.relationships,
      coupleLabel,
      dates,
      focus,
    )}${guard([drawing, detailed], () => renderEmotional(layout, i18n, detailed))}${renderNodes(
      nodes,
      focus,
      selection,
    )}${detailed ? guard([drawing], () => renderLabels(nodes)) : nothing}`;
  }

  private renderLayoutIssues(
    issues: readonly ValidationIssue[],
    i18n: Localiser,
  ): TemplateResult | typeof nothing {
    if (issues.length === 0) return nothing;
    return html`<details class="record-notice layout-notice" part="layout-notice">
      <summary>${i18n.plural('genogram.layoutIssues', issues.length)}</summary>
      ${renderIssueList(issues, i18n)}
    </details>`;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** The focus key of the node or couple line an event happened on. */
function keyOf(target: EventTarget | null): FocusKey | undefined {
  const element = target instanceof Element ? target.closest('[data-key], [data-for]') : null;
  const key = element?.getAttribute('data-key') ?? element?.getAttribute('data-for');
  return (key ?? undefined) as FocusKey | undefined;
}

/** A date field's text when it changed, else `undefined` (so "about 2015" is kept as it was). */
function changedDate(value: string | undefined, before: Person['dateOfBirth']): string | undefined {
  const written = before === undefined ? '' : typeof before === 'string' ? before : before.date;
  return value === undefined || value.trim() === written ? undefined : value;
}

/** A validation problem in words, named by its form field when it has one. */
function describeIssue(issue: ValidationIssue, i18n: Localiser): string {
  const field = [...issue.segments].reverse().find((s): s is string => typeof s === 'string');
  const key =
    field && field in FIELD_LABELS ? FIELD_LABELS[field as keyof typeof FIELD_LABELS] : undefined;
  return i18n.t('common.issue', {
    path: key ? i18n.t(key) : issue.path,
    message: i18n.issue(issue).text,
  });
}

/** A function that computes its value on the first call and remembers it. */
function once<T>(compute: () => T): () => T {
  let value: { readonly it: T } | undefined;
  return () => (value ??= { it: compute() }).it;
}

/** People by generation row, left to right as drawn. */
function rowsOf(layout: GenogramLayout): GenerationRow[] {
  const rows = new Map<number, LayoutNode[]>();
  for (const node of layout.nodes) {
    const row = rows.get(node.generation);
    if (row) row.push(node);
    else rows.set(node.generation, [node]);
  }
  return [...rows]
    .sort(([a], [b]) => a - b)
    .map(([generation, nodes]) => ({
      generation,
      persons: nodes.sort((a, b) => a.x - b.x).map((n) => n.id),
    }));
}

/** Ecomap nodes with their names and accessible labels. */
function ecomapNodes(
  layout: EcomapLayout,
  record: CaseRecord,
  persons: ReadonlyMap<string, Person>,
  i18n: Localiser,
): EcomapNodeView[] {
  const agencies = new Map((record.agencies ?? []).map((a) => [a.id, a.name]));
  const professionals = new Map((record.professionals ?? []).map((p) => [p.id, p]));
  return layout.nodes.map((node) => {
    let name: string;
    let symbol: EcomapNodeView['symbol'] = node.kind === 'person' ? 'diamond' : node.kind;
    if (node.kind === 'person') {
      const person = persons.get(node.id);
      name = nameOf(node.id, persons, i18n, false);
      if (person && !isRedacted(person)) symbol = symbolShape(person);
    } else if (node.kind === 'agency') {
      name = agencies.get(node.id) ?? node.id;
    } else {
      const p = professionals.get(node.id);
      name = p ? [p.name, p.role].filter(Boolean).join(', ') : node.id;
    }
    const label = `${name}, ${i18n.t(`genogram.ecomap.${node.kind}`)}`;
    return {
      id: node.id,
      key: node.kind === 'person' ? personKey(node.id) : (`e:${node.id}` as const),
      kind: node.kind,
      x: node.x,
      y: node.y,
      name: name.length > 20 ? `${name.slice(0, 19)}…` : name,
      label,
      symbol,
    };
  });
}
