/**
 * The states every element shows instead of going blank: a rejected practice model, a missing
 * model or record, parts of the record left out, and a failure while rendering.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CaseView } from '../../controllers/case-data-controller.js';
import { formatMessage } from '../../i18n/format.js';
import type { Localiser } from '../../i18n/localiser.js';
import type { ValidationIssue } from '../../model/issues.js';
import { heading, type HeadingLevel } from './heading.js';

/** How many issues a list shows before "and N more problems". */
export const ISSUES_SHOWN = 20;

/**
 * One issue as "path: what is wrong", in the view's language when the issue's code has a message.
 * Otherwise the issue's own English message is marked `lang="en"`, so a screen reader reading a
 * Welsh page switches voice for it (WCAG 3.1.2). The path is shown as written (`events[3].type`).
 */
export function renderIssue(issue: ValidationIssue, i18n: Localiser): TemplateResult | string {
  const path = issue.path || i18n.t('common.issueDocument');
  const { text, lang } = i18n.issue(issue);
  if (lang === undefined) return i18n.t('common.issue', { path, message: text });
  const template = i18n.messages['common.issue'];
  const at = template.indexOf('{message}');
  const before = formatMessage(at < 0 ? `${template} ` : template.slice(0, at), { path });
  const after = at < 0 ? '' : formatMessage(template.slice(at + '{message}'.length), { path });
  return html`${before}<span lang=${lang}>${text}</span>${after}`;
}

/** A list of issues, each as "path: message", at most {@link ISSUES_SHOWN} of them. */
export function renderIssueList(
  issues: readonly ValidationIssue[],
  i18n: Localiser,
): TemplateResult {
  const shown = issues.slice(0, ISSUES_SHOWN);
  const rest = issues.length - shown.length;
  return html`<ul part="issues">
      ${shown.map((issue) => html`<li>${renderIssue(issue, i18n)}</li>`)}
    </ul>
    ${rest > 0 ? html`<p>${i18n.plural('common.moreIssues', rest)}</p>` : nothing}`;
}

/** The alert shown when the practice model is rejected: a heading and the list of issues. */
export function renderModelInvalid(
  issues: readonly ValidationIssue[],
  i18n: Localiser,
  level: HeadingLevel,
  headingText = i18n.t('common.modelInvalidHeading'),
): TemplateResult {
  return html`<div class="problem" part="problem" role="alert">
    ${heading(level, headingText)}
    <p>${i18n.t('common.modelInvalidIntro')}</p>
    ${renderIssueList(issues, i18n)}
  </div>`;
}

/** A collapsible notice listing what was left out of the record (not a blocker). */
export function renderRecordNotice(
  issues: readonly ValidationIssue[],
  i18n: Localiser,
): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  return html`<details class="record-notice" part="record-notice">
    <summary>${i18n.plural('common.recordIssuesSummary', issues.length)}</summary>
    <p>${i18n.t('common.recordIssuesIntro')}</p>
    ${renderIssueList(issues, i18n)}
  </details>`;
}

/** A plain, never blank, message: no record, nothing to show, or the model is unusable. */
export function renderEmpty(text: string, className = 'empty'): TemplateResult {
  return html`<p class=${className} part="empty">${text}</p>`;
}

/** What a view shows instead of its content when it has no usable model, or `undefined`. */
export function renderModelState(view: CaseView, level: HeadingLevel): TemplateResult | undefined {
  if (view.modelState === 'valid') return undefined;
  const i18n = view.i18n;
  if (view.modelState === 'missing') return renderEmpty(i18n.t('common.noModel'), 'unavailable');
  // Inside a provider, the provider shows the issues once; views say why they are empty.
  if (!view.ownModel) return renderEmpty(i18n.t('common.modelUnavailable'), 'unavailable');
  return renderModelInvalid(view.modelIssues, i18n, level);
}

/** Shown when rendering failed unexpectedly: the host page keeps working. */
export function renderFailure(i18n: Localiser): TemplateResult {
  return html`<p class="problem" part="problem" role="alert">${i18n.t('common.renderFailed')}</p>`;
}
