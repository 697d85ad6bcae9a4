import { ContextProvider } from '@lit/context';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { caseContext, type CaseContextValue } from '../../context/case-context.js';
import { localToday } from '../../controllers/today.js';
import { readModel, readRecord, type ModelReading } from '../../controllers/readings.js';
import { PracticeInvalidEvent } from '../../events/invalid.js';
import { PracticeRecordChangeEvent } from '../../events/record-change.js';
import { PracticeSelectEvent } from '../../events/select.js';
import { Localiser } from '../../i18n/localiser.js';
import type { Messages } from '../../i18n/messages.js';
import { pageLocale } from '../../i18n/page-language.js';
import { isLocaleReady, loadMessages, resolveMessages } from '../../i18n/resolve.js';
import { isIsoDate } from '../../model/calendar/dates.js';
import type { CaseRecordReading } from '../../model/case-record/parse.js';
import { DIVISIONS } from '../../model/calendar/working-days.js';
import type { Division } from '../../model/common.js';
import type { ValidationIssue } from '../../model/issues.js';
import { VERSION } from '../../version.js';
import { headingLevel } from '../shared/heading.js';
import { renderEmpty, renderModelInvalid, renderRecordNotice } from '../shared/states.js';
import { caseStyles } from './case.styles.js';

const NO_ISSUES: readonly ValidationIssue[] = [];

/**
 * Holds one case: validates the practice model, reads the case record, and shares both with every
 * `<practice-timeline>`, `<practice-genogram>` and `<practice-assessment>` inside it, with the
 * locale, messages, audience, today's date and the selected person. Selecting a person in one view
 * makes every view follow.
 *
 * @summary The case provider: one model and one record shared by every view inside it.
 * @tagname practice-case
 *
 * @slot - The views (and anything else) that show this case.
 *
 * @csspart problem - The alert shown when the practice model is rejected.
 * @csspart issues - The list of problems in the alert or the record notice.
 * @csspart record-notice - The collapsible notice listing parts of the record that were left out.
 * @csspart empty - The notice shown while no practice model has been given.
 *
 * @cssprop --practice-color-text - Text colour (system token).
 * @cssprop --practice-color-error - Border of the problem alert (system token).
 * @cssprop --practice-color-warning - Edge of the record notice (system token).
 * @cssprop --practice-case-gap - Space between the notices and the views.
 *
 * A `practice-record-change` from a view inside (an edit in the genogram) replaces the record, so
 * every view shows the change at once; the event carries on to the host, which persists it.
 *
 * @fires {PracticeInvalidEvent} practice-invalid - The model was rejected (`source: 'model'`) or
 *   parts of the record were left out (`source: 'record'`); `issues` lists every problem.
 */
export class PracticeCase extends LitElement {
  static override styles = caseStyles;

  /** The version of practice-elements this class belongs to. */
  static readonly version = VERSION;

  /** The practice model, as JSON-compatible data. Validated; problems are listed in an alert. */
  @property({ attribute: false }) model?: unknown;

  /** The case record, as JSON-compatible data. Read leniently: what is valid is shown. */
  @property({ attribute: false }) record?: unknown;

  /** The audience id whose redaction every view applies (the model's `audiences`). */
  @property() audience?: string;

  /** Message overrides by key, on top of the defaults and the model's `labels`. */
  @property({ attribute: false }) messages?: Partial<Messages>;

  /** Today's date, `YYYY-MM-DD`, for ages and timescales. Default: the local date at creation. */
  @property() today: string = localToday();

  /** The selected person's id; views follow it and `practice-select` events change it. */
  @property() selection?: string;

  /** The level of the alert's heading, 2 to 6 (default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private explicitLocale: string | undefined;
  private explicitDivision: Division | undefined;
  private modelReading: ModelReading = readModel(undefined);
  private recordReading: CaseRecordReading | undefined;
  private reported = new WeakSet<readonly ValidationIssue[]>();

  private readonly provider = new ContextProvider(this, {
    context: caseContext,
    initialValue: this.contextValue(),
  });

  /**
   * The UI locale: `cy` (Welsh) or `en-GB`. When not set, the language of the page around the
   * element (its own `lang` or an ancestor's, such as `<html lang="cy">`): Welsh for `cy`, UK
   * English for English and any other language.
   */
  @property()
  get locale(): string {
    return this.explicitLocale || pageLocale(this);
  }
  set locale(value: string | undefined) {
    const old = this.locale;
    this.explicitLocale = value || undefined;
    this.requestUpdate('locale', old);
  }

