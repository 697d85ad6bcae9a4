/**
 * Loading a practice model: shape (zod) first, then the references between its parts (code lists,
 * lanes, questions named by conditions and scores, timescale rules), each problem with its path.
 */
import { fromZodIssues, issue, type PathSegment, type ValidationIssue } from '../issues.js';
import { conditionQuestions, type Condition } from './conditions.js';
import {
  EVENT_CATEGORIES,
  PracticeModel,
  type AssessmentTemplate,
  type Question,
} from './schema.js';
import type { EventMatcher } from './timescales.js';
import { useJitlessZod } from '../zod-config.js';

/** Thrown by {@link definePracticeModel}; `issues` lists every problem with its JSON path. */
export class PracticeModelError extends Error {
  override readonly name = 'PracticeModelError';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const shown = issues
      .slice(0, 10)
      .map((i) => `  ${i.path || '(model)'}: ${i.message}`)
      .join('\n');
    const more = issues.length > 10 ? `\n  ...and ${issues.length - 10} more` : '';
    super(
      `The practice model has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${shown}${more}`,
    );
    this.issues = issues;
  }
}

export type PracticeModelResult =
  | { readonly ok: true; readonly model: PracticeModel }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Models this module returned as valid: new objects, made by zod's parse. */
const validModels = new WeakSet<object>();

/** Validates a practice model without throwing. */
export function parsePracticeModel(input: unknown): PracticeModelResult {
  useJitlessZod();
  const parsed = PracticeModel.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, input) };
  const issues = checkModelReferences(parsed.data);
  if (issues.length) return { ok: false, issues };
  validModels.add(parsed.data);
  return { ok: true, model: parsed.data };
}

/**
 * Whether `value` is a model that {@link parsePracticeModel} or {@link definePracticeModel}
 * returned: it was validated when it was made, so an element given it need not validate it again.
 * As everywhere in this library, a model is not changed in place once made (a change is a new
 * model, validated again).
 */
export function isValidatedPracticeModel(value: unknown): value is PracticeModel {
  return typeof value === 'object' && value !== null && validModels.has(value);
}

/** Validates a practice model and returns it typed, or throws {@link PracticeModelError}. */
export function definePracticeModel(input: unknown): PracticeModel {
  const result = parsePracticeModel(input);
  if (!result.ok) throw new PracticeModelError(result.issues);
  return result.model;
}

// ---------------------------------------------------------------------------------------------

function duplicates<T>(
  items: readonly T[],
  key: (item: T) => string,
  path: readonly PathSegment[],
  what: string,
  issues: ValidationIssue[],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) {
      issues.push(
        issue([...path, index, 'id'], 'duplicate-id', `${what} "${k}" is defined twice`, { id: k }),
      );
    }
    seen.add(k);
  });
  return seen;
}

/** What a reference inside the model names: the variant of its `unknown-reference` message. */
type ReferenceKind =
  'lane' | 'code-list' | 'event-type' | 'event-category' | 'timescale-rule' | 'question';

function unknownRef(
  path: readonly PathSegment[],
  kind: ReferenceKind,
  id: string,
  known: ReadonlySet<string>,
): ValidationIssue {
  const what = kind.replace('-', ' ');
  const names = [...known];
  const suggestion = closest(id, names);
  const hint = suggestion
    ? `; did you mean "${suggestion}"?`
    : names.length
      ? `; the model has ${names
          .slice(0, 6)
          .map((n) => `"${n}"`)
          .join(', ')}${names.length > 6 ? '...' : ''}`
      : `; the model defines none`;
  return issue(
    path,
    'unknown-reference',
    `no ${what} "${id}" exists${hint}`,
    suggestion ? { variant: kind, ref: id, suggestion } : { variant: kind, ref: id },
  );
}

