import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Localiser } from '../../i18n/localiser.js';
import { answerValues, isAnswered, isVisible } from '../../model/assessment/conditions.js';
import type {
  Answer,
  AssessmentResponse,
  Person,
  Professional,
  StructuredEntry,
} from '../../model/case-record/schema.js';
import { isPartialDate } from '../../model/common.js';
import type {
  AssessmentTemplate,
  PracticeModel,
  Question,
  Section,
  SimpleQuestion,
} from '../../model/practice-model/schema.js';
import { RATERS } from '../../model/practice-model/schema.js';
import { isRedacted } from '../../model/redaction.js';
import type { TimescaleClock } from '../../model/timescales/index.js';
import { CaseViewElement, type ReadyCaseView } from '../shared/case-view-element.js';
import { renderClockStatus } from '../shared/clock-status.js';
import { visibleClocks } from '../shared/clocks.js';
import { heading } from '../shared/heading.js';
import { nameOf, personsById } from '../shared/people.js';
import { renderEmpty } from '../shared/states.js';
import { assessmentStyles } from './assessment.styles.js';

/** What one render of the review needs. */
interface Review {
  readonly view: ReadyCaseView;
  readonly i18n: Localiser;
  readonly model: PracticeModel;
  readonly response: AssessmentResponse | undefined;
  readonly persons: ReadonlyMap<string, Person>;
  readonly professionals: ReadonlyMap<string, Professional>;
  readonly redacting: boolean;
}

type AnyQuestion = Question | SimpleQuestion;

const OPEN_STATUSES = new Set(['upcoming', 'due', 'overdue']);

/**
 * An assessment in review mode ("check your answers"): the template's sections with their
 * questions and answers as summary lists, every answer type written out (code list labels, yes or
 * no, scale readings by rater with their anchors, structured entries with their details, repeating
 * groups, people by name, dates), per-child sections once for each subject child, questions hidden
 * by their conditions left out, and the response's status and due date from the template's
 * timescale. Answers the audience may not see are removed or shown as "Information withheld".
 *
 * Works inside `<practice-case>` or alone with `.model` and `.record`.
 *
 * @summary An assessment's answers for review, section by section.
 * @tagname practice-assessment
 *
 * @csspart header - The status, subjects and due date above the sections.
 * @csspart section - Each section (each child's copy of a per-child section).
 * @csspart summary-list - A list of questions and answers.
 * @csspart row - One question and its answer.
 * @csspart key - A question.
 * @csspart value - An answer.
 * @csspart not-answered - The "Not answered" text.
 * @csspart status - The timescale status text.
 * @csspart problem - The alert shown when the element's own practice model is rejected.
 * @csspart issues - The list of problems.
 * @csspart record-notice - The notice listing parts of the element's own record left out.
 * @csspart empty - The message shown when there is nothing to show.
 *
 * @cssprop --practice-color-text - Text colour (system token).
 * @cssprop --practice-color-text-secondary - "Not answered" and entry details (system token).
 * @cssprop --practice-color-border - Row borders (system token).
 * @cssprop --practice-color-surface - Background of the header (system token).
 * @cssprop --practice-font-family - Font (system token).
 * @cssprop --practice-assessment-key-width - Width of the question column.
 * @cssprop --practice-assessment-row-border - Border under each row.
 * @cssprop --practice-assessment-header-background - Background of the header.
 *
 * @fires {PracticeInvalidEvent} practice-invalid - The element's own `model` was rejected or parts
 *   of its own `record` were left out.
 */
export class PracticeAssessment extends CaseViewElement {
  static override styles = assessmentStyles;

  /** The template id (default: the response's template, else the model's first template). */
  @property() template?: string;

  /** The response id in the record (default: the record's first response of the template). */
  @property() response?: string;

