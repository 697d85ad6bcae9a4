/**
 * Which timeline entries a timescale rule looks at. An {@link EventMatcher} picks entries by event
 * type or category, at their start or end, and by attribute tests; an occurrence is one matched
 * entry at that boundary, with an exact day to count from.
 */
import type { CaseEvent } from '../case-record/schema.js';
import type { PracticeModel } from '../practice-model/schema.js';
import type { AttributeTest, EventMatcher } from '../practice-model/timescales.js';

/** An entry's attributes, as the case record holds them. */
type Attributes = CaseEvent['attributes'];

/** Event type id to category, built once per model. */
const categoryIndexes = new WeakMap<PracticeModel, ReadonlyMap<string, string>>();

/** The category of each event type of the model, by type id (cached per model object). */
export function categoryIndex(model: PracticeModel): ReadonlyMap<string, string> {
  let index = categoryIndexes.get(model);
  if (!index) {
    index = new Map(model.eventTypes.map((type) => [type.id, type.category]));
    categoryIndexes.set(model, index);
  }
  return index;
}

/**
 * True when an entry's attributes pass one test. Values compare strictly (`true` is not `"true"`);
 * a missing attribute equals nothing, so it fails `equals` and `in` and passes `notEquals`. A test
 * naming several operators needs all of them; a test naming none asks only that the attribute is
 * present and not null.
 */
export function passesAttributeTest(test: AttributeTest, attributes: Attributes): boolean {
  const value =
    attributes !== undefined && Object.hasOwn(attributes, test.attribute)
      ? attributes[test.attribute]
      : undefined;
  if (test.equals !== undefined && value !== test.equals) return false;
  if (test.notEquals !== undefined && value === test.notEquals) return false;
  if (test.in !== undefined) {
    if (typeof value !== 'string' && typeof value !== 'number') return false;
    if (!test.in.includes(value)) return false;
  }
  if (test.equals === undefined && test.notEquals === undefined && test.in === undefined) {
    return value !== undefined && value !== null;
  }
  return true;
}

/** True when the attributes pass every test (no tests: true). */
export function passesAttributeTests(
  tests: readonly AttributeTest[] | undefined,
  attributes: Attributes,
): boolean {
  if (tests === undefined) return true;
  for (let i = 0; i < tests.length; i++) {
    if (!passesAttributeTest(tests[i] as AttributeTest, attributes)) return false;
  }
  return true;
}

/** A matcher with its lists turned into sets, for matching many entries. */
export interface CompiledMatcher {
  readonly types: ReadonlySet<string>;
  readonly categories: ReadonlySet<string>;
  readonly boundary: 'start' | 'end';
  readonly where: readonly AttributeTest[] | undefined;
}

/** Prepares a matcher for {@link matchesCompiled}. */
export function compileMatcher(matcher: EventMatcher): CompiledMatcher {
  return {
    types: new Set(matcher.types),
    categories: new Set(matcher.categories),
    boundary: matcher.boundary ?? 'start',
    where: matcher.where,
  };
}

/** {@link matchesEvent} for a compiled matcher and a prepared category index. */
export function matchesCompiled(
  matcher: CompiledMatcher,
  event: CaseEvent,
  categories: ReadonlyMap<string, string>,
): boolean {
  const category = categories.get(event.type);
  const byType =
    matcher.types.has(event.type) || (category !== undefined && matcher.categories.has(category));
  if (!byType) return false;
  if (matcher.boundary === 'end' && event.end === undefined) return false;
  return passesAttributeTests(matcher.where, event.attributes);
}

/** Positions in `events` of each event type's events, in record order: built once per record. */
export function indexByType(events: readonly CaseEvent[]): Map<string, number[]> {
  const byType = new Map<string, number[]>();
  for (let i = 0; i < events.length; i++) {
    const type = (events[i] as CaseEvent).type;
    const list = byType.get(type);
    if (list) list.push(i);
    else byType.set(type, [i]);
  }
  return byType;
}

/**
 * The positions of the events a compiled matcher picks, as {@link matchesCompiled} would pick
 * them scanning every event, but looking only at the types it names (or whose category it names)
 * through {@link indexByType}: grouped by type, in record order within a type.
 */
export function positionsMatching(
  matcher: CompiledMatcher,
  events: readonly CaseEvent[],
  byType: ReadonlyMap<string, readonly number[]>,
  categories: ReadonlyMap<string, string>,
): number[] {
  const out: number[] = [];
  const end = matcher.boundary === 'end';
  for (const [type, positions] of byType) {
    const category = categories.get(type);
    if (!matcher.types.has(type) && !(category !== undefined && matcher.categories.has(category))) {
      continue;
    }
    for (let p = 0; p < positions.length; p++) {
      const index = positions[p] as number;
      const event = events[index] as CaseEvent;
      if (end && event.end === undefined) continue;
      if (passesAttributeTests(matcher.where, event.attributes)) out.push(index);
    }
  }
  return out;
}

/**
 * True when a timeline entry matches an {@link EventMatcher}: its type is one of `types`, or its
 * type's category (per the model) is one of `categories`; every `where` test passes on its
 * `attributes`; and, for `boundary: "end"`, it has an end (an open period matches no end matcher).
 *
 * Dates are not looked at here: the evaluation also skips entries whose date at that boundary is
 * not an exact day, and entries dated after `today`.
 */
export function matchesEvent(
  matcher: EventMatcher,
  event: CaseEvent,
  model: PracticeModel,
): boolean {
  return matchesCompiled(compileMatcher(matcher), event, categoryIndex(model));
}
