/**
 * The parts around the questions: the header (status, subjects, due date, autosave status,
 * scores), the GOV.UK error summary, the section list, the life-cycle controls (submit, return
 * with comments, authorise, amend, resubmit, history) and the "from the previous version" panel.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AnswerKey } from '../../model/assessment/address.js';
import type { ErrorSummaryItem } from '../../model/assessment/errors.js';
import { availableActions, type ResponseAction } from '../../model/assessment/lifecycle.js';
import type { AssessmentClock } from '../../model/assessment/timescale.js';
import type { SectionState } from '../../model/assessment/visibility.js';
import type { AssessmentResponse } from '../../model/case-record/schema.js';
import { isRedacted } from '../../model/redaction.js';
import { heading, type HeadingLevel } from '../shared/heading.js';
import { modelText } from '../shared/model-text.js';
import {
  contextualLabel,
  errorText,
  nameFor,
  sectionHeadingId,
  type FormContext,
} from './form-context.js';
import { errorFocusId } from './item-buttons.js';
import { renderLooseValue } from './review.js';

// Header --------------------------------------------------------------------------------------

/** A score as shown: its label (with the child's name for a per-child score) and value. */
export interface ShownScore {
  readonly label: string;
  readonly value: number | undefined;
  readonly band?: string;
}

/** What the header shows besides the response itself. */
export interface HeaderParts {
  readonly clock: AssessmentClock | undefined;
  readonly scores: readonly ShownScore[];
  /** The autosave status sentence, when autosave is on. */
  readonly saveStatus: string | undefined;
}

/** The status, subjects, due date, autosave status and scores. */
export function renderHeader(
  ctx: FormContext,
  parts: HeaderParts,
  started: boolean,
): TemplateResult {
  const { i18n, response } = ctx;
  const subjects = response.subjects ?? ctx.record.subjects;
  const { clock } = parts;
  return html`<dl class="summary-list header" part="header">
      <div class="row">
        <dt class="key">${i18n.t('assessment.status')}</dt>
        <dd class="value">
          ${started ? i18n.t(`responseStatus.${response.status}`) : i18n.t('assessment.notStarted')}
        </dd>
      </div>
      ${
        subjects.length
          ? html`<div class="row">
              <dt class="key">${i18n.t('assessment.subjects')}</dt>
              <dd class="value">${i18n.list(subjects.map((id) => nameFor(ctx, id)))}</dd>
            </div>`
          : nothing
      }
      ${
        clock
          ? html`<div class="row">
              <dt class="key">${i18n.t('assessment.due')}</dt>
              <dd class="value">${i18n.date(clock.due)} ${renderClock(ctx, clock)}</dd>
            </div>`
          : nothing
      }
      ${parts.scores.map(
        (score) =>
          html`<div class="row">
            <dt class="key">${score.label}</dt>
            <dd class="value" part="score">
              ${
                score.value === undefined
                  ? html`<span class="not-answered">${i18n.t('assessment.scoreNone')}</span>`
                  : score.band
                    ? i18n.t('assessment.scoreWithBand', {
                        value: i18n.number(Math.round(score.value * 100) / 100),
                        band: score.band,
                      })
                    : i18n.number(Math.round(score.value * 100) / 100)
              }
            </dd>
          </div>`,
      )}
    </dl>
    ${
      parts.saveStatus !== undefined
        ? html`<p class="save-status" part="save-status" role="status">${parts.saveStatus}</p>`
        : nothing
    }`;
}

/** The clock's status in words: working days left, or how late. */
function renderClock(ctx: FormContext, clock: AssessmentClock): TemplateResult {
  const { i18n } = ctx;
  const status = i18n.t(`timescale.status.${clock.status}`);
  let detail: string | undefined;
  if (clock.status === 'overdue' && clock.workingDaysOverdue !== undefined) {
    detail = i18n.plural('assessment.workingDaysOverdue', clock.workingDaysOverdue);
  } else if (clock.status === 'met-late' && clock.daysLate) {
    detail = i18n.plural('timescale.daysLate', clock.daysLate);
  } else if (clock.workingDaysLeft !== undefined) {
    detail = i18n.plural('timescale.workingDaysLeft', clock.workingDaysLeft);
  }
  return html`<span class="status status--${clock.status}" part="status"
    >${detail ? i18n.t('timescale.statusDetail', { status, detail }) : status}</span
  >`;
}