  protected override renderView(view: ReadyCaseView): TemplateResult {
    const { model, record, i18n } = view;
    const [first] = model.templates;
    if (!first) return renderEmpty(i18n.t('assessment.noTemplates'));
    const responses = record.responses ?? [];
    const chosen = this.response ? responses.find((r) => r.id === this.response) : undefined;
    if (this.response && !chosen) {
      return renderEmpty(i18n.t('assessment.unknownResponse', { id: this.response }));
    }
    const templateId = this.template || chosen?.template || first.id;
    const template = model.templates.find((t) => t.id === templateId);
    if (!template) return renderEmpty(i18n.t('assessment.unknownTemplate', { id: templateId }));
    const review: Review = {
      view,
      i18n,
      model,
      response: chosen ?? responses.find((r) => r.template === template.id),
      persons: personsById(record),
      professionals: new Map((record.professionals ?? []).map((p) => [p.id, p])),
      redacting: view.audience !== undefined,
    };
    return html`<article aria-labelledby="assessment-heading">
      ${heading(this.level(), i18n.text(template.name), 'assessment-heading')}
      ${this.renderHeader(template, review)}
      ${template.sections.map((section, i) => this.renderSection(section, i, review))}
    </article>`;
  }

  // Header --------------------------------------------------------------------------------------

  private renderHeader(template: AssessmentTemplate, review: Review): TemplateResult {
    const { i18n, response, view } = review;
    const subjects = response?.subjects ?? view.record.subjects;
    const clock = template.timescale ? this.clockFor(template.timescale, review) : undefined;
    return html`<dl class="summary-list header" part="header">
      <div class="row">
        <dt class="key">${i18n.t('assessment.status')}</dt>
        <dd class="value">
          ${
            response ? i18n.t(`responseStatus.${response.status}`) : i18n.t('assessment.notStarted')
          }
        </dd>
      </div>
      ${
        subjects.length
          ? html`<div class="row">
              <dt class="key">${i18n.t('assessment.subjects')}</dt>
              <dd class="value">${i18n.list(subjects.map((id) => this.name(id, review)))}</dd>
            </div>`
          : nothing
      }
      ${
        clock
          ? html`<div class="row">
              <dt class="key">${i18n.t('assessment.due')}</dt>
              <dd class="value">${i18n.date(clock.due)} ${renderClockStatus(clock, i18n)}</dd>
            </div>`
          : nothing
      }
    </dl>`;
  }

  /** The clock of the template's rule: the latest open one, else the latest one. */
  private clockFor(ruleId: string, review: Review): TimescaleClock | undefined {
    const clocks = visibleClocks(review.view).filter((c) => c.rule === ruleId);
    const latest = (list: readonly TimescaleClock[]) =>
      list.reduce<TimescaleClock | undefined>(
        (best, c) => (!best || c.anchor.date >= best.anchor.date ? c : best),
        undefined,
      );
    return latest(clocks.filter((c) => OPEN_STATUSES.has(c.status))) ?? latest(clocks);
  }

  // Sections ------------------------------------------------------------------------------------

  private renderSection(section: Section, index: number, review: Review): unknown {
    const { response, i18n } = review;
    if (!section.perChild) {
      return this.renderSectionCopy(section, `section-${index}`, i18n.text(section.title), review);
    }
    const children = response?.subjects ?? review.view.record.subjects;
    return children.map((child, c) =>
      this.renderSectionCopy(
        section,
        `section-${index}-${c}`,
        i18n.t('assessment.sectionForChild', {
          section: i18n.text(section.title),
          name: this.name(child, review),
        }),
        review,
        child,
      ),
    );
  }

  private renderSectionCopy(
    section: Section,
    id: string,
    title: string,
    review: Review,
    child?: string,
  ): TemplateResult | typeof nothing {
    const values = answerValues(review.response, child);
    if (!isVisible(section.visibleWhen, values)) return nothing;
    const answers =
      child === undefined ? review.response?.answers : review.response?.childAnswers?.[child];
    const questions = section.questions.filter(
      (q) => q.type !== 'content' && isVisible(q.visibleWhen, values),
    );
    if (questions.length === 0) return nothing;
    return html`<section class="section" part="section" aria-labelledby=${id}>
      ${heading(this.level(1), title, id)}
      ${
        section.description
          ? html`<p class="description">${review.i18n.text(section.description)}</p>`
          : nothing
      }
      <dl class="summary-list" part="summary-list">
        ${questions.map((q) => this.renderRow(q, answers?.[q.id], values, review))}
      </dl>
    </section>`;
  }

