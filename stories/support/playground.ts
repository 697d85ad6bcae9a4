/**
 * The model playground: a vendor edits a practice model as JSON and sees, as they type, its
 * problems with their JSON paths and positions, and the chosen template rendered live by
 * `<practice-assessment>` with the sample case. Plain Lit `html` rendered into one container; the
 * state lives in a closure, so the story needs no element of its own.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { locatePaths, parseJsonText, type TextPosition } from '../../src/cli/json-text.js';
import { parsePracticeModel } from '../../src/model/practice-model/parse.js';
import type { ValidationIssue } from '../../src/model/issues.js';
import type { PracticeModel } from '../../src/model/practice-model/schema.js';

/** How long after the last keystroke the model is checked again. */
export const PLAYGROUND_DEBOUNCE_MS = 400;

/** The playground's inputs. */
export interface PlaygroundOptions {
  /** The JSON text the editor starts with (and returns to on "Reset"). */
  readonly initialText: string;
  /** The case record the template is rendered with. */
  readonly record: unknown;
  /** Today's date for the due date and ages. */
  readonly today: string;
  /** Milliseconds from the last keystroke to the check (default {@link PLAYGROUND_DEBOUNCE_MS}). */
  readonly debounceMs?: number;
}

/** One problem as listed: where (path and position) and what. */
export interface PlaygroundProblem {
  /** The JSON path (`templates[0].sections[2].id`), or `''` for the whole text. */
  readonly path: string;
  readonly message: string;
  /** Where in the text, when it can be located. */
  readonly position?: TextPosition;
}

/** What the text currently says: not JSON, a rejected model, or a model. */
export type PlaygroundReading =
  | { readonly kind: 'syntax'; readonly problems: readonly PlaygroundProblem[] }
  | {
      readonly kind: 'invalid';
      readonly input: unknown;
      readonly problems: readonly PlaygroundProblem[];
      readonly templates: readonly TemplateChoice[];
    }
  | {
      readonly kind: 'valid';
      readonly model: PracticeModel;
      readonly problems: readonly [];
      readonly templates: readonly TemplateChoice[];
    };

/** A template the select offers. */
export interface TemplateChoice {
  readonly id: string;
  readonly name: string;
}

/** How many problems the list shows at once; the rest are counted. */
export const PROBLEMS_SHOWN = 50;

/** Reads the editor's text: JSON syntax first, then the practice model schema. Never throws. */
export function readPlaygroundText(text: string): PlaygroundReading {
  const json = parseJsonText(text);
  if (!json.ok) {
    return {
      kind: 'syntax',
      problems: [{ path: '', message: `Not valid JSON: ${json.message}`, position: json.position }],
    };
  }
  const result = parsePracticeModel(json.value);
  if (result.ok) {
    return {
      kind: 'valid',
      model: result.model,
      problems: [],
      templates: result.model.templates.map((t) => ({ id: t.id, name: displayName(t.name, t.id) })),
    };
  }
  const positions = locatePaths(
    text,
    result.issues.map((i) => i.segments),
  );
  return {
    kind: 'invalid',
    input: json.value,
    problems: result.issues.map((issue, i) => problem(issue, positions[i])),
    templates: rawTemplates(json.value),
  };
}

function problem(issue: ValidationIssue, position: TextPosition | undefined): PlaygroundProblem {
  return position ? { path: issue.path, message: issue.message, position } : issue;
}

/** A label for a template name (a plain string or localised text). */
function displayName(name: unknown, fallback: string): string {
  if (typeof name === 'string') return name;
  if (name && typeof name === 'object') {
    const texts = Object.values(name as Record<string, unknown>);
    const first = texts.find((t): t is string => typeof t === 'string');
    if (first) return first;
  }
  return fallback;
}

