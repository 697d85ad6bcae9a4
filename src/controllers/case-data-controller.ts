/**
 * The data behind a view element: the practice model, the case record (redacted for the
 * audience), messages, locale, today and the selection. Taken from the `<practice-case>` context
 * when the element is inside one, or from the element's own properties; a property that is set
 * wins over the context.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { caseContext, type CaseContextValue } from '../context/case-context.js';
import { PracticeInvalidEvent } from '../events/invalid.js';
import { PracticeSelectEvent } from '../events/select.js';
import { Localiser } from '../i18n/localiser.js';
import type { Messages } from '../i18n/messages.js';
import { pageLocale } from '../i18n/page-language.js';
import { isLocaleReady, loadMessages, resolveMessages, withOverrides } from '../i18n/resolve.js';
import { isIsoDate } from '../model/calendar/dates.js';
import type { Division } from '../model/common.js';
import type { CaseRecord } from '../model/case-record/schema.js';
import type { ValidationIssue } from '../model/issues.js';
import type { Audience, PracticeModel } from '../model/practice-model/schema.js';
import { findAudience } from '../model/redaction.js';
import { readModel, readRecord, redactedRecord } from './readings.js';
import { localToday } from './today.js';

/** The properties a view element offers; each one, when set, wins over the context. */
export interface CaseDataInputs {
  model?: unknown;
  record?: unknown;
  locale?: string;
  audience?: string;
  messages?: Partial<Messages>;
  today?: string;
  division?: Division;
  selection?: string;
}

/** The host of a {@link CaseDataController}: a Lit element with the view properties. */
export type CaseDataHost = ReactiveControllerHost & HTMLElement & CaseDataInputs;

/** Everything a view renders from, worked out once per update. */
export interface CaseView {
  /** The validated practice model, when there is one. */
  readonly model?: PracticeModel;
  /** `missing` (none given yet), `invalid` (see `modelIssues`) or `valid`. */
  readonly modelState: 'valid' | 'invalid' | 'missing';
  readonly modelIssues: readonly ValidationIssue[];
  /** The valid part of the record, redacted for the audience: the only record to render from. */
  readonly record?: CaseRecord;
  /**
   * The record before redaction, for calculations that must see every entry (timescale clocks).
   * Never render from it.
   */
  readonly sourceRecord?: CaseRecord;
  readonly recordIssues: readonly ValidationIssue[];
  /** True when the model came from the element's own property (so the element reports issues). */
  readonly ownModel: boolean;
  /** True when the record came from the element's own property. */
  readonly ownRecord: boolean;
  /** True when the element is inside a `<practice-case>`. */
  readonly inProvider: boolean;
  readonly audience?: Audience;
  readonly locale: string;
  /**
   * False while the shipped messages for `locale` (Welsh) are still loading: the element renders
   * nothing rather than flash English under `lang="cy"`, and updates once they arrive.
   */
  readonly localeReady: boolean;
  readonly messages: Messages;
  readonly i18n: Localiser;
  readonly division: Division;
  readonly today: string;
  readonly selection?: string;
}

const DEFAULT_LOCALE = 'en-GB';

/**
 * Gives a view element its {@link CaseView}, from the surrounding `<practice-case>` or from its own
 * properties, validating and redacting only when an input object changes. Reports rejected inputs
 * of its own with `practice-invalid`, and turns selections into `practice-select`.
 */
