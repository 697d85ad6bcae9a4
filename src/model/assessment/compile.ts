/**
 * A template read once into a dependency graph: which questions each condition reads, which
 * questions and sections read each answer, and an evaluation order in which every condition's
 * inputs come before it. `formState` walks the whole graph once; `updateFormState` walks only
 * from the answer that changed.
 */
import { conditionQuestions, type Condition } from '../practice-model/conditions.js';
import type { AssessmentTemplate, Section } from '../practice-model/schema.js';
import type { AnyQuestion } from './values.js';

/** A question id a condition reads, and the slot it resolves to (none for an unknown id). */
export interface SlotRef {
  readonly id: string;
  readonly slot: Slot | undefined;
}

/**
 * One node of the compiled graph: a section (its visibility) or a question (top-level, or inside
 * a repeating group). At run time a slot stands for one node per scope (shared, or each subject
 * child for per-child sections) and, inside a group, per item.
 */
export interface Slot {
  /** Position in {@link CompiledTemplate.slots} (template order). */
  readonly index: number;
  /** Evaluation order: every slot a condition reads comes first (except around a cycle). */
  readonly rank: number;
  readonly kind: 'section' | 'question';
  /** The question id (the inner id, inside a group), or the section id. */
  readonly id: string;
  readonly section: Section;
  readonly sectionIndex: number;
  /** The question (undefined for a section slot). */
  readonly question: AnyQuestion | undefined;
  /** Position among the section's questions (or the group's, inside a group); -1 for a section. */
  readonly questionIndex: number;
  /** The group slot, for a question inside a repeating group. */
  readonly group: Slot | undefined;
  /** Answered once per subject child. */
  readonly perChild: boolean;
  /** The section slot (top-level questions) or group slot (inner questions) it is shown inside. */
  readonly parent: Slot | undefined;
  /** What `visibleWhen` and `requiredWhen` read, each id once. */
  readonly refs: readonly SlotRef[];
  /** Slots whose conditions read this slot's answer. */
  readonly readers: readonly Slot[];
  /** Slots shown inside this one: a section's questions, a group's inner questions. */
  readonly children: readonly Slot[];
}

/** A template compiled by {@link compileTemplate}: build it once, reuse it for every change. */
export interface CompiledTemplate {
  readonly template: AssessmentTemplate;
  /** Every slot in template order: each section, then its questions (groups then their inner questions). */
  readonly slots: readonly Slot[];
  /** Slots in evaluation order. */
  readonly order: readonly Slot[];
  /** Section slots by section id. */
  readonly sections: ReadonlyMap<string, Slot>;
  /** Top-level question slots by question id. */
  readonly questions: ReadonlyMap<string, Slot>;
  /** Inner question slots by group id, then inner id. */
  readonly inner: ReadonlyMap<string, ReadonlyMap<string, Slot>>;
  /** Ids of the repeating-group questions. */
  readonly groups: ReadonlySet<string>;
  /**
   * Question ids whose conditions depend on each other in a circle (a model error the practice
   * model parser does not catch). They are evaluated in template order, reading the answers of
   * questions not yet evaluated as they are stored.
   */
  readonly cycles: readonly string[];
}

/** A slot while it is being built. */
interface Draft extends Omit<Slot, 'rank' | 'refs' | 'readers' | 'children'> {
  rank: number;
  refs: readonly SlotRef[];
  readers: Draft[];
  children: Draft[];
  readonly parent: Draft | undefined;
  readonly group: Draft | undefined;
}

function refsOf(...conditions: (Condition | undefined)[]): string[] {
  const ids = new Set<string>();
  for (const condition of conditions) {
    if (condition) for (const id of conditionQuestions(condition)) ids.add(id);
  }
  return [...ids];
}

/**
 * Reads a template into its dependency graph. Pure; costs one pass over the template, so compile
 * once per template and keep the result.
 */