/** The templates of a rejected model that still have an id, so the select keeps working. */
function rawTemplates(value: unknown): TemplateChoice[] {
  const templates = (value as { templates?: unknown } | null)?.templates;
  if (!Array.isArray(templates)) return [];
  return templates.flatMap((t: unknown) => {
    const id = (t as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') return [];
    return [{ id, name: displayName((t as { name?: unknown }).name, id) }];
  });
}

/** The offset in `text` of a 1-based line and column. */
export function offsetOf(text: string, position: TextPosition): number {
  let offset = 0;
  for (let line = 1; line < position.line; line += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + position.column - 1);
}

function where(position: TextPosition): string {
  return `line ${position.line}, column ${position.column}`;
}

/**
 * Builds the playground and returns its container. Everything re-renders from the closure's state
 * with Lit, which only touches what changed. The editor's value is bound with `live`, so typing is
 * never overwritten (the state follows the text) and "Reset" writes the sample back.
 */
export function createPlayground(options: PlaygroundOptions): HTMLElement {
  const container = document.createElement('div');
  container.className = 'playground';
  const style = document.createElement('style');
  style.textContent = PLAYGROUND_CSS;
  const root = document.createElement('div');
  container.append(style, root);
  const debounceMs = options.debounceMs ?? PLAYGROUND_DEBOUNCE_MS;

  let text = options.initialText;
  let reading = readPlaygroundText(text);
  let template = firstTemplate(reading);
  let fresh = false;
  let checking = false;
  // The same record with no responses: the template opens as a new response, in edit mode.
  const emptyRecord =
    options.record && typeof options.record === 'object'
      ? { ...(options.record as Record<string, unknown>), responses: [] }
      : options.record;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const editor = (): HTMLTextAreaElement | null =>
    root.querySelector<HTMLTextAreaElement>('#playground-model');

  const check = (): void => {
    timer = undefined;
    checking = false;
    reading = readPlaygroundText(text);
    const choices = 'templates' in reading ? reading.templates : [];
    if (!choices.some((c) => c.id === template)) template = firstTemplate(reading);
    update();
  };

  const onInput = (event: Event): void => {
    text = (event.target as HTMLTextAreaElement).value;
    checking = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(check, debounceMs);
    update();
  };

  const onTemplate = (event: Event): void => {
    template = (event.target as HTMLSelectElement).value;
    update();
  };

  const onResponse = (event: Event): void => {
    fresh = (event.target as HTMLSelectElement).value === 'new';
    update();
  };

  const onReset = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    text = options.initialText;
    check();
  };

  const goTo = (position: TextPosition): void => {
    const textarea = editor();
    if (!textarea) return;
    const offset = offsetOf(textarea.value, position);
    textarea.focus();
    textarea.setSelectionRange(offset, offset);
    // Scroll the caret into view: put the line about a third of the way down.
    const lineHeight = Number.parseFloat(getComputedStyle(textarea).lineHeight) || 18;
    textarea.scrollTop = Math.max(0, (position.line - 1) * lineHeight - textarea.clientHeight / 3);
  };

  const update = (): void => {
    render(view(), root);
  };

  const view = (): TemplateResult =>
    html`<div class="playground-layout">
      <div class="playground-editor">
        <label for="playground-model">Practice model (JSON)</label>
        <p id="playground-model-hint" class="playground-hint">
          Edit the model. It is checked as you type, about half a second after you stop; problems
          are listed with their JSON path and position.
        </p>
        <textarea
          id="playground-model"
          aria-describedby="playground-model-hint"
          spellcheck="false"
          wrap="off"
          autocapitalize="off"
          autocomplete="off"
          .value=${live(text)}
          @input=${onInput}
        ></textarea>
        <button type="button" class="playground-button" @click=${onReset}>
          Reset to the sample model
        </button>
      </div>
      <div class="playground-result">
        <h2 class="playground-heading">Problems</h2>
        <div class="playground-problems" aria-live="polite">
          ${renderSummary(reading, checking)} ${renderProblems(reading.problems, goTo)}
        </div>
        ${renderChoices(reading, template, fresh, onTemplate, onResponse)}
        <h2 class="playground-heading">Rendered template</h2>
        ${renderAssessment(reading, template, fresh ? emptyRecord : options.record, options.today)}
      </div>
    </div>`;

  update();
  return container;
}

function firstTemplate(reading: PlaygroundReading): string {
  return 'templates' in reading ? (reading.templates[0]?.id ?? '') : '';
}

function renderSummary(reading: PlaygroundReading, checking: boolean): TemplateResult {
  const count = reading.problems.length;
  const text =
    reading.kind === 'syntax'
      ? 'The text is not valid JSON.'
      : count === 0
        ? `The model is valid: ${plural(reading.kind === 'valid' ? reading.templates.length : 0, 'template')}.`
        : `The model has ${plural(count, 'problem')}.`;
  return html`<p class="playground-summary" data-kind=${reading.kind}>
    ${text}${checking ? html` <span class="playground-hint">(checking…)</span>` : nothing}
  </p>`;
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
}

