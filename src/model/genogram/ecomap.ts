/**
 * The ecomap: the child at the centre, the people and services around them on two rings, and
 * a link from the centre to each with its strength.
 *
 * Rings: 1 holds the people the child lives with now and close family (parents and carers,
 * partners, brothers and sisters, children); 2 holds wider family (two steps away), anyone else
 * with an emotional relationship to the child, the professionals who wrote events about the
 * child and the agencies those events came from.
 *
 * Strength (the case record has no field for it yet, so it is read from what is recorded):
 * - a person with an emotional relationship to the child: abuse, neglect, hostile,
 *   close-hostile and focused-on are `stressful`; close, fused and harmonious are `strong`;
 *   distant and cut-off are `weak`. With several, the most worrying wins.
 * - otherwise, someone the child lives with now is `strong`, anyone else `weak`.
 * - an agency or professional with three or more events about the child is `strong`, else
 *   `weak`.
 */
import type { CaseRecord } from '../case-record/schema.js';
import type { EmotionalNotation } from './layout-types.js';
import type { PracticeModel } from '../practice-model/schema.js';
import { round } from './geometry.js';
import { kinshipGraph, siblingsOf } from './generations.js';
import type {
  EcomapLayout,
  EcomapLink,
  EcomapNode,
  EcomapStrength,
  Point,
} from './layout-types.js';

/** Options for {@link layoutEcomap}. */
export interface EcomapOptions {
  /** The person at the centre; defaults to the record's index person, then its first subject. */
  readonly centre?: string;
  /** Circle diameter of each node; default 40. */
  readonly nodeSize?: number;
}

/** Events from one agency or professional that make the link strong. */
const STRONG_EVENTS = 3;

const STRENGTH_OF: Readonly<Record<EmotionalNotation, EcomapStrength>> = {
  close: 'strong',
  fused: 'strong',
  harmonious: 'strong',
  distant: 'weak',
  'cut-off': 'weak',
  hostile: 'stressful',
  'close-hostile': 'stressful',
  'focused-on': 'stressful',
  'abuse-physical': 'stressful',
  'abuse-emotional': 'stressful',
  'abuse-sexual': 'stressful',
  neglect: 'stressful',
};
const WORRY: Readonly<Record<EcomapStrength, number>> = { weak: 0, strong: 1, stressful: 2 };

interface Entry {
  readonly id: string;
  readonly kind: EcomapNode['kind'];
  readonly strength: EcomapStrength;
  /** Sorting within the ring: close family first, then by record order. */
  readonly group: number;
  readonly rank: number;
  /** For ring 2 people: the ring 1 person they are reached through. */
  readonly via?: string;
}

/**
 * Lays out the ecomap of `record` around its centre person. Never throws; a record with nobody
 * in it gives an empty ecomap.
 */