  /**
   * The UK division whose bank holidays count for working days. Reflects the division in use:
   * the one set, else the record's, else the model's, else `england-and-wales`.
   */
  @property({ reflect: true })
  get division(): Division {
    return (
      this.explicitDivision ??
      this.recordReading?.record.division ??
      this.modelReading.model?.division ??
      'england-and-wales'
    );
  }
  set division(value: Division | undefined) {
    const old = this.division;
    this.explicitDivision = (DIVISIONS as readonly string[]).includes(value ?? '')
      ? value
      : undefined;
    this.requestUpdate('division', old);
  }

  constructor() {
    super();
    this.addEventListener(PracticeSelectEvent.eventName, this.onSelect);
    this.addEventListener(PracticeRecordChangeEvent.eventName, this.onRecordChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const divisionBefore = this.division;
    if (changed.has('model')) this.modelReading = readModel(this.model);
    if (changed.has('model') || changed.has('record')) {
      this.recordReading = readRecord(this.record, this.modelReading.model);
    }
    if (this.division !== divisionBefore && !changed.has('division')) {
      // The division in use changed with the data: reflect it.
      this.requestUpdate('division', divisionBefore);
    }
    const locale = this.locale || 'en-GB';
    if (!isLocaleReady(locale)) void loadMessages(locale).then(() => this.requestUpdate());
    this.provider.setValue(this.contextValue());
  }

  protected override updated(): void {
    this.report('model', this.modelReading.issues);
    this.report('record', this.recordReading?.issues ?? NO_ISSUES);
  }

  private report(source: 'model' | 'record', issues: readonly ValidationIssue[]): void {
    if (issues.length === 0 || this.reported.has(issues)) return;
    this.reported.add(issues);
    // Documented with @fires above; built apart so the manifest analyser does not guess a name.
    const event = new PracticeInvalidEvent(source, issues);
    this.dispatchEvent(event);
  }

  private readonly onSelect = (event: PracticeSelectEvent): void => {
    this.selection = event.personId;
  };

  /**
   * A view changed the record (an edit in the genogram): hold the new record so every view shows
   * it at once. The event goes on bubbling to the host, which persists it.
   */
  private readonly onRecordChange = (event: PracticeRecordChangeEvent): void => {
    if (event.target === this) return;
    this.record = event.record;
  };

  private contextValue(): CaseContextValue {
    const model = this.modelReading.model;
    const locale = this.locale || 'en-GB';
    return {
      model,
      record: this.recordReading?.record,
      modelIssues: this.modelReading.issues,
      recordIssues: this.recordReading?.issues ?? NO_ISSUES,
      division: this.division,
      locale,
      messages: resolveMessages(locale, this.messages, model),
      audience: this.audience || undefined,
      today: isIsoDate(this.today) ? this.today : localToday(),
      selection: this.selection,
      select: (personId) => {
        this.selection = personId;
      },
    };
  }

  override render(): TemplateResult {
    const value = this.provider.value;
    const i18n = new Localiser(value.locale, value.messages, value.model?.locales ?? []);
    let notice: unknown;
    if (this.modelReading.state === 'invalid') {
      notice = renderModelInvalid(
        this.modelReading.issues,
        i18n,
        headingLevel(this.headingLevel),
        i18n.t('case.modelInvalidHeading'),
      );
    } else if (this.modelReading.state === 'missing') {
      notice = renderEmpty(i18n.t('common.noModel'));
    } else {
      notice = renderRecordNotice(value.recordIssues, i18n);
    }
    return html`<div class="notices" lang=${value.locale}>${notice}</div>
      <slot></slot>`;
  }
}