// Error summary -------------------------------------------------------------------------------

/** The id of the error summary (focused when a submission finds errors). */
export const ERROR_SUMMARY_ID = 'error-summary';

/** GOV.UK error summary: every error showing, each a link that moves focus to its field. */
export function renderErrorSummary(
  ctx: FormContext,
  items: readonly ErrorSummaryItem[],
): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  const { i18n } = ctx;
  return html`<div
    class="error-summary"
    part="error-summary"
    id=${ERROR_SUMMARY_ID}
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    ${heading(ctx.level(1), i18n.t('assessment.errorSummary.title'), 'error-summary-title')}
    <ul class="error-list">
      ${items.map((item) => {
        const state = ctx.state.questions.get(item.answerKey);
        const label = state ? contextualLabel(ctx, state) : item.answerKey;
        return html`<li>
          <a
            href=${`#${errorFocusId(ctx.state, item.answerKey)}`}
            data-action="summary-link"
            data-key=${item.answerKey}
            >${errorText(ctx, item, label)}</a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}

// Sections ------------------------------------------------------------------------------------

/** A section copy's title: the section's, with the child's name in a per-child copy. */
export function sectionTitle(ctx: FormContext, section: SectionState): string {
  const title = ctx.i18n.text(section.section.title);
  return section.child === undefined
    ? title
    : ctx.i18n.t('assessment.sectionForChild', {
        section: title,
        name: nameFor(ctx, section.child),
      });
}

/** Shown errors by section key. */
export function errorsBySection(items: readonly ErrorSummaryItem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key =
      item.address.child === undefined ? item.section : `${item.address.child}/${item.section}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function sectionStatus(ctx: FormContext, section: SectionState, errors: number): [string, string] {
  const { i18n } = ctx;
  if (errors > 0) return ['error', i18n.plural('assessment.sectionErrors', errors)];
  if (section.answered > 0 && section.complete) {
    return ['complete', i18n.t('assessment.sectionStatus.complete')];
  }
  if (section.answered > 0) return ['started', i18n.t('assessment.sectionStatus.started')];
  return ['not-started', i18n.t('assessment.sectionStatus.notStarted')];
}

/** The section list (GOV.UK task list): each section with its status; the current one marked. */
export function renderSectionNav(
  ctx: FormContext,
  sections: readonly SectionState[],
  current: string | undefined,
  errors: ReadonlyMap<string, number>,
): TemplateResult {
  const { i18n } = ctx;
  return html`<nav
    class="section-nav"
    part="section-nav"
    aria-label=${i18n.t('assessment.sections')}
  >
    <ol class="task-list">
      ${sections.map((section, i) => {
        const [kind, status] = sectionStatus(ctx, section, errors.get(section.key) ?? 0);
        const statusId = `task-status-${i}`;
        return html`<li class="task" part="task">
          <button
            type="button"
            class="task-link"
            data-action="section"
            data-section=${section.key}
            aria-current=${ifDefined(section.key === current ? 'step' : undefined)}
            aria-describedby=${statusId}
          >
            ${sectionTitle(ctx, section)}
          </button>
          <span class="tag tag--${kind}" id=${statusId}>${status}</span>
        </li>`;
      })}
    </ol>
  </nav>`;
}

/** "Previous section" and "Next section", naming where they go. */
export function renderPagination(
  ctx: FormContext,
  previous: SectionState | undefined,
  next: SectionState | undefined,
): TemplateResult {
  const { i18n } = ctx;
  return html`<div class="pagination" part="pagination">
    ${
      previous
        ? html`<button
            type="button"
            class="button button--secondary"
            data-action="section"
            data-section=${previous.key}
          >
            ${i18n.t('assessment.previousSection', { section: sectionTitle(ctx, previous) })}
          </button>`
        : nothing
    }
    ${
      next
        ? html`<button
            type="button"
            class="button button--secondary"
            data-action="section"
            data-section=${next.key}
          >
            ${i18n.t('assessment.nextSection', { section: sectionTitle(ctx, next) })}
          </button>`
        : nothing
    }
  </div>`;
}

/** The heading of a section copy, focusable so that moving to a section can move focus there. */
export function sectionHeading(ctx: FormContext, section: SectionState): TemplateResult {
  // Focus moves here when the worker moves between sections.
  // A section's own title may be in the model's language rather than the view's (`modelText`).
  const title =
    section.child === undefined
      ? modelText(ctx.i18n, section.section.title)
      : sectionTitle(ctx, section);
  return focusableHeading(ctx.level(1), title, sectionHeadingId(section.key));
}

/** A heading that scripts can focus (tabindex -1) but the Tab key passes by. */
export function focusableHeading(
  level: HeadingLevel,
  content: unknown,
  id: string,
): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${id} tabindex="-1">${content}</h2>`;
    case 3:
      return html`<h3 id=${id} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} tabindex="-1">${content}</h5>`;
    default:
      return html`<h6 id=${id} tabindex="-1">${content}</h6>`;
  }
}