function renderProblems(
  problems: readonly PlaygroundProblem[],
  goTo: (position: TextPosition) => void,
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  const rest = problems.length - shown.length;
  const goToButton = (position: TextPosition): TemplateResult =>
    html`<button type="button" class="playground-link" @click=${() => goTo(position)}>
      Go to ${where(position)}<span class="playground-visually-hidden"> in the editor</span>
    </button>`;
  return html`<ul class="playground-list">
      ${shown.map(
        (p) =>
          html`<li>
            <code class="playground-path">${p.path || '(the whole text)'}</code>
            <span>${p.message}</span>
            ${p.position ? goToButton(p.position) : nothing}
          </li>`,
      )}
    </ul>
    ${rest > 0 ? html`<p>And ${plural(rest, 'more problem')}.</p>` : nothing}`;
}

function renderChoices(
  reading: PlaygroundReading,
  template: string,
  fresh: boolean,
  onTemplate: (event: Event) => void,
  onResponse: (event: Event) => void,
): TemplateResult | typeof nothing {
  if (reading.kind === 'syntax' || reading.templates.length === 0) return nothing;
  return html`<div class="playground-choices">
    <div class="playground-field">
      <label for="playground-template">Template</label>
      <select id="playground-template" @change=${onTemplate}>
        ${reading.templates.map(
          (t) => html`<option value=${t.id} ?selected=${t.id === template}>${t.name}</option>`,
        )}
      </select>
    </div>
    <div class="playground-field">
      <label for="playground-response">Response</label>
      <select id="playground-response" @change=${onResponse}>
        <option value="sample" ?selected=${!fresh}>The sample case’s response, if any</option>
        <option value="new" ?selected=${fresh}>A new response (edit mode)</option>
      </select>
    </div>
  </div>`;
}

function renderAssessment(
  reading: PlaygroundReading,
  template: string,
  record: unknown,
  today: string,
): TemplateResult {
  if (reading.kind === 'syntax') {
    return html`<p class="playground-hint">Correct the JSON to see the template.</p>`;
  }
  // A rejected model goes to the element as it is: the element shows its own error state.
  const model = reading.kind === 'valid' ? reading.model : reading.input;
  return html`<practice-assessment
    .model=${model}
    .record=${record}
    template=${template || nothing}
    today=${today}
  ></practice-assessment>`;
}

const PLAYGROUND_CSS = `
.playground {
  font-family: system-ui, sans-serif;
  color: #0b0c0c;
}
.playground-layout {
  display: grid;
  grid-template-columns: minmax(20rem, 1fr) minmax(24rem, 1.4fr);
  gap: 1.5rem;
  align-items: start;
}
@media (max-width: 60rem) {
  .playground-layout { grid-template-columns: 1fr; }
}
.playground label { display: block; font-weight: 700; margin-block-end: 0.25rem; }
.playground-hint { color: #484949; margin: 0 0 0.5rem; }
.playground textarea {
  box-sizing: border-box;
  width: 100%;
  min-height: 36rem;
  font: 0.8125rem/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  color: inherit;
  background: #ffffff;
  border: 2px solid #0b0c0c;
  padding: 0.5rem;
  tab-size: 2;
}
.playground textarea:focus,
.playground select:focus,
.playground button:focus-visible {
  outline: 3px solid #ffdd00;
  outline-offset: 0;
  box-shadow: inset 0 0 0 2px #0b0c0c;
}
.playground select {
  font: inherit;
  min-height: 2.5rem;
  border: 2px solid #0b0c0c;
  background: #ffffff;
  color: inherit;
}
.playground-choices { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
.playground-field { margin-block: 1rem; }
.playground-heading { font-size: 1.25rem; margin: 0 0 0.5rem; }
.playground-heading:not(:first-child) { margin-block-start: 1.5rem; }
.playground-summary[data-kind='valid'] { color: #00703c; font-weight: 700; }
.playground-summary[data-kind='invalid'],
.playground-summary[data-kind='syntax'] { color: #aa2a16; font-weight: 700; }
.playground-list { margin: 0; padding-inline-start: 1.25rem; max-height: 20rem; overflow: auto; }
.playground-list li { margin-block-end: 0.5rem; }
.playground-path { display: block; font-weight: 700; overflow-wrap: anywhere; }
.playground-button,
.playground-link {
  font: inherit;
  min-height: 1.5rem;
  min-width: 1.5rem;
  cursor: pointer;
}
.playground-button {
  margin-block-start: 0.5rem;
  padding: 0.5rem 1rem;
  border: 2px solid #0b0c0c;
  background: #f3f2f1;
  color: #0b0c0c;
}
.playground-link {
  display: inline-block;
  padding: 0.125rem 0;
  border: 0;
  background: none;
  color: #1d70b8;
  text-decoration: underline;
}
.playground-visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
@media (forced-colors: active) {
  .playground textarea, .playground select, .playground-button { border-color: CanvasText; }
  .playground-link { color: LinkText; }
}
`;
