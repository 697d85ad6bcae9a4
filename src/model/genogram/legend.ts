/**
 * The genogram legend, generated from what is drawn: the symbols, couple lines, child links,
 * twins, emotional lines and household outlines that appear in a layout, in a stable order.
 */
import type { CaseRecord, Person } from '../case-record/schema.js';
import { COUPLE_STATUSES } from '../case-record/schema.js';
import {
  COUPLE_KINDS,
  EMOTIONAL_KINDS,
  PARENT_CHILD_KINDS,
  type PracticeModel,
} from '../practice-model/schema.js';
import { isRedacted } from '../redaction.js';
import {
  LEGEND_SYMBOLS,
  type GenogramLayout,
  type LegendItem,
  type LegendSymbol,
  type SymbolShape,
} from './layout-types.js';

/**
 * A person's outline: by gender identity when shown and recorded (NSGC 2022), otherwise by sex
 * recorded at birth; a diamond when neither says man or woman, male or female.
 */
export function symbolShape(person: Person, showGender = true): SymbolShape {
  const gender = showGender ? person.gender : undefined;
  if (gender === 'man') return 'square';
  if (gender === 'woman') return 'circle';
  if (gender === 'non-binary' || gender === 'other') return 'diamond';
  return person.sex === 'male' ? 'square' : person.sex === 'female' ? 'circle' : 'diamond';
}

/** The symbols one person's drawing uses. */
function symbolsOf(person: Person | undefined, showGender: boolean): LegendSymbol[] {
  if (!person || isRedacted(person)) return ['diamond'];
  const status = person.lifeStatus ?? 'alive';
  if (status === 'pregnancy' || status === 'miscarriage' || status === 'termination') {
    return [status];
  }
  const out: LegendSymbol[] = [symbolShape(person, showGender)];
  if (status === 'stillbirth') out.push('stillbirth');
  if (status === 'deceased' || (status === 'alive' && person.dateOfDeath)) out.push('deceased');
  return out;
}

/**
 * Lists the notation a layout uses, for its legend: symbols first (outlines, deceased, index,
 * pregnancy outcomes), then couple lines, child links, twins, emotional lines and households.
 * `index` defaults to the record's index person, else its first subject.
 */
export function legendItems(
  layout: GenogramLayout,
  record: CaseRecord,
  model: PracticeModel,
  options: { readonly index?: string } = {},
): LegendItem[] {
  const persons = new Map((record.persons ?? []).map((p) => [p.id, p]));
  const showGender = model.genogram?.show?.genderIdentity !== false;
  const drawn = new Set(layout.nodes.map((n) => n.id));
  const symbols = new Set<LegendSymbol>();
  for (const id of drawn) for (const s of symbolsOf(persons.get(id), showGender)) symbols.add(s);
  const index = [options.index, record.index, ...(record.subjects ?? [])].find(
    (id): id is string => id !== undefined && drawn.has(id),
  );
  if (index) symbols.add('index');

  const items: LegendItem[] = LEGEND_SYMBOLS.filter((s) => symbols.has(s)).map((symbol) => ({
    kind: 'symbol',
    symbol,
  }));

  const couples = new Map<string, LegendItem>();
  for (const c of layout.couples) {
    const key = `${COUPLE_KINDS.indexOf(c.notation)}/${c.status ? COUPLE_STATUSES.indexOf(c.status) : -1}/${c.consanguineous ? 1 : 0}`;
    if (!couples.has(key))
      couples.set(key, {
        kind: 'couple',
        notation: c.notation,
        ...(c.status ? { status: c.status } : {}),
        consanguineous: c.consanguineous,
      });
  }
  items.push(...[...couples].sort((a, b) => compareKeys(a[0], b[0])).map(([, item]) => item));

  const childKinds = new Set(layout.children.map((l) => l.notation));
  for (const notation of PARENT_CHILD_KINDS)
    if (childKinds.has(notation)) items.push({ kind: 'child', notation });

  const twins = new Set(layout.children.flatMap((l) => (l.twin ? [l.twin.identical] : [])));
  if (twins.has(false)) items.push({ kind: 'twins', identical: false });
  if (twins.has(true)) items.push({ kind: 'twins', identical: true });

  const feelings = new Set(layout.emotional.map((e) => e.notation));
  for (const notation of EMOTIONAL_KINDS)
    if (feelings.has(notation)) items.push({ kind: 'emotional', notation });

  if (layout.households.length) items.push({ kind: 'household' });
  return items;
}

function compareKeys(a: string, b: string): number {
  const x = a.split('/').map(Number);
  const y = b.split('/').map(Number);
  for (let i = 0; i < x.length; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