export function compileTemplate(template: AssessmentTemplate): CompiledTemplate {
  const slots: Draft[] = [];
  const sections = new Map<string, Draft>();
  const questions = new Map<string, Draft>();
  const inner = new Map<string, Map<string, Draft>>();
  const groups = new Set<string>();
  const pending: { slot: Draft; ids: string[] }[] = [];

  const add = (
    slot: Omit<Draft, 'index' | 'rank' | 'refs' | 'readers' | 'children'>,
    ids: string[],
  ): Draft => {
    const full: Draft = {
      ...slot,
      index: slots.length,
      rank: 0,
      refs: [],
      readers: [],
      children: [],
    };
    slots.push(full);
    pending.push({ slot: full, ids });
    full.parent?.children.push(full);
    return full;
  };

  template.sections.forEach((section, sectionIndex) => {
    const perChild = section.perChild === true;
    const sectionSlot = add(
      {
        kind: 'section',
        id: section.id,
        section,
        sectionIndex,
        question: undefined,
        questionIndex: -1,
        group: undefined,
        perChild,
        parent: undefined,
      },
      refsOf(section.visibleWhen),
    );
    sections.set(section.id, sectionSlot);
    section.questions.forEach((question, questionIndex) => {
      const required = question.type === 'content' ? undefined : question.requiredWhen;
      const slot = add(
        {
          kind: 'question',
          id: question.id,
          section,
          sectionIndex,
          question,
          questionIndex,
          group: undefined,
          perChild,
          parent: sectionSlot,
        },
        refsOf(question.visibleWhen, required),
      );
      if (!questions.has(question.id)) questions.set(question.id, slot);
      if (question.type !== 'group') return;
      groups.add(question.id);
      const byId = new Map<string, Draft>();
      inner.set(question.id, byId);
      question.questions.forEach((innerQuestion, innerIndex) => {
        const innerRequired =
          innerQuestion.type === 'content' ? undefined : innerQuestion.requiredWhen;
        const innerSlot = add(
          {
            kind: 'question',
            id: innerQuestion.id,
            section,
            sectionIndex,
            question: innerQuestion,
            questionIndex: innerIndex,
            group: slot,
            perChild,
            parent: slot,
          },
          refsOf(innerQuestion.visibleWhen, innerRequired),
        );
        if (!byId.has(innerQuestion.id)) byId.set(innerQuestion.id, innerSlot);
      });
    });
  });

  // Resolve references: inside a group, the item's own questions first, then the template's.
  for (const { slot, ids } of pending) {
    const own = slot.group ? inner.get(slot.group.id) : undefined;
    slot.refs = ids.map((id) => {
      const target = own?.get(id) ?? questions.get(id);
      if (target && !target.readers.includes(slot)) target.readers.push(slot);
      return { id, slot: target };
    });
  }

  const { order, cycles } = evaluationOrder(slots);
  order.forEach((slot, rank) => (slot.rank = rank));
  return { template, slots, order, sections, questions, inner, groups, cycles };
}

/** Kahn's algorithm in template order; slots left in a cycle follow in template order. */
function evaluationOrder(slots: readonly Draft[]): { order: Draft[]; cycles: string[] } {
  const inputs = slots.map(() => 0);
  const outputs = (slot: Draft) => [...slot.readers, ...slot.children];
  for (const slot of slots) for (const next of outputs(slot)) inputs[next.index] += 1;
  const order: Draft[] = [];
  const ready = slots.filter((slot) => inputs[slot.index] === 0);
  for (let i = 0; i < ready.length; i++) {
    const slot = ready[i];
    order.push(slot);
    for (const next of outputs(slot)) {
      inputs[next.index] -= 1;
      if (inputs[next.index] === 0) ready.push(next);
    }
  }
  const placed = new Set<Slot>(order);
  const left = slots.filter((slot) => !placed.has(slot));
  order.push(...left);
  const cycles = left
    .filter(
      (slot) =>
        slot.kind === 'question' && slot.refs.some((ref) => ref.slot && !placed.has(ref.slot)),
    )
    .map((slot) => (slot.group ? `${slot.group.id}/${slot.id}` : slot.id));
  return { order, cycles };
}