export function layoutEcomap(
  record: CaseRecord,
  model: PracticeModel,
  options: EcomapOptions = {},
): EcomapLayout {
  const size = options.nodeSize && options.nodeSize > 0 ? options.nodeSize : 40;
  const persons = new Map((record.persons ?? []).map((p, i) => [p.id, i]));
  const centre = [
    options.centre,
    record.index,
    ...(record.subjects ?? []),
    record.persons?.[0]?.id,
  ].find((id): id is string => id !== undefined && persons.has(id));
  if (!centre)
    return { centre: '', nodes: [], links: [], bounds: { x: 0, y: 0, width: 0, height: 0 } };

  const graph = kinshipGraph(record, model);
  const rank = (id: string) => persons.get(id) ?? 0;

  // Who the child lives with now.
  const household = new Set<string>();
  for (const h of record.households ?? []) {
    if (h.to !== undefined) continue;
    const now = h.members.filter((m) => m.to === undefined).map((m) => m.person);
    if (now.includes(centre)) for (const id of now) if (id !== centre) household.add(id);
  }
  // How the child feels about each person (and they about the child).
  const feeling = new Map<string, EcomapStrength>();
  for (const link of graph.feelings.get(centre) ?? []) {
    if (link.type.category !== 'emotional') continue;
    const strength = STRENGTH_OF[link.type.notation];
    const before = feeling.get(link.person);
    if (!before || WORRY[strength] > WORRY[before]) feeling.set(link.person, strength);
  }
  const personStrength = (id: string): EcomapStrength =>
    feeling.get(id) ?? (household.has(id) ? 'strong' : 'weak');

  // Ring 1: household and close family, grouped parents, partners, siblings, children, others.
  const ring1 = new Map<string, Entry>();
  const ring2 = new Map<string, Entry>();
  const addPerson = (ring: Map<string, Entry>, id: string, group: number, via?: string) => {
    if (id === centre || ring1.has(id) || ring2.has(id) || !persons.has(id)) return;
    ring.set(id, {
      id,
      kind: 'person',
      strength: personStrength(id),
      group,
      rank: rank(id),
      ...(via ? { via } : {}),
    });
  };
  const parents = (id: string) => (graph.parents.get(id) ?? []).map((l) => l.person);
  const children = (id: string) => (graph.children.get(id) ?? []).map((l) => l.person);
  const partners = (id: string) => (graph.partners.get(id) ?? []).map((l) => l.person);
  const siblings = (id: string) => {
    const { full, half } = siblingsOf(graph, id);
    return [...full, ...half];
  };
  for (const id of parents(centre)) addPerson(ring1, id, 0);
  for (const id of partners(centre)) addPerson(ring1, id, 1);
  for (const id of siblings(centre)) addPerson(ring1, id, 2);
  for (const id of children(centre)) addPerson(ring1, id, 3);
  for (const id of household) addPerson(ring1, id, 4);

  // Ring 2: wider family one step beyond ring 1, and anyone else the child has feelings about.
  // (Brothers and sisters of ring 1's brothers and sisters are ring 1 already: only parents'
  // siblings, the aunts and uncles, are looked up.)
  for (const near of [...ring1.values()]) {
    const around = [...parents(near.id), ...partners(near.id), ...children(near.id)];
    if (near.group === 0) around.push(...siblings(near.id));
    for (const id of around) addPerson(ring2, id, 0, near.id);
  }
  for (const id of feeling.keys()) addPerson(ring2, id, 1);

  // Professionals and agencies: those with events about the child.
  const byAgency = new Map<string, number>();
  const byProfessional = new Map<string, number>();
  for (const event of record.events ?? []) {
    if (!event.persons?.includes(centre)) continue;
    if (event.agency) byAgency.set(event.agency, (byAgency.get(event.agency) ?? 0) + 1);
    if (event.author) byProfessional.set(event.author, (byProfessional.get(event.author) ?? 0) + 1);
  }
  const agencies = new Map((record.agencies ?? []).map((a, i) => [a.id, i]));
  const serviceStrength = (count: number): EcomapStrength =>
    count >= STRONG_EVENTS ? 'strong' : 'weak';
  const services: Entry[] = [];
  const professionalsOf = new Map<string, Entry[]>();
  (record.professionals ?? []).forEach((p, i) => {
    const count = byProfessional.get(p.id);
    if (count === undefined) return;
    const entry: Entry = {
      id: p.id,
      kind: 'professional',
      strength: serviceStrength(count),
      group: 3,
      rank: i,
    };
    const key = p.agency && agencies.has(p.agency) ? p.agency : '';
    const list = professionalsOf.get(key) ?? [];
    list.push(entry);
    professionalsOf.set(key, list);
    if (key && !byAgency.has(key)) byAgency.set(key, 0);
  });
  for (const [id, index] of [...agencies].sort((a, b) => a[1] - b[1])) {
    const count = byAgency.get(id);
    if (count === undefined) continue;
    services.push({ id, kind: 'agency', strength: serviceStrength(count), group: 2, rank: index });
    services.push(...(professionalsOf.get(id) ?? []));
  }
  services.push(...(professionalsOf.get('') ?? []));

  // Positions: ring 1 from the top, clockwise; ring 2 people near whoever they are reached
  // through, then the services.
  const spacing = size * 2;
  const first = [...ring1.values()].sort((a, b) => a.group - b.group || a.rank - b.rank);
  const r1 = Math.max(size * 3.5, (first.length * spacing) / (2 * Math.PI));
  const angle = new Map<string, number>();
  first.forEach((e, i) =>
    angle.set(e.id, -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, first.length)),
  );
  const people2 = [...ring2.values()].sort(
    (a, b) =>
      a.group - b.group ||
      (angle.get(a.via ?? '') ?? Infinity) - (angle.get(b.via ?? '') ?? Infinity) ||
      a.rank - b.rank,
  );
  const second = [...people2, ...services];
  const r2 = Math.max(r1 + size * 3, (second.length * spacing) / (2 * Math.PI));

  const nodes: EcomapNode[] = [{ id: centre, kind: 'person', x: 0, y: 0, ring: 0 }];
  const place = (list: readonly Entry[], radius: number, ring: number, offset: number) =>
    list.map((e, i) => {
      const a = -Math.PI / 2 + offset + (2 * Math.PI * i) / Math.max(1, list.length);
      const node: EcomapNode = {
        id: e.id,
        kind: e.kind,
        x: round(radius * Math.cos(a)),
        y: round(radius * Math.sin(a)),
        ring,
      };
      nodes.push(node);
      return { entry: e, node, angle: a };
    });
  const placed1 = place(first, r1, 1, 0);
  // Ring 2 turned so its people sit by whoever they are reached through (a circular mean of
  // the differences), else half a step so its links pass between ring 1's people.
  let sin = 0;
  let cos = 0;
  second.forEach((e, i) => {
    const via = e.via === undefined ? undefined : angle.get(e.via);
    if (via === undefined) return;
    const d = via - (-Math.PI / 2 + (2 * Math.PI * i) / second.length);
    sin += Math.sin(d);
    cos += Math.cos(d);
  });
  const turn = sin || cos ? Math.atan2(sin, cos) : second.length ? Math.PI / second.length : 0;
  const placed2 = place(second, r2, 2, turn);

  const centrePoint: Point = { x: 0, y: 0 };
  const blockers = placed1.map((p) => p.node);
  const links: EcomapLink[] = [
    ...placed1.map((p) => link(centre, p.entry, centrePoint, p.node, size, [])),
    ...placed2.map((p) => link(centre, p.entry, centrePoint, p.node, size, blockers, r1)),
  ];

  const reach = (r2 > 0 && second.length ? r2 : r1) + size * 1.5;
  return {
    centre,
    nodes,
    links,
    bounds: {
      x: round(-reach),
      y: round(-reach),
      width: round(reach * 2),
      height: round(reach * 2),
    },
  };
}