export class CaseDataController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof caseContext, CaseDataHost>;
  private readonly fallbackToday = localToday();
  private cached: { key: readonly unknown[]; view: CaseView } | undefined;
  private reportedModelIssues: readonly ValidationIssue[] = [];
  private reportedRecordIssues: readonly ValidationIssue[] = [];

  constructor(private readonly host: CaseDataHost) {
    this.consumer = new ContextConsumer(host, { context: caseContext, subscribe: true });
    host.addController(this);
  }

  /** The view of the data for the current inputs (memoised until one of them changes). */
  get view(): CaseView {
    const context = this.consumer.value;
    const host = this.host;
    // With no locale of its own and no provider, the element follows the page's `lang`.
    const inherited = host.locale || context ? undefined : pageLocale(host);
    const key = [
      context,
      host.model,
      host.record,
      host.locale,
      inherited,
      host.audience,
      host.messages,
      host.today,
      host.division,
      host.selection,
    ];
    const cached = this.cached;
    if (cached && key.every((k, i) => k === cached.key[i])) return cached.view;
    const view = this.compute(context, inherited);
    this.cached = { key, view };
    return view;
  }

  /**
   * Selects a person (or clears the selection with `undefined`) and dispatches `practice-select`
   * from the host. Inside a `<practice-case>` the provider hears the event and every view follows;
   * alone, the element's own `selection` property changes, as an input's `value` does.
   */
  select(personId: string | undefined): void {
    if (!this.consumer.value) this.host.selection = personId;
    this.host.dispatchEvent(new PracticeSelectEvent(personId));
  }

  hostConnected(): void {
    this.cached = undefined;
    // The consumer asked when it connected (it was added first). If no provider answered, one may
    // still be defined later (registration order): ask again when a case provider appears.
    if (this.consumer.value === undefined) {
      document.addEventListener('context-provider', this.onProviderAppeared);
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('context-provider', this.onProviderAppeared);
  }

  hostUpdated(): void {
    // Report each rejected input of the element's own once, after it rendered its error state.
    let view: CaseView;
    try {
      view = this.view;
    } catch {
      return;
    }
    if (view.ownModel && view.modelIssues.length && view.modelIssues !== this.reportedModelIssues) {
      this.reportedModelIssues = view.modelIssues;
      this.host.dispatchEvent(new PracticeInvalidEvent('model', view.modelIssues));
    }
    if (
      view.ownRecord &&
      view.recordIssues.length &&
      view.recordIssues !== this.reportedRecordIssues
    ) {
      this.reportedRecordIssues = view.recordIssues;
      this.host.dispatchEvent(new PracticeInvalidEvent('record', view.recordIssues));
    }
  }

  private readonly onProviderAppeared = (event: Event): void => {
    // A `context-provider` event (from @lit/context) names the context its provider offers.
    if ((event as Event & { context?: unknown }).context !== caseContext) return;
    this.consumer.hostDisconnected();
    this.consumer.hostConnected();
    if (this.consumer.value !== undefined) {
      document.removeEventListener('context-provider', this.onProviderAppeared);
      this.host.requestUpdate();
    }
  };

  private compute(
    context: CaseContextValue | undefined,
    inheritedLocale: string | undefined,
  ): CaseView {
    const host = this.host;
    const ownModel = host.model !== undefined || !context;
    const modelReading = ownModel
      ? readModel(host.model)
      : {
          model: context.model,
          issues: context.modelIssues,
          state: context.model
            ? ('valid' as const)
            : context.modelIssues.length
              ? ('invalid' as const)
              : ('missing' as const),
        };
    const model = modelReading.model;

    const ownRecord = host.record !== undefined || !context;
    const reading = ownRecord
      ? readRecord(host.record, model)
      : context.record && { record: context.record, issues: context.recordIssues };
    const sourceRecord: CaseRecord | undefined = reading?.record;
    const recordIssues: readonly ValidationIssue[] = reading
      ? reading.issues
      : (context?.recordIssues ?? []);

    const audienceId = host.audience ?? context?.audience;
    const record = sourceRecord ? redactedRecord(sourceRecord, model, audienceId) : undefined;
    const locale = host.locale || context?.locale || inheritedLocale || DEFAULT_LOCALE;
    const localeReady = isLocaleReady(locale);
    if (!localeReady) {
      void loadMessages(locale).then(() => {
        this.cached = undefined;
        host.requestUpdate();
      });
    }
    let messages: Messages;
    if (context && !host.locale && (!ownModel || model === context.model)) {
      messages = host.messages ? withOverrides(context.messages, host.messages) : context.messages;
    } else {
      messages = resolveMessages(locale, host.messages, model);
    }
    const today =
      host.today && isIsoDate(host.today) ? host.today : (context?.today ?? this.fallbackToday);
    const division =
      host.division ??
      context?.division ??
      sourceRecord?.division ??
      model?.division ??
      'england-and-wales';
    const selection = host.selection ?? context?.selection;
    return {
      model,
      modelState: modelReading.state,
      modelIssues: modelReading.issues,
      record,
      sourceRecord,
      recordIssues,
      ownModel,
      ownRecord,
      inProvider: context !== undefined,
      audience: findAudience(model, audienceId),
      locale,
      localeReady,
      messages,
      i18n: new Localiser(locale, messages, model?.locales ?? []),
      division,
      today,
      selection,
    };
  }
}