/** The known name nearest to `name` by edit distance, when it is a plausible typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? Infinity;
}

function checkRange(
  min: number | undefined,
  max: number | undefined,
  path: readonly PathSegment[],
  what: string,
  issues: ValidationIssue[],
): void {
  if (min !== undefined && max !== undefined && min > max) {
    issues.push(
      issue(path, 'invalid-range', `${what}: the minimum (${min}) is above the maximum (${max})`, {
        min,
        max,
      }),
    );
  }
}

/** Every reference inside the model resolves, every id is unique, every range is the right way round. */
export function checkModelReferences(model: PracticeModel): ValidationIssue[] {
  const issues: ValidationIssue[] = [];

  duplicates(
    model.codeLists,
    (c) => `${c.id}@${c.version}`,
    ['codeLists'],
    'Code list version',
    issues,
  );
  const codeListIds = new Set(model.codeLists.map((c) => c.id));
  model.codeLists.forEach((list, i) => {
    if (list.effectiveFrom && list.effectiveTo && list.effectiveFrom > list.effectiveTo) {
      issues.push(
        issue(['codeLists', i, 'effectiveTo'], 'invalid-range', 'ends before it starts', {
          variant: 'dates',
        }),
      );
    }
    duplicates(list.codes, (c) => c.code, ['codeLists', i, 'codes'], 'Code', issues);
  });

  const laneIds = duplicates(model.lanes, (l) => l.id, ['lanes'], 'Lane', issues);
  model.lanes.forEach((lane, i) => {
    if (lane.parent === undefined) return;
    if (!laneIds.has(lane.parent))
      issues.push(unknownRef(['lanes', i, 'parent'], 'lane', lane.parent, laneIds));
    // A lane may not be nested inside itself, however many steps away.
    const seen = new Set([lane.id]);
    let parent: string | undefined = lane.parent;
    while (parent !== undefined) {
      if (seen.has(parent)) {
        issues.push(
          issue(['lanes', i, 'parent'], 'cycle', `lane "${lane.id}" is nested inside itself`, {
            lane: lane.id,
          }),
        );
        break;
      }
      seen.add(parent);
      parent = model.lanes.find((l) => l.id === parent)?.parent;
    }
  });

  const agencyKinds = model.agencyKinds ?? [];
  duplicates(agencyKinds, (a) => a.id, ['agencyKinds'], 'Agency kind', issues);
  agencyKinds.forEach((kind, i) => {
    if (kind.lane && !laneIds.has(kind.lane))
      issues.push(unknownRef(['agencyKinds', i, 'lane'], 'lane', kind.lane, laneIds));
  });

  const eventTypeIds = duplicates(
    model.eventTypes,
    (e) => e.id,
    ['eventTypes'],
    'Event type',
    issues,
  );
  model.eventTypes.forEach((type, i) => {
    if (!laneIds.has(type.lane))
      issues.push(unknownRef(['eventTypes', i, 'lane'], 'lane', type.lane, laneIds));
    if (type.codeList && !codeListIds.has(type.codeList)) {
      issues.push(
        unknownRef(['eventTypes', i, 'codeList'], 'code-list', type.codeList, codeListIds),
      );
    }
  });

  duplicates(
    model.relationshipTypes,
    (r) => r.id,
    ['relationshipTypes'],
    'Relationship type',
    issues,
  );
  duplicates(model.audiences ?? [], (a) => a.id, ['audiences'], 'Audience', issues);

  const ruleIds = duplicates(
    model.timescales,
    (t) => t.id,
    ['timescales'],
    'Timescale rule',
    issues,
  );
  const categories = new Set<string>(EVENT_CATEGORIES);
  const checkMatcher = (matcher: EventMatcher, path: readonly PathSegment[]) => {
    if (!matcher.types && !matcher.categories) {
      issues.push(issue(path, 'empty-matcher', 'must name event "types" or "categories"'));
    }
    matcher.types?.forEach((t, j) => {
      if (!eventTypeIds.has(t))
        issues.push(unknownRef([...path, 'types', j], 'event-type', t, eventTypeIds));
    });
    matcher.categories?.forEach((c, j) => {
      if (!categories.has(c))
        issues.push(unknownRef([...path, 'categories', j], 'event-category', c, categories));
    });
  };
  model.timescales.forEach((rule, i) => {
    const path = ['timescales', i];
    checkMatcher(rule.from, [...path, 'from']);
    checkMatcher(rule.target, [...path, 'target']);
    rule.restartOn?.forEach((m, j) => checkMatcher(m, [...path, 'restartOn', j]));
    rule.stopOn?.forEach((m, j) => checkMatcher(m, [...path, 'stopOn', j]));
    if (rule.kind === 'within' && rule.sameEntry && rule.target.boundary !== 'end') {
      issues.push(
        issue(
          [...path, 'target', 'boundary'],
          'invalid-step',
          'a "sameEntry" rule is met by the end of the same period: set "boundary": "end"',
          { variant: 'same-entry' },
        ),
      );
    }
    if (rule.kind === 'recurring') {
      rule.schedule.forEach((step, j) => {
        if (step.until && !step.repeat) {
          issues.push(
            issue(
              [...path, 'schedule', j, 'until'],
              'invalid-step',
              '"until" only applies to a step that repeats',
              { variant: 'until' },
            ),
          );
        }
      });
    }
  });

  duplicates(model.templates, (t) => t.id, ['templates'], 'Template', issues);
  model.templates.forEach((template, i) =>
    checkTemplate(template, ['templates', i], codeListIds, ruleIds, issues),
  );
  return issues;
}

const SCOREABLE = new Set(['number', 'scale', 'yes-no', 'single-choice', 'multiple-choice']);