// Life cycle ----------------------------------------------------------------------------------

/** Ids of the life-cycle fields the element reads when a button is pressed. */
export const LIFECYCLE_IDS = {
  returnReason: 'lifecycle-return-reason',
  amendReason: 'lifecycle-amend-reason',
  commentQuestion: 'lifecycle-comment-question',
  commentText: 'lifecycle-comment-text',
} as const;

/** What the life-cycle panel offers. */
export interface LifecycleParts {
  /** The actions this user may take (the `actions` attribute). */
  readonly allowed: ReadonlySet<ResponseAction>;
  /** A message about the last action (done, or why not). */
  readonly message: { readonly text: string; readonly error: boolean } | undefined;
  /** Questions a comment may be anchored to: answer key and label. */
  readonly anchors: readonly (readonly [AnswerKey, string])[];
  readonly disabled: boolean;
}

function historyEntry(ctx: FormContext, entry: NonNullable<AssessmentResponse['history']>[number]) {
  const { i18n } = ctx;
  const text = i18n.t('assessment.history.entry', {
    status: i18n.t(`responseStatus.${entry.status}`),
    name: ctx.professionals.get(entry.by)?.name ?? entry.by,
    date: i18n.date(entry.at.slice(0, 10)),
  });
  return html`<li>
    ${text}${entry.reason ? html`<br /><span class="history-reason">${entry.reason}</span>` : nothing}
  </li>`;
}

function reasonField(id: string, label: string, hint: string | undefined): TemplateResult {
  return html`<div class="question">
    <label class="label" for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    <textarea
      class="textarea"
      rows="3"
      id=${id}
      aria-describedby=${ifDefined(hint ? `${id}-hint` : undefined)}
    ></textarea>
  </div>`;
}

