/**
 * Review and print modes ("check your answers"): each shown question and its answer as a GOV.UK
 * summary list row, every answer type written out: code labels, yes or no, scale readings by rater
 * with their anchors, structured entries with their details, repeating groups item by item, people
 * by name, dates in words, the earlier answers an analysis cites, and the disagreements recorded
 * against an answer ("Disputed by Kelly Hollis (mother): …"). Answers masked from the audience say
 * "Information withheld"; answers hidden from it leave no row.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { answerKey } from '../../model/assessment/address.js';
import { getAnswerRecord, isAnswered } from '../../model/assessment/answers.js';
import type { AnyQuestion } from '../../model/assessment/values.js';
import type { QuestionState, SectionState } from '../../model/assessment/visibility.js';
import type { StructuredEntry } from '../../model/case-record/schema.js';
import { isPartialDate } from '../../model/common.js';
import { RATERS } from '../../model/practice-model/schema.js';
import { isRedacted } from '../../model/redaction.js';
import { answerDisputes } from '../../model/assessment/disputes.js';
import { disputeSentence } from './dispute.js';
import { ownerName } from './entries.js';
import { sectionQuestions } from './fields.js';
import {
  codeLabel,
  itemLabel,
  nameFor,
  raterLabel,
  type FormContext,
  type QuestionOf,
} from './form-context.js';

/**
 * The questions of a section copy that get a row: shown, not content, and not hidden from the
 * audience (see {@link isHiddenFromAudience}).
 */
export function reviewRows(ctx: FormContext, section: SectionState): QuestionState[] {
  return sectionQuestions(ctx, section).filter(
    (q) => q.question.type !== 'content' && !isHiddenFromAudience(ctx, q),
  );
}

/** Questions and their answers (see {@link reviewRows}), as a summary list. */
export function renderReviewRows(ctx: FormContext, rows: readonly QuestionState[]): TemplateResult {
  return html`<dl class="summary-list" part="summary-list">
    ${rows.map((state) => renderRow(ctx, state))}
  </dl>`;
}

/**
 * True when the question's answer was withheld from an audience that hides rather than masks
 * (the court): its row is left out, as the timeline leaves out an entry hidden from its audience.
 * "Not answered" would tell them nothing was recorded. A masked answer keeps its row, as
 * "Information withheld"; so do entries lists with some entries left.
 */
function isHiddenFromAudience(ctx: FormContext, state: QuestionState): boolean {
  if (ctx.withheld.size === 0) return false;
  const record = getAnswerRecord(ctx.response, state.address);
  if (ctx.withheld.has(state.key)) return record === undefined;
  // Every entry of an entries answer withheld, and none kept as a marker.
  if (state.question.type !== 'entries' || isAnswered(record?.value)) return false;
  const prefix = `${state.key}#`;
  for (const key of ctx.withheld) if (key.startsWith(prefix)) return true;
  return false;
}

function renderRow(ctx: FormContext, state: QuestionState): TemplateResult {
  const { i18n } = ctx;
  const record = getAnswerRecord(ctx.response, state.address);
  const cites = record?.cites ?? [];
  const comments = ctx.mode === 'print' ? [] : (ctx.comments.get(state.key) ?? []);
  // A withheld answer is a marker with no disagreements: they are withheld with it.
  const disputes = answerDisputes(ctx.response, state.address);
  return html`<div class="row" part="row">
    <dt class="key" part="key" lang=${ifDefined(i18n.textLang(state.question.label))}>
      ${i18n.text(state.question.label)}
    </dt>
    <dd class="value" part="value">
      ${
        record && isRedacted(record)
          ? html`<span class="withheld">${i18n.t('common.informationWithheld')}</span>`
          : renderValue(ctx, state.question, record?.value, state)
      }
      ${
        cites.length
          ? html`<p class="cites">
              ${i18n.t('assessment.citations.review', {
                labels: i18n.list(cites.map((id) => citedLabel(ctx, id))),
              })}
            </p>`
          : nothing
      }
      ${disputes.map(
        (dispute) =>
          html`<p class="dispute long-text" part="dispute">
            ${disputeSentence(ctx, state.address, dispute)}
          </p>`,
      )}
      ${comments.map(
        (comment) =>
          html`<p class="comment" part="comment">
            ${i18n.t('assessment.comment.inline', {
              name: ctx.professionals.get(comment.by)?.name ?? comment.by,
              text: comment.text,
            })}
          </p>`,
      )}
    </dd>
  </div>`;
}

function citedLabel(ctx: FormContext, id: string): string {
  const slot = ctx.state.compiled.questions.get(id);
  return slot?.question ? ctx.i18n.text(slot.question.label) : id;
}

function notAnswered(ctx: FormContext): TemplateResult {
  return html`<span class="not-answered" part="not-answered"
    >${ctx.i18n.t('common.notAnswered')}</span
  >`;
}

