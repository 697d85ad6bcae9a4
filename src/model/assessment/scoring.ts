/**
 * Calculated scores: sums, means, minima, maxima and counts of answers, with the band each value
 * falls in. Only answers to questions that are shown count; hidden answers are kept in the
 * response but left out of every score.
 */
import type { AssessmentResponse } from '../case-record/schema.js';
import type { AssessmentTemplate, PracticeModel, Score } from '../practice-model/schema.js';
import { answerKey, type AnswerAddress } from './address.js';
import { getAnswer } from './answers.js';
import type { CompiledTemplate } from './compile.js';
import { isAnswered } from './conditions.js';
import { effectiveCodes } from './values.js';
import { formState, type FormState } from './visibility.js';

/** One band of a score, e.g. `{ min: 2, max: 3, label: 'Several factors together' }`. */
export type ScoreBand = NonNullable<Score['bands']>[number];

/** A score's value now, and its band. */
export interface ScoreResult {
  readonly id: string;
  /** Undefined when no shown question gives the score a number (counts are never undefined). */
  readonly value: number | undefined;
  /** The first band with `min <= value <= max`. */
  readonly band?: ScoreBand;
}

/** Options of {@link computeScores}. */
export interface ScoreOptions {
  /** The subject child whose per-child answers count (without it, per-child questions are left out). */
  readonly child?: string;
  /**
   * The live form state, so visibility is not worked out again on every change. Without it the
   * state is computed for the response.
   */
  readonly state?: FormState;
  /** The day code lists are read on, for choice scores (default `response.started`). */
  readonly on?: string;
}

function codeScore(
  model: PracticeModel,
  listId: string,
  code: string,
  on: string | undefined,
): number | undefined {
  const current = effectiveCodes(model, listId, on)?.get(code)?.score;
  if (current !== undefined) return current;
  // A code since retired still carries the score it was given.
  for (let i = model.codeLists.length - 1; i >= 0; i--) {
    const list = model.codeLists[i];
    if (list.id !== listId) continue;
    const score = list.codes.find((c) => c.code === code)?.score;
    if (score !== undefined) return score;
  }
  return undefined;
}

/**
 * The template's scores for a response (for one child's per-child answers with `child`):
 * - `sum`, `mean`, `min`, `max` over numbers: number answers, the scale reading of the score's
 *   `rater` (default the worker), yes/no as 1 and 0 ("not known" is left out), and the `score`
 *   of each chosen code;
 * - `count-answered`: shown questions with an answer; `count-yes`: shown yes/no answered yes.
 */
export function computeScores(
  template: AssessmentTemplate | CompiledTemplate,
  response: AssessmentResponse,
  model: PracticeModel,
  options: ScoreOptions = {},
): ScoreResult[] {
  const plain = 'slots' in template ? template.template : template;
  const state =
    options.state ??
    formState(template, response, {
      model,
      subjects: options.child === undefined ? [] : [options.child],
    });
  const on = options.on ?? response.started;
  return (plain.scores ?? []).map((score) => {
    const numbers: number[] = [];
    let answered = 0;
    let yes = 0;
    for (const id of score.of) {
      const slot = state.compiled.questions.get(id);
      if (!slot?.question || slot.group) continue;
      if (slot.perChild && options.child === undefined) continue;
      const address: AnswerAddress = slot.perChild
        ? { question: id, child: options.child }
        : { question: id };
      if (!state.questions.get(answerKey(address))?.visible) continue;
      const value = getAnswer(response, address);
      if (!isAnswered(value)) continue;
      answered += 1;
      if (value === true) yes += 1;
      const question = slot.question;
      switch (question.type) {
        case 'number':
          if (typeof value === 'number' && Number.isFinite(value)) numbers.push(value);
          break;
        case 'yes-no':
          if (typeof value === 'boolean') numbers.push(value ? 1 : 0);
          break;
        case 'scale': {
          const reading =
            typeof value === 'object' && value !== null && !Array.isArray(value)
              ? (value as Record<string, unknown>)[score.rater ?? 'worker']
              : undefined;
          if (typeof reading === 'number' && Number.isFinite(reading)) numbers.push(reading);
          break;
        }
        case 'single-choice':
        case 'multiple-choice': {
          const codes = Array.isArray(value) ? value : [value];
          for (const code of codes) {
            if (typeof code !== 'string') continue;
            const points = codeScore(model, question.codeList, code, on);
            if (points !== undefined) numbers.push(points);
          }
          break;
        }
        default:
          break;
      }
    }
    const value = aggregate(score.method, numbers, answered, yes);
    const band =
      value === undefined ? undefined : score.bands?.find((b) => b.min <= value && value <= b.max);
    return band ? { id: score.id, value, band } : { id: score.id, value };
  });
}

function aggregate(
  method: Score['method'],
  numbers: readonly number[],
  answered: number,
  yes: number,
): number | undefined {
  switch (method) {
    case 'count-answered':
      return answered;
    case 'count-yes':
      return yes;
    case 'sum':
      return numbers.length ? numbers.reduce((a, b) => a + b, 0) : undefined;
    case 'mean':
      return numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : undefined;
    case 'min':
      return numbers.length ? Math.min(...numbers) : undefined;
    case 'max':
      return numbers.length ? Math.max(...numbers) : undefined;
  }
}