  private renderRow(
    question: AnyQuestion,
    answer: Answer | undefined,
    values: Readonly<Record<string, unknown>>,
    review: Review,
  ): TemplateResult {
    return html`<div class="row" part="row">
      <dt class="key" part="key">${review.i18n.text(question.label)}</dt>
      <dd class="value" part="value">${this.renderAnswer(question, answer, values, review)}</dd>
    </div>`;
  }

  // Answers -------------------------------------------------------------------------------------

  private renderAnswer(
    question: AnyQuestion,
    answer: Answer | undefined,
    values: Readonly<Record<string, unknown>>,
    review: Review,
  ): unknown {
    const { i18n } = review;
    if (answer && isRedacted(answer)) {
      return html`<span class="withheld">${i18n.t('common.informationWithheld')}</span>`;
    }
    return this.renderValue(question, answer?.value, values, review);
  }

  private renderValue(
    question: AnyQuestion,
    value: unknown,
    values: Readonly<Record<string, unknown>>,
    review: Review,
  ): unknown {
    const { i18n } = review;
    if (!isAnswered(value)) return this.notAnswered(i18n);
    switch (question.type) {
      case 'long-text':
        return html`<span class="long-text">${String(value)}</span>`;
      case 'number': {
        if (typeof value !== 'number') return String(value);
        const number = i18n.number(value);
        return question.unit
          ? i18n.t('common.valueWithUnit', { value: number, unit: i18n.text(question.unit) })
          : number;
      }
      case 'date':
        return typeof value === 'string' && isPartialDate(value) ? i18n.date(value) : String(value);
      case 'single-choice':
        return this.codeLabel(question.codeList, String(value), review);
      case 'multiple-choice':
        return this.list(
          (Array.isArray(value) ? value : [value]).map((code) =>
            this.codeLabel(question.codeList, String(code), review),
          ),
        );
      case 'yes-no':
        return this.yesNo(value, i18n);
      case 'scale':
        return this.scale(question, value, i18n);
      case 'person':
        return this.list(
          (Array.isArray(value) ? value : [value]).map((id) => this.name(String(id), review)),
        );
      case 'entries':
        return Array.isArray(value)
          ? this.entries(value as StructuredEntry[], review)
          : String(value);
      case 'group':
        return Array.isArray(value) ? this.group(question, value, values, review) : String(value);
      case 'content':
        return nothing;
      default:
        return typeof value === 'object' ? this.notAnswered(i18n) : String(value);
    }
  }

  private notAnswered(i18n: Localiser): TemplateResult {
    return html`<span class="not-answered" part="not-answered"
      >${i18n.t('common.notAnswered')}</span
    >`;
  }