/** The response's status, its history, and the moves this user may make now. */
export function renderLifecycle(ctx: FormContext, parts: LifecycleParts): TemplateResult {
  const { i18n, response } = ctx;
  const actions = availableActions(response.status).filter((a) => parts.allowed.has(a));
  const history = response.history ?? [];
  const button = (action: ResponseAction, primary: boolean) =>
    html`<button
      type="button"
      class=${primary ? 'button' : 'button button--secondary'}
      data-action="transition"
      data-transition=${action}
      ?disabled=${parts.disabled}
    >
      ${i18n.t(`assessment.action.${action}`)}
    </button>`;
  return html`<section class="lifecycle" part="lifecycle" aria-labelledby="lifecycle-heading">
    ${heading(ctx.level(1), i18n.t('assessment.lifecycle.heading'), 'lifecycle-heading')}
    <p>
      ${i18n.t('assessment.lifecycle.status', {
        status: i18n.t(`responseStatus.${response.status}`),
      })}
    </p>
    ${
      parts.message
        ? html`<p
            class=${parts.message.error ? 'lifecycle-message error-message' : 'lifecycle-message'}
            role=${parts.message.error ? 'alert' : 'status'}
          >
            ${parts.message.text}
          </p>`
        : nothing
    }
    ${
      actions.includes('return') && parts.anchors.length
        ? html`<fieldset class="comment-form">
            <legend class="label">${i18n.t('assessment.comment.add')}</legend>
            <div class="question">
              <label class="label label--small" for=${LIFECYCLE_IDS.commentQuestion}
                >${i18n.t('assessment.comment.question')}</label
              >
              <select class="select" id=${LIFECYCLE_IDS.commentQuestion}>
                ${parts.anchors.map(([key, label]) => html`<option value=${key}>${label}</option>`)}
              </select>
            </div>
            <div class="question">
              <label class="label label--small" for=${LIFECYCLE_IDS.commentText}
                >${i18n.t('assessment.comment.text')}</label
              >
              <textarea class="textarea" rows="3" id=${LIFECYCLE_IDS.commentText}></textarea>
            </div>
            <button
              type="button"
              class="button button--secondary"
              data-action="add-comment"
              ?disabled=${parts.disabled}
            >
              ${i18n.t('assessment.comment.save')}
            </button>
          </fieldset>`
        : nothing
    }
    ${
      actions.includes('return')
        ? reasonField(
            LIFECYCLE_IDS.returnReason,
            i18n.t('assessment.lifecycle.returnReason'),
            i18n.t('assessment.lifecycle.returnHint'),
          )
        : nothing
    }
    ${
      actions.includes('amend')
        ? reasonField(
            LIFECYCLE_IDS.amendReason,
            i18n.t('assessment.lifecycle.amendReason'),
            undefined,
          )
        : nothing
    }
    ${
      actions.length
        ? html`<div class="button-group">
            ${actions.map((action) => button(action, action !== 'return'))}
          </div>`
        : nothing
    }
    ${
      history.length
        ? html`<details class="history">
            <summary>${i18n.t('assessment.history.heading')}</summary>
            <ol>
              ${history.map((entry) => historyEntry(ctx, entry))}
            </ol>
          </details>`
        : nothing
    }
  </section>`;
}

// Previous version ----------------------------------------------------------------------------

/** Answers kept from an earlier model version that did not carry over: shown, never dropped. */
export function renderPreviousVersion(ctx: FormContext): TemplateResult | typeof nothing {
  const kept = Object.entries(ctx.response.previousVersionAnswers ?? {});
  if (kept.length === 0) return nothing;
  const { i18n } = ctx;
  return html`<section
    class="previous-version"
    part="previous-version"
    aria-labelledby="previous-version-heading"
  >
    ${heading(ctx.level(1), i18n.t('assessment.previous.heading'), 'previous-version-heading')}
    <p>${i18n.t('assessment.previous.intro')}</p>
    <dl class="summary-list">
      ${kept.map(
        ([key, answer]) =>
          html`<div class="row">
            <dt class="key">
              ${answer.label ? i18n.text(answer.label) : key}
              <span class="previous-meta"
                >${i18n.t(`assessment.previous.reason.${answer.reason ?? 'removed'}`, {
                  version: answer.fromVersion,
                })}</span
              >
            </dt>
            <dd class="value">
              ${
                isRedacted(answer)
                  ? html`<span class="withheld">${i18n.t('common.informationWithheld')}</span>`
                  : renderLooseValue(ctx, answer.value)
              }
            </dd>
          </div>`,
      )}
    </dl>
  </section>`;
}