function checkTemplate(
  template: AssessmentTemplate,
  path: readonly PathSegment[],
  codeListIds: ReadonlySet<string>,
  ruleIds: ReadonlySet<string>,
  issues: ValidationIssue[],
): void {
  if (template.timescale && !ruleIds.has(template.timescale)) {
    issues.push(unknownRef([...path, 'timescale'], 'timescale-rule', template.timescale, ruleIds));
  }
  duplicates(template.sections, (s) => s.id, [...path, 'sections'], 'Section', issues);

  // Question ids are unique across the template: conditions and scores name them without a section.
  const questions = new Map<string, Question>();
  const where = new Map<string, PathSegment[]>();
  template.sections.forEach((section, s) =>
    section.questions.forEach((question, q) => {
      const qPath = [...path, 'sections', s, 'questions', q];
      if (questions.has(question.id)) {
        issues.push(
          issue(
            [...qPath, 'id'],
            'duplicate-id',
            `question "${question.id}" is defined twice in this template`,
            { id: question.id },
          ),
        );
      }
      questions.set(question.id, question);
      where.set(question.id, qPath);
    }),
  );
  const questionIds = new Set(questions.keys());

  const checkCondition = (
    condition: Condition | undefined,
    conditionPath: readonly PathSegment[],
    ownId: string | undefined,
    scope: ReadonlySet<string>,
  ) => {
    if (!condition) return;
    for (const ref of conditionQuestions(condition)) {
      if (ref === ownId) {
        issues.push(
          issue(
            conditionPath,
            'self-reference',
            `question "${ref}" cannot depend on its own answer`,
            { question: ref },
          ),
        );
      } else if (!scope.has(ref)) {
        issues.push(unknownRef(conditionPath, 'question', ref, scope));
      }
    }
  };

  const checkQuestion = (
    question: Question,
    qPath: readonly PathSegment[],
    scope: ReadonlySet<string>,
  ) => {
    checkCondition(question.visibleWhen, [...qPath, 'visibleWhen'], question.id, scope);
    if (question.type === 'content') return;
    checkCondition(question.requiredWhen, [...qPath, 'requiredWhen'], question.id, scope);
    switch (question.type) {
      case 'single-choice':
      case 'multiple-choice':
        if (!codeListIds.has(question.codeList)) {
          issues.push(
            unknownRef([...qPath, 'codeList'], 'code-list', question.codeList, codeListIds),
          );
        }
        if (question.type === 'multiple-choice') {
          checkRange(question.minSelected, question.maxSelected, qPath, 'selections', issues);
        }
        break;
      case 'number':
        checkRange(question.min, question.max, qPath, 'number', issues);
        break;
      case 'scale': {
        const min = question.min ?? 0;
        const max = question.max ?? 10;
        checkRange(min, max, qPath, 'scale', issues);
        question.anchors.forEach((anchor, a) => {
          if (anchor.value < min || anchor.value > max) {
            issues.push(
              issue(
                [...qPath, 'anchors', a, 'value'],
                'out-of-range',
                `anchor ${anchor.value} is outside the scale ${min}-${max}`,
                { value: anchor.value, min, max },
              ),
            );
          }
        });
        break;
      }
      case 'entries':
        checkRange(question.minItems, question.maxItems, qPath, 'entries', issues);
        break;
      case 'group': {
        checkRange(question.minItems, question.maxItems, qPath, 'items', issues);
        duplicates(question.questions, (q) => q.id, [...qPath, 'questions'], 'Question', issues);
        // Inside a group, conditions may name the item's own questions or the template's.
        const inner = new Set([...scope, ...question.questions.map((q) => q.id)]);
        question.questions.forEach((q, j) => checkQuestion(q, [...qPath, 'questions', j], inner));
        break;
      }
    }
  };

  template.sections.forEach((section, s) => {
    const sPath = [...path, 'sections', s];
    checkCondition(section.visibleWhen, [...sPath, 'visibleWhen'], undefined, questionIds);
    section.questions.forEach((q, j) => checkQuestion(q, [...sPath, 'questions', j], questionIds));
  });

  duplicates(template.scores ?? [], (s) => s.id, [...path, 'scores'], 'Score', issues);
  template.scores?.forEach((score, s) => {
    score.of.forEach((ref, j) => {
      const question = questions.get(ref);
      const refPath = [...path, 'scores', s, 'of', j];
      if (!question) issues.push(unknownRef(refPath, 'question', ref, questionIds));
      else if (score.method !== 'count-answered' && !SCOREABLE.has(question.type)) {
        issues.push(
          issue(
            refPath,
            'not-scoreable',
            `question "${ref}" is ${question.type}, which cannot be scored`,
            { question: ref, type: question.type },
          ),
        );
      }
    });
    score.bands?.forEach((band, b) =>
      checkRange(band.min, band.max, [...path, 'scores', s, 'bands', b], 'band', issues),
    );
  });
}