function list(items: readonly unknown[]): unknown {
  if (items.length === 1) return items[0];
  return html`<ul class="plain-list">
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}

/** One answer written out for its question type; values of the wrong type are shown as text. */
export function renderValue(
  ctx: FormContext,
  question: AnyQuestion,
  value: unknown,
  state?: QuestionState,
): unknown {
  const { i18n } = ctx;
  if (!isAnswered(value)) return notAnswered(ctx);
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
      return codeLabel(ctx, question.codeList, String(value));
    case 'multiple-choice':
      return list(
        (Array.isArray(value) ? value : [value]).map((code) =>
          codeLabel(ctx, question.codeList, String(code)),
        ),
      );
    case 'yes-no':
      return yesNo(ctx, value);
    case 'scale':
      return scale(ctx, question, value);
    case 'person':
      return list((Array.isArray(value) ? value : [value]).map((id) => nameFor(ctx, String(id))));
    case 'entries':
      return Array.isArray(value) ? entries(ctx, value as StructuredEntry[]) : String(value);
    case 'group':
      return Array.isArray(value) && state ? group(ctx, question, value, state) : String(value);
    case 'content':
      return nothing;
    default:
      return typeof value === 'object' ? notAnswered(ctx) : String(value);
  }
}

function yesNo(ctx: FormContext, value: unknown): string {
  if (value === true || value === 'yes') return ctx.i18n.t('common.yes');
  if (value === false || value === 'no') return ctx.i18n.t('common.no');
  if (value === 'unknown' || value === 'not-known') return ctx.i18n.t('common.notKnown');
  return String(value);
}

function scale(ctx: FormContext, question: QuestionOf<'scale'>, value: unknown): unknown {
  const { i18n } = ctx;
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
      return i18n.t('assessment.raterReading', { rater: raterLabel(ctx, rater), reading: text });
    });
  return items.length ? list(items) : notAnswered(ctx);
}

function entries(ctx: FormContext, values: readonly StructuredEntry[]): TemplateResult {
  const { i18n } = ctx;
  return html`<ul class="entries">
    ${values.map((entry) => {
      if (isRedacted(entry)) {
        return html`<li class="entry withheld">${i18n.t('common.informationWithheld')}</li>`;
      }
      const details: [string, string][] = [];
      const add = (term: string, text: string | undefined) => {
        if (text) details.push([term, text]);
      };
      add(i18n.t('assessment.entry.owner'), entry.owner && ownerName(ctx, entry.owner));
      add(i18n.t('assessment.entry.due'), entry.due && i18n.date(entry.due));
      add(i18n.t('assessment.entry.safetyGoal'), entry.safetyGoal);
      add(i18n.t('assessment.entry.saidBy'), entry.saidBy && nameFor(ctx, entry.saidBy));
      add(
        i18n.t('assessment.entry.recordedBy'),
        entry.recordedBy && (ctx.professionals.get(entry.recordedBy)?.name ?? entry.recordedBy),
      );
      add(i18n.t('assessment.entry.recordedOn'), entry.recordedOn && i18n.date(entry.recordedOn));
      add(i18n.t('assessment.entry.method'), entry.method && i18n.t(`entryMethod.${entry.method}`));
      add(i18n.t('assessment.entry.evidenceFor'), entry.evidenceFor);
      add(i18n.t('assessment.entry.evidenceAgainst'), entry.evidenceAgainst);
      add(
        i18n.t('assessment.entry.revision'),
        entry.revision === undefined ? undefined : i18n.number(entry.revision),
      );
      add(
        i18n.t('assessment.entry.disputedBy'),
        entry.disputedBy?.length
          ? i18n.list(entry.disputedBy.map((rater) => raterLabel(ctx, rater)))
          : undefined,
      );
      add(i18n.t('assessment.entry.disputeReason'), entry.disputeReason);
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

function group(
  ctx: FormContext,
  question: QuestionOf<'group'>,
  items: readonly unknown[],
  state: QuestionState,
): TemplateResult {
  const { i18n } = ctx;
  const one = itemLabel(ctx, question);
  return html`<ol class="group-items">
    ${items.map((raw, i) => {
      const item = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const withheld = new Set<string>();
      const inner = question.questions.filter((q) => {
        if (q.type === 'content') return false;
        const key = answerKey({ ...state.address, item: i, inner: q.id });
        if (ctx.withheld.has(key)) {
          // Masked: kept (as null) and shown as withheld; hidden: left out.
          if (!Object.hasOwn(item, q.id)) return false;
          withheld.add(q.id);
        }
        return ctx.state.questions.get(key)?.visible ?? true;
      });
      return html`<li class="group-item">
        <p class="group-item-title">
          ${i18n.t('assessment.groupItem', { label: one, number: i + 1 })}
        </p>
        <dl class="summary-list nested">
          ${inner.map(
            (q) =>
              html`<div class="row">
                <dt class="key" lang=${ifDefined(i18n.textLang(q.label))}>${i18n.text(q.label)}</dt>
                <dd class="value">
                  ${
                    withheld.has(q.id)
                      ? html`<span class="withheld">${i18n.t('common.informationWithheld')}</span>`
                      : renderValue(ctx, q, item[q.id])
                  }
                </dd>
              </div>`,
          )}
        </dl>
      </li>`;
    })}
  </ol>`;
}

/**
 * An answer whose question is no longer in the template (kept from a previous model version),
 * written out from its value alone: text, numbers, yes or no, lists, readings and entries.
 */
export function renderLooseValue(ctx: FormContext, value: unknown): unknown {
  const { i18n } = ctx;
  if (!isAnswered(value)) return notAnswered(ctx);
  if (typeof value === 'boolean') return yesNo(ctx, value);
  if (typeof value === 'number') return i18n.number(value);
  if (typeof value === 'string') return html`<span class="long-text">${value}</span>`;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return list(value);
    if (value.every((v) => typeof v === 'object' && v !== null && 'text' in v)) {
      return entries(ctx, value as StructuredEntry[]);
    }
    return list(value.map((item) => JSON.stringify(item)));
  }
  if (typeof value === 'object' && value !== null) {
    return list(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) =>
          i18n.t('assessment.raterReading', {
            rater: raterLabel(ctx, k),
            reading: typeof v === 'number' ? i18n.number(v) : String(v),
          }),
        ),
    );
  }
  return String(value);
}
