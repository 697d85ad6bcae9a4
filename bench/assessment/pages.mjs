// The page scripts of the form benchmark, one per library, bundled by the harness with esbuild from
// the repository root (so `./dist/...` is the built package and `./node_modules/...` the peers).
// Each exposes the same adapter to bench/assessment/page-runtime.mjs.

const RUNTIME = `import { deepFind, installFormBench, reportSetupError } from './bench/assessment/page-runtime.mjs';`;

/** The label-like element of question `id` (q12 -> "Question 12: ..."), through shadow roots. */
const LABEL_FINDER = `
const LABEL_TAGS = new Set(['LABEL', 'LEGEND', 'DT']);
function labelOf(root, id) {
  const prefix = 'Question ' + id.slice(1) + ':';
  return deepFind(root, (el) => LABEL_TAGS.has(el.tagName) && el.textContent.trim().startsWith(prefix));
}
function rendered(el) {
  return !!el && (typeof el.checkVisibility !== 'function' || el.checkVisibility());
}
`;

/** practice-elements: the built registration module, the element in edit mode. */
export const OURS = `
import './dist/components/assessment/practice-assessment.js';
import { practiceModelFor } from './bench/assessment/generate.mjs';
${RUNTIME}
${LABEL_FINDER}
function fieldOf(root, id) {
  const label = labelOf(root, id);
  if (!label) return undefined;
  if (label.control) return label.control;
  const scope = label.getRootNode();
  const byFor = label.htmlFor ? scope.getElementById?.(label.htmlFor) : undefined;
  if (byFor) return byFor;
  const row = label.closest('[part~="question"], .question, fieldset, div');
  return row?.querySelector('input, textarea') ?? undefined;
}
try {
  installFormBench({
    prepare: (n) => practiceModelFor(n),
    async mount(container, { model, record, template }) {
      const element = document.createElement('practice-assessment');
      element.model = model;
      element.record = record;
      element.template = template;
      element.setAttribute('mode', 'edit');
      element.setAttribute('today', '2026-01-01');
      container.append(element);
      await element.updateComplete;
    },
    unmount() {},
    field: fieldOf,
    present: (container, id) => !!labelOf(container, id),
    shown: (container, id) => rendered(labelOf(container, id)),
    value(container, id) {
      const element = container.querySelector('practice-assessment');
      const value = element?.value;
      const response = typeof value === 'string' ? JSON.parse(value || 'null') : value;
      return response?.answers?.[id]?.value;
    },
  });
} catch (error) {
  reportSetupError(error);
}
`;

/** SurveyJS: survey-core's Model rendered by survey-js-ui (its own Preact build). */
export const SURVEYJS = `
import { Model } from 'survey-core';
import { renderSurvey, unmountComponentAtNode } from 'survey-js-ui';
import { surveyJsonFor } from './bench/assessment/generate.mjs';
${RUNTIME}
let survey;
const question = (container, id) => container.querySelector('[data-name="' + id + '"]');
try {
  installFormBench({
    prepare: (n) => surveyJsonFor(n),
    mount(container, json) {
      survey = new Model(json);
      renderSurvey(survey, container);
    },
    unmount(container) {
      unmountComponentAtNode(container);
      survey?.dispose();
      survey = undefined;
    },
    field: (container, id) => question(container, id)?.querySelector('input, textarea') ?? undefined,
    present: (container, id) => !!question(container, id),
    shown(container, id) {
      const el = question(container, id);
      return !!el && (typeof el.checkVisibility !== 'function' || el.checkVisibility());
    },
    value: (_container, id) => survey?.getValue(id),
  });
} catch (error) {
  reportSetupError(error);
}
`;

/** react-jsonschema-form: @rjsf/core's Form with the ajv8 validator, React 19 (createRoot). */
export const RJSF = `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { rjsfFor } from './bench/assessment/generate.mjs';
${RUNTIME}
let root;
let formData;
const question = (container, id) =>
  container.querySelector('#root_' + id) ?? container.querySelector('[id^="root_' + id + '-"]');
try {
  installFormBench({
    prepare: (n) => rjsfFor(n),
    mount(container, { schema, uiSchema }) {
      formData = undefined;
      root = createRoot(container);
      root.render(
        createElement(Form, {
          schema,
          uiSchema,
          validator,
          onChange: (event) => {
            formData = event.formData;
          },
        }),
      );
    },
    unmount() {
      root?.unmount();
      root = undefined;
    },
    field(container, id) {
      const el = container.querySelector('#root_' + id);
      return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') ? el : undefined;
    },
    present: (container, id) => !!question(container, id),
    shown: (container, id) => !!question(container, id),
    value: (_container, id) => formData?.[id],
  });
} catch (error) {
  reportSetupError(error);
}
`;

/**
 * The floor: the same questions as plain, accessible HTML (labels; fieldsets with legends for
 * choices) built with the DOM API, and a listener that shows a conditional question once the one
 * before has a value. No library: what the browser itself costs on this machine.
 */
export const BASELINE = `
import { CHOICES, generateQuestions } from './bench/assessment/generate.mjs';
${RUNTIME}
function control(q) {
  switch (q.type) {
    case 'long-text': return [el('textarea', { id: q.id, name: q.id })];
    case 'number': return [el('input', { id: q.id, name: q.id, type: 'number' })];
    case 'date': return [el('input', { id: q.id, name: q.id, type: 'date' })];
    case 'single-choice':
    case 'multiple-choice':
    case 'yes-no': {
      const options = q.type === 'yes-no' ? [{ code: 'yes', label: 'Yes' }, { code: 'no', label: 'No' }] : CHOICES;
      const type = q.type === 'multiple-choice' ? 'checkbox' : 'radio';
      return options.map((o) => {
        const id = q.id + '-' + o.code;
        const item = el('div');
        item.append(el('input', { id, name: q.id, type, value: o.code }), el('label', { for: id }, o.label));
        return item;
      });
    }
    default: return [el('input', { id: q.id, name: q.id, type: 'text' })];
  }
}
function el(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
function build(container, questions) {
  const form = el('form');
  // Conditional questions are built but left out of the page until shown, as the libraries do.
  const dependants = new Map();
  let previous;
  for (const q of questions) {
    const choice = q.type.endsWith('choice') || q.type === 'yes-no';
    const group = el(choice ? 'fieldset' : 'div', { 'data-name': q.id });
    const title = choice ? el('legend', {}, q.label) : el('label', { for: q.id }, q.label);
    group.append(title, ...control(q));
    if (q.visibleAfter) dependants.set(q.visibleAfter, { group, after: previous });
    else form.append(group);
    previous = group;
  }
  form.addEventListener('input', (event) => {
    const name = event.target.name;
    const dependant = dependants.get(name);
    if (!dependant) return;
    const show = new FormData(form).getAll(name).some((v) => v !== '');
    if (show && !dependant.group.isConnected) dependant.after.after(dependant.group);
    if (!show && dependant.group.isConnected) dependant.group.remove();
  });
  container.append(form);
}
const question = (container, id) => container.querySelector('[data-name="' + id + '"]');
try {
  installFormBench({
    prepare: (n) => generateQuestions(n),
    mount: build,
    unmount() {},
    field: (container, id) => question(container, id)?.querySelector('input, textarea') ?? undefined,
    present: (container, id) => !!question(container, id),
    shown: (container, id) => !!question(container, id),
    value: (container, id) => question(container, id)?.querySelector('input, textarea')?.value,
  });
} catch (error) {
  reportSetupError(error);
}
`;