/** A link from the centre's edge to the node's edge; bent round any ring 1 node in the way. */
function link(
  centre: string,
  entry: Entry,
  from: Point,
  to: EcomapNode,
  size: number,
  blockers: readonly EcomapNode[],
  r1 = 0,
): EcomapLink {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const ux = (to.x - from.x) / length;
  const uy = (to.y - from.y) / length;
  const start = { x: from.x + (ux * size) / 2, y: from.y + (uy * size) / 2 };
  const end = { x: to.x - (ux * size) / 2, y: to.y - (uy * size) / 2 };
  let path: Point[] = [start, end];
  const hit = blockers.find((b) => distanceToSegment(b, start, end) < size / 2 + 4);
  if (hit) {
    // Leave the centre beside the node in the way, pass it on the far side, then go on out.
    const a = Math.atan2(hit.y, hit.x);
    let turn = Math.atan2(to.y, to.x) - a;
    if (turn > Math.PI) turn -= 2 * Math.PI;
    if (turn <= -Math.PI) turn += 2 * Math.PI;
    const side = Math.sign(turn) || 1;
    const clear = Math.asin(Math.min(1, (size + 8) / Math.max(r1, size)));
    const b = a + side * clear;
    const out = r1 + size;
    path = [
      { x: (Math.cos(b) * size) / 2, y: (Math.sin(b) * size) / 2 },
      { x: Math.cos(b) * out, y: Math.sin(b) * out },
      end,
    ];
  }
  return {
    from: centre,
    to: entry.id,
    strength: entry.strength,
    path: path.map((p) => ({ x: round(p.x), y: round(p.y) })),
  };
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(
    0,
    Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)),
  );
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