  private list(items: readonly unknown[]): unknown {
    if (items.length === 1) return items[0];
    return html`<ul class="plain-list">
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  }

  private codeLabel(listId: string, code: string, review: Review): string {
    // Several versions of a list may coexist: the latest listed that knows the code wins.
    const lists = review.model.codeLists.filter((l) => l.id === listId).reverse();
    for (const list of lists) {
      const found = list.codes.find((c) => c.code === code);
      if (found) return review.i18n.text(found.label);
    }
    return review.i18n.t('assessment.unknownCode', { code });
  }

  private yesNo(value: unknown, i18n: Localiser): string {
    if (value === true || value === 'yes') return i18n.t('common.yes');
    if (value === false || value === 'no') return i18n.t('common.no');
    if (value === 'unknown' || value === 'not-known') return i18n.t('common.notKnown');
    return String(value);
  }

  private scale(
    question: Extract<AnyQuestion, { type: 'scale' }>,
    value: unknown,
    i18n: Localiser,
  ): unknown {
    const readings: Record<string, unknown> =
      typeof value === 'number' ? { worker: value } : (value as Record<string, unknown>);
    if (typeof readings !== 'object' || readings === null) return String(value);
    const order = question.raters ?? RATERS;
    const raters = [
      ...order.filter((r) => Object.hasOwn(readings, r)),
      ...Object.keys(readings).filter((r) => !(order as readonly string[]).includes(r)),
    ];
    const items = raters
      .filter((rater) => typeof readings[rater] === 'number')
      .map((rater) => {
        const reading = readings[rater] as number;
        const anchor = question.anchors.find((a) => a.value === reading);
        const text = anchor
          ? i18n.t('assessment.scaleWithAnchor', {
              value: i18n.number(reading),
              anchor: i18n.text(anchor.label),
            })
          : i18n.number(reading);
        const raterLabel = (RATERS as readonly string[]).includes(rater)
          ? i18n.t(`rater.${rater as (typeof RATERS)[number]}`)
          : rater;
        return i18n.t('assessment.raterReading', { rater: raterLabel, reading: text });
      });
    return items.length ? this.list(items) : this.notAnswered(i18n);
  }

  private entries(entries: readonly StructuredEntry[], review: Review): TemplateResult {
    const { i18n } = review;
    return html`<ul class="entries">
      ${entries.map((entry) => {
        if (isRedacted(entry)) {
          return html`<li class="entry withheld">${i18n.t('common.informationWithheld')}</li>`;
        }
        const details: [string, string][] = [];
        const add = (term: string, text: string | undefined) => {
          if (text) details.push([term, text]);
        };
        add(i18n.t('assessment.entry.owner'), entry.owner);
        add(i18n.t('assessment.entry.due'), entry.due && i18n.date(entry.due));
        add(i18n.t('assessment.entry.safetyGoal'), entry.safetyGoal);
        add(i18n.t('assessment.entry.saidBy'), entry.saidBy && this.name(entry.saidBy, review));
        add(
          i18n.t('assessment.entry.recordedBy'),
          entry.recordedBy &&
            (review.professionals.get(entry.recordedBy)?.name ?? entry.recordedBy),
        );
        add(i18n.t('assessment.entry.recordedOn'), entry.recordedOn && i18n.date(entry.recordedOn));
        add(
          i18n.t('assessment.entry.method'),
          entry.method && i18n.t(`entryMethod.${entry.method}`),
        );
        add(i18n.t('assessment.entry.evidenceFor'), entry.evidenceFor);
        add(i18n.t('assessment.entry.evidenceAgainst'), entry.evidenceAgainst);
        add(
          i18n.t('assessment.entry.revision'),
          entry.revision === undefined ? undefined : i18n.number(entry.revision),
        );
        return html`<li class="entry">
          <p class="long-text">${entry.text}</p>
          ${
            details.length
              ? html`<dl class="entry-details">
                  ${details.map(
                    ([term, text]) =>
                      html`<dt>${term}</dt>
                        <dd>${text}</dd>`,
                  )}
                </dl>`
              : nothing
          }
        </li>`;
      })}
    </ul>`;
  }

  private group(
    question: Extract<AnyQuestion, { type: 'group' }>,
    items: readonly unknown[],
    values: Readonly<Record<string, unknown>>,
    review: Review,
  ): TemplateResult {
    const { i18n } = review;
    const label = question.itemLabel
      ? i18n.text(question.itemLabel)
      : i18n.t('assessment.groupItemDefault');
    return html`<ol class="group-items">
      ${items.map((raw, i) => {
        const item =
          typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
        // Inside an item, conditions read the item's own answers first.
        const scope = { ...values, ...item };
        const inner = question.questions.filter(
          (q) => q.type !== 'content' && isVisible(q.visibleWhen, scope),
        );
        return html`<li class="group-item">
          <p class="group-item-title">
            ${i18n.t('assessment.groupItem', { label, number: i + 1 })}
          </p>
          <dl class="summary-list nested">
            ${inner.map(
              (q) =>
                html`<div class="row">
                  <dt class="key">${i18n.text(q.label)}</dt>
                  <dd class="value">${this.renderValue(q, item[q.id], scope, review)}</dd>
                </div>`,
            )}
          </dl>
        </li>`;
      })}
    </ol>`;
  }

  private name(personId: string, review: Review): string {
    return nameOf(personId, review.persons, review.i18n, review.redacting);
  }
}
