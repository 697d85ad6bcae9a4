/**
 * What the three views share: the data properties (each wins over the `<practice-case>` context
 * when set), the data controller, and rendering that is never blank and never throws into the
 * host page. One level of inheritance, no mixins.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CaseDataController, type CaseView } from '../../controllers/case-data-controller.js';
import { enGB } from '../../i18n/en-GB.js';
import { Localiser } from '../../i18n/localiser.js';
import type { Messages } from '../../i18n/messages.js';
import type { Division } from '../../model/common.js';
import type { CaseRecord } from '../../model/case-record/schema.js';
import type { PracticeModel } from '../../model/practice-model/schema.js';
import { VERSION } from '../../version.js';
import { headingLevel, type HeadingLevel } from './heading.js';
import { renderEmpty, renderFailure, renderModelState, renderRecordNotice } from './states.js';

/** A {@link CaseView} with a valid model and a record: what a view renders its content from. */
export type ReadyCaseView = CaseView & {
  readonly model: PracticeModel;
  readonly record: CaseRecord;
  readonly sourceRecord: CaseRecord;
};

/** The base of `<practice-timeline>`, `<practice-genogram>` and `<practice-assessment>`. */
export abstract class CaseViewElement extends LitElement {
  /** The version of practice-elements this class belongs to. */
  static readonly version = VERSION;

  /** The practice model (validated; wins over the context). */
  @property({ attribute: false }) model?: unknown;

  /** The case record (its valid part is shown; wins over the context). */
  @property({ attribute: false }) record?: unknown;

  /**
   * The UI locale: `cy` (Welsh) or `en-GB`; wins over the context. With neither, the language of
   * the page around the element (`lang` on it or an ancestor, such as `<html lang="cy">`): Welsh
   * for `cy`, UK English otherwise.
   */
  @property() locale?: string;

  /** The audience id whose redaction applies (see the model's `audiences`). */
  @property() audience?: string;

  /** Message overrides by key, on top of the defaults and the model's labels. */
  @property({ attribute: false }) messages?: Partial<Messages>;

  /** Today's date, `YYYY-MM-DD`, for ages and timescales (default: the local date). */
  @property() today?: string;

  /** The UK division whose bank holidays count (default: the record's, else the model's). */
  @property() division?: Division;

  /**
   * The selected person's id. Inside `<practice-case>` the provider's selection applies unless
   * this is set; alone, it changes as the user selects.
   */
  @property() selection?: string;

  /** The level of the element's top headings, 2 to 6 (default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Supplies the model, record, messages and selection. */
  protected readonly data = new CaseDataController(this);

  /** Renders the element's content; only called with a valid model and a record. */
  protected abstract renderView(view: ReadyCaseView): unknown;

  /** The element's top heading level, clamped to 2-6, plus `offset`. */
  protected level(offset = 0): HeadingLevel {
    return headingLevel(this.headingLevel, offset);
  }

  override render(): TemplateResult {
    let view: CaseView | undefined;
    try {
      view = this.data.view;
      if (!view.localeReady)
        return html`<div class="root" lang=${view.locale} aria-busy="true"></div>`;
      const state = renderModelState(view, this.level());
      const content = state
        ? state
        : view.record && view.sourceRecord
          ? html`${view.ownRecord ? renderRecordNotice(view.recordIssues, view.i18n) : nothing}
            ${this.renderView(view as ReadyCaseView)}`
          : renderEmpty(view.i18n.t('common.noRecord'));
      return html`<div class="root" lang=${view.locale}>${content}</div>`;
    } catch {
      return renderFailure(view?.i18n ?? new Localiser('en-GB', enGB));
    }
  }
}
