/**
 * How each person is related to the index child, read from the kinship graph: parents and carers,
 * children, partners, brothers and sisters, relatives through shared ancestors along birth and
 * adoptive lines, and the partners of all of these. Pure: no DOM and no words (the genogram's text
 * view words a relation for its locale).
 */
import { siblingsOf, type KinLink, type KinshipGraph } from './generations.js';

/** A person's relation to the index child, as data. */
export type KinRelation =
  | { readonly kind: 'index' }
  /** A direct parent or carer: worded by the relationship type ("Birth parent", "Foster carer"). */
  | { readonly kind: 'parent'; readonly link: KinLink }
  /** A direct child: worded from the child's side ("Birth child"). */
  | { readonly kind: 'child'; readonly link: KinLink }
  | { readonly kind: 'partner' }
  | { readonly kind: 'sibling'; readonly half: boolean }
  /** A blood (or adoptive) relative `up` generations to a shared ancestor, then `down`. */
  | { readonly kind: 'relative'; readonly up: number; readonly down: number }
  /** The partner of someone related to the child who is not related themselves. */
  | { readonly kind: 'partner-of'; readonly person: string };

/** Parent links that make a family line (as brothers and sisters): not foster, step or kinship. */
const FAMILY_LINE = new Set(['biological', 'adoptive', 'surrogate', 'donor']);

/** How far up and down family lines relatives are looked for (great-great-... is "Other relative"). */
const MAX_STEPS = 4;

function familyLinks(links: readonly KinLink[] | undefined): KinLink[] {
  return (links ?? []).filter((link) => FAMILY_LINE.has(link.type.notation));
}

/** Breadth-first steps along family-line links, from `start`: each person reached and how far. */
function walk(
  start: string,
  next: (id: string) => readonly KinLink[] | undefined,
): Map<string, number> {
  const steps = new Map([[start, 0]]);
  let frontier = [start];
  for (let step = 1; step <= MAX_STEPS && frontier.length; step += 1) {
    const reached: string[] = [];
    for (const id of frontier) {
      for (const link of familyLinks(next(id))) {
        if (steps.has(link.person)) continue;
        steps.set(link.person, step);
        reached.push(link.person);
      }
    }
    frontier = reached;
  }
  return steps;
}

/**
 * Everyone's relation to `index`, closest first: direct links (parents and carers, children,
 * partners, brothers and sisters), then relatives through shared ancestors along birth and
 * adoptive lines (fewest steps, then fewest steps up), then the partners of all of these. People
 * with none of these links are left out.
 */
export function kinRelations(
  graph: KinshipGraph,
  index: string | undefined,
): Map<string, KinRelation> {
  const kin = new Map<string, KinRelation>();
  if (index === undefined) return kin;
  const add = (id: string, relation: KinRelation) => {
    if (!kin.has(id)) kin.set(id, relation);
  };
  add(index, { kind: 'index' });
  for (const link of graph.parents.get(index) ?? []) add(link.person, { kind: 'parent', link });
  for (const link of graph.children.get(index) ?? []) add(link.person, { kind: 'child', link });
  for (const link of graph.partners.get(index) ?? []) add(link.person, { kind: 'partner' });
  const siblings = siblingsOf(graph, index);
  for (const id of siblings.full) add(id, { kind: 'sibling', half: false });
  for (const id of siblings.half) add(id, { kind: 'sibling', half: true });

  const best = new Map<string, { up: number; down: number }>();
  for (const [ancestor, up] of walk(index, (id) => graph.parents.get(id))) {
    for (const [id, down] of walk(ancestor, (a) => graph.children.get(a))) {
      const known = best.get(id);
      const closer =
        !known ||
        up + down < known.up + known.down ||
        (up + down === known.up + known.down && up < known.up);
      if (closer) best.set(id, { up, down });
    }
  }
  const relatives = [...best].sort(
    ([, a], [, b]) => a.up + a.down - (b.up + b.down) || a.up - b.up,
  );
  for (const [id, { up, down }] of relatives) add(id, { kind: 'relative', up, down });

  for (const [id, relation] of [...kin]) {
    if (relation.kind === 'partner') continue;
    for (const link of graph.partners.get(id) ?? []) {
      add(link.person, { kind: 'partner-of', person: id });
    }
  }
  return kin;
}
