import { expect } from '@open-wc/testing';
import {
  readCaseRecord,
  type CaseRecord,
  type CaseRecordInput,
  type Relationship,
} from '../../src/model/index.js';
import { assignGenerations } from '../../src/model/genogram/generations.js';
import { segmentsCross } from '../../src/model/genogram/geometry.js';
import { layoutGenogram } from '../../src/model/genogram/layout.js';
import type { GenogramLayout, LayoutNode } from '../../src/model/genogram/layout-types.js';
import { layoutMetrics } from '../../src/model/genogram/metrics.js';
import { generateCase, sampleCase, sampleModel } from '../../src/samples/index.js';

type PersonInput = CaseRecordInput['persons'][number];
type RelationshipInput = Omit<Relationship, 'id'> & { readonly id?: string };

const person = (id: string, extra: Partial<PersonInput> = {}): PersonInput => ({
  id,
  name: { given: id },
  sex: 'female',
  ...extra,
});

let counter = 0;
const rel = (type: string, from: string, to: string, extra: Partial<Relationship> = {}) => ({
  id: `r${++counter}-${from}-${to}`,
  type,
  from,
  to,
  ...extra,
});

/** Reads raw data the way the component does: the valid part, never throwing. */
function recordOf(
  persons: readonly PersonInput[],
  relationships: readonly RelationshipInput[],
  extra: Partial<CaseRecordInput> = {},
): CaseRecord {
  return readCaseRecord(
    { id: 'test', subjects: [persons[0]?.id], persons, relationships, ...extra },
    sampleModel,
  ).record;
}

function generated(seed: number, persons: number): CaseRecord {
  const { record, issues } = readCaseRecord(
    generateCase({ seed, persons, events: 0 }),
    sampleModel,
  );
  expect(issues, 'the generated case is valid').to.deep.equal([]);
  return record;
}

const nodeOf = (layout: GenogramLayout, id: string): LayoutNode => {
  const node = layout.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`${id} is not drawn`);
  return node;
};

function expectClean(layout: GenogramLayout) {
  const m = layoutMetrics(layout);
  expect(m.overlaps, 'overlaps').to.equal(0);
  expect(m.linesThroughSymbols, 'lines through symbols').to.equal(0);
  expect(m.coupleAdjacency, 'couple adjacency').to.equal(1);
  expect(m.generationAlignment, 'generation alignment').to.equal(1);
  expect(m.personsDrawnTwice, 'persons drawn twice').to.equal(0);
  return m;
}

/** Existing people whose left-to-right order among the other existing people changed. */
function reordered(before: GenogramLayout, after: GenogramLayout): string[] {
  const moved: string[] = [];
  const old = new Set(before.nodes.map((n) => n.id));
  const rows = (layout: GenogramLayout) => {
    const out = new Map<number, string[]>();
    for (const n of [...layout.nodes].sort((a, b) => a.order - b.order)) {
      if (!old.has(n.id)) continue;
      out.set(n.generation, [...(out.get(n.generation) ?? []), n.id]);
    }
    return out;
  };
  const a = rows(before);
  const b = rows(after);
  for (const [g, list] of a) {
    const next = b.get(g) ?? [];
    list.forEach((id, i) => {
      if (next[i] !== id) moved.push(id);
    });
  }
  return moved;
}

describe('layoutGenogram: the sample case', () => {
  const layout = layoutGenogram(sampleCase, sampleModel);

  it('draws every person once, with no overlaps and no line through a symbol', () => {
    expect(layout.nodes.map((n) => n.id).sort()).to.deep.equal(
      sampleCase.persons.map((p) => p.id).sort(),
    );
    const m = expectClean(layout);
    // Measured: 4 (the kinship carer's links to Ellie and Tyler pass two generations down).
    expect(m.crossings).to.be.at.most(4);
    expect(layout.issues).to.deep.equal([]);
  });

  it('puts each person in their generation row, oldest row at the top', () => {
    const { byPerson } = assignGenerations(sampleCase, sampleModel);
    for (const n of layout.nodes) expect(n.generation, n.id).to.equal(byPerson.get(n.id));
    expect(nodeOf(layout, 'raymond').y).to.be.below(nodeOf(layout, 'kelly').y);
    expect(nodeOf(layout, 'kelly').y).to.be.below(nodeOf(layout, 'tyler').y);
    expect(nodeOf(layout, 'kelly').y).to.equal(nodeOf(layout, 'jason').y);
  });

  it('numbers people left to right within each generation', () => {
    const rows = new Map<number, LayoutNode[]>();
    for (const n of layout.nodes) rows.set(n.generation, [...(rows.get(n.generation) ?? []), n]);
    for (const row of rows.values()) {
      const byOrder = [...row].sort((a, b) => a.order - b.order);
      expect(byOrder.map((n) => n.order)).to.deep.equal(row.map((_, i) => i));
      for (let i = 1; i < byOrder.length; i++) expect(byOrder[i]!.x).to.be.above(byOrder[i - 1]!.x);
    }
  });

  it('keeps Kelly between her two partners, each couple with its own children', () => {
    const kelly = nodeOf(layout, 'kelly');
    const xs = ['jason', 'dean'].map((id) => nodeOf(layout, id).x);
    expect(Math.min(...xs)).to.be.below(kelly.x);
    expect(Math.max(...xs)).to.be.above(kelly.x);
    const unitOf = (child: string) =>
      layout.children.find((l) => l.child === child && l.notation === 'biological')?.parentUnit;
    expect(unitOf('ellie')).to.deep.equal({ kind: 'couple', couple: 'jason-kelly' });
    expect(unitOf('tyler')).to.deep.equal({ kind: 'couple', couple: 'jason-kelly' });
    expect(unitOf('mia')).to.deep.equal({ kind: 'couple', couple: 'dean-kelly' });
    // Half-siblings are grouped under their own couple: neither group interleaves the other.
    const ellieTyler = ['ellie', 'tyler'].map((id) => nodeOf(layout, id).order);
    const twins = ['mia', 'maisie'].map((id) => nodeOf(layout, id).order);
    expect(
      Math.max(...ellieTyler) < Math.min(...twins) || Math.max(...twins) < Math.min(...ellieTyler),
    ).to.equal(true);
  });

  it('puts children in birth order, oldest on the left', () => {
    expect(nodeOf(layout, 'ellie').x).to.be.below(nodeOf(layout, 'tyler').x);
    expect(nodeOf(layout, 'lee').x).to.be.below(nodeOf(layout, 'kelly').x);
  });

  it('draws the fraternal twins from one apex on their sibling bar', () => {
    const links = layout.children.filter((l) => l.twin?.group === 'marsh-twins');
    expect(links.map((l) => l.child).sort()).to.deep.equal(['maisie', 'mia']);
    const [a, b] = links;
    expect(a!.twin!.apex).to.deep.equal(b!.twin!.apex);
    expect(a!.twin!.identical).to.equal(false);
    for (const l of links) {
      expect(l.path).to.deep.include(l.twin!.apex);
      const end = l.path[l.path.length - 1]!;
      const child = nodeOf(layout, l.child);
      expect(end).to.deep.equal({ x: child.x, y: child.y - child.size / 2 });
    }
  });

  it('draws kinship and foster links to the one symbol of the child', () => {
    const tyler = layout.children.filter((l) => l.child === 'tyler');
    expect(tyler.map((l) => l.notation).sort()).to.deep.equal(['biological', 'foster', 'kinship']);
    expect(layout.nodes.filter((n) => n.id === 'tyler')).to.have.length(1);
    const foster = tyler.find((l) => l.notation === 'foster')!;
    expect(foster.parentUnit).to.deep.equal({ kind: 'single', parent: 'janet' });
    expect(foster.relationships).to.deep.equal(['janet-tyler']);
  });

  it('routes child links orthogonally from the descent point to the top of the child', () => {
    for (const l of layout.children) {
      const child = nodeOf(layout, l.child);
      expect(l.path[l.path.length - 1]).to.deep.equal({ x: child.x, y: child.y - child.size / 2 });
      l.path.slice(0, -1).forEach((p, i) => {
        const q = l.path[i + 1]!;
        const lastLeg = i === l.path.length - 2;
        if (!(l.twin && lastLeg))
          expect(p.x === q.x || p.y === q.y, `${l.child} leg ${i}`).to.equal(true);
      });
    }
  });

  it('draws couple lines between side-by-side partners at their centre line', () => {
    const c = layout.couples.find((x) => x.id === 'raymond-patricia')!;
    const [left, right] = [nodeOf(layout, c.left), nodeOf(layout, c.right)];
    expect(left.x).to.be.below(right.x);
    expect(c.y).to.equal(left.y);
    expect(c.x1).to.equal(left.x + left.size / 2);
    expect(c.x2).to.equal(right.x - right.size / 2);
    expect(c.midX).to.equal((c.x1 + c.x2) / 2);
    expect(c.status).to.equal('current');
    expect(c.notation).to.equal('marriage');
  });

  it('routes emotional links between partners over the couple line, not along it', () => {
    const abuse = layout.emotional.find((e) => e.id === 'dean-kelly-abuse')!;
    expect(abuse.directed).to.equal(true);
    expect(abuse.from).to.equal('dean');
    const y = nodeOf(layout, 'dean').y;
    expect(abuse.path.length).to.be.greaterThan(2);
    expect(Math.min(...abuse.path.map((p) => p.y))).to.be.below(y - 20);
  });

  it('outlines the households people live in now, around their members', () => {
    const ids = layout.households.map((h) => h.id);
    expect(ids).to.include('mill-lane');
    expect(ids).not.to.include('refuge');
    const mill = layout.households.find((h) => h.id === 'mill-lane')!;
    expect(mill.members).to.include.members(['kelly', 'mia']);
    for (const id of mill.members) {
      const n = nodeOf(layout, id);
      expect(insidePolygon(n, mill.outline), id).to.equal(true);
    }
    for (const h of layout.households) expect(h.contiguous, h.id).to.equal(true);
  });

  it('has bounds around every symbol and line', () => {
    const b = layout.bounds;
    for (const n of layout.nodes) {
      expect(n.x - n.size / 2).to.be.at.least(b.x);
      expect(n.x + n.size / 2).to.be.at.most(b.x + b.width);
      expect(n.y - n.size / 2).to.be.at.least(b.y);
      expect(n.y + n.size / 2).to.be.at.most(b.y + b.height);
    }
    for (const p of layout.children.flatMap((l) => l.path)) {
      expect(p.x).to.be.within(b.x, b.x + b.width);
      expect(p.y).to.be.within(b.y, b.y + b.height);
    }
  });

  it('is deterministic', () => {
    expect(layoutGenogram(sampleCase, sampleModel)).to.deep.equal(layout);
  });

  it('honours the size and gap options', () => {
    const big = layoutGenogram(sampleCase, sampleModel, {
      nodeSize: 60,
      horizontalGap: 30,
      generationGap: 200,
    });
    expect(big.nodes.every((n) => n.size === 60)).to.equal(true);
    expect(nodeOf(big, 'kelly').y - nodeOf(big, 'raymond').y).to.equal(260);
    expectClean(big);
  });
});

describe('layoutGenogram: generated families', () => {
  // Crossing bounds are what the layout measured on these seeds; they guard against regressions.
  const cases = [
    { persons: 50, seed: 7, crossings: 3 },
    { persons: 500, seed: 7, crossings: 10 },
    { persons: 2_000, seed: 7, crossings: 32 },
    { persons: 500, seed: 42, crossings: 8 },
  ];
  for (const { persons, seed, crossings } of cases) {
    it(`lays out ${persons} people (seed ${seed}) cleanly`, () => {
      const record = generated(seed, persons);
      const layout = layoutGenogram(record, sampleModel);
      expect(layout.nodes).to.have.length(persons);
      const m = expectClean(layout);
      expect(m.crossings).to.be.at.most(crossings);
      expect(layout.issues).to.deep.equal([]);
    });
  }

  it('outlines households as simple polygons around their members', () => {
    const layout = layoutGenogram(generated(7, 500), sampleModel);
    expect(layout.households.length).to.be.greaterThan(50);
    for (const h of layout.households) {
      const edges = h.outline.map((p, i) => [p, h.outline[(i + 1) % h.outline.length]!] as const);
      edges.forEach(([a, b], i) => {
        expect(a.x === b.x || a.y === b.y, `${h.id} edge ${i} is orthogonal`).to.equal(true);
        for (const [c, d] of edges.slice(i + 2, i === 0 ? -1 : undefined))
          expect(segmentsCross(a, b, c, d), `${h.id} crosses itself`).to.equal(false);
      });
      for (const id of h.members)
        expect(insidePolygon(nodeOf(layout, id), h.outline)).to.equal(true);
    }
  });

  it('keeps most households contiguous', () => {
    const m = layoutMetrics(layoutGenogram(generated(7, 500), sampleModel));
    // Measured 0.97: a grown-up child who has moved out still sits among their siblings.
    expect(m.contiguousHouseholds).to.be.at.least(0.95);
  });
});

describe('layoutGenogram: family shapes', () => {
  it('puts several partners on either side, each couple over its own children', () => {
    const r = recordOf(
      [
        person('pat', { sex: 'male' }),
        person('amy'),
        person('bea'),
        person('cat'),
        person('a1', { dateOfBirth: '2001-01-01' }),
        person('b1', { dateOfBirth: '2006-01-01' }),
        person('b2', { dateOfBirth: '2008-01-01' }),
        person('c1', { dateOfBirth: '2015-01-01' }),
      ],
      [
        rel('marriage', 'pat', 'amy', { start: '1999', end: '2004', status: 'divorced' }),
        rel('cohabiting', 'pat', 'bea', { start: '2005', end: '2010', status: 'separated' }),
        rel('marriage', 'pat', 'cat', { start: '2012', status: 'current' }),
        rel('biological-parent', 'pat', 'a1'),
        rel('biological-parent', 'amy', 'a1'),
        rel('biological-parent', 'pat', 'b1'),
        rel('biological-parent', 'bea', 'b1'),
        rel('biological-parent', 'pat', 'b2'),
        rel('biological-parent', 'bea', 'b2'),
        rel('biological-parent', 'pat', 'c1'),
        rel('biological-parent', 'cat', 'c1'),
      ],
    );
    const layout = layoutGenogram(r, sampleModel);
    expectClean(layout);
    const x = (id: string) => nodeOf(layout, id).x;
    const partners = ['amy', 'bea', 'cat'];
    expect(partners.filter((p) => x(p) < x('pat'))).to.have.length.greaterThan(0);
    expect(partners.filter((p) => x(p) > x('pat'))).to.have.length.greaterThan(0);
    // The partner with someone between them and Pat gets a line under the row.
    const under = layout.couples.filter((c) => c.y > nodeOf(layout, 'pat').y);
    expect(under).to.have.length(1);
    // Each half-sibling group sits under its own couple, in order along the row.
    const unit = (child: string) => layout.children.find((l) => l.child === child)!.parentUnit;
    for (const child of ['a1', 'b1', 'b2', 'c1']) expect(unit(child).kind).to.equal('couple');
    const midOf = (child: string) => {
      const u = unit(child);
      return u.kind === 'couple' ? layout.couples.find((c) => c.id === u.couple)!.midX : 0;
    };
    const groups = ['a1', 'b1', 'c1'].sort((p, q) => midOf(p) - midOf(q));
    const order = groups.map((c) => x(c));
    expect(order).to.deep.equal([...order].sort((p, q) => p - q));
    expect(x('b1')).to.be.below(x('b2'));
  });

  it('draws identical twins from one apex and a single child straight down', () => {
    const r = recordOf(
      [
        person('mum'),
        person('dad', { sex: 'male' }),
        person('t1', { dateOfBirth: '2010-05-05', multipleBirth: { group: 'g', identical: true } }),
        person('t2', { dateOfBirth: '2010-05-05', multipleBirth: { group: 'g', identical: true } }),
        person('solo', { dateOfBirth: '2012-01-01' }),
      ],
      [
        rel('marriage', 'mum', 'dad'),
        ...['t1', 't2', 'solo'].flatMap((c) => [
          rel('biological-parent', 'mum', c),
          rel('biological-parent', 'dad', c),
        ]),
        rel('identical-twins', 't1', 't2'),
      ],
    );
    const layout = layoutGenogram(r, sampleModel);
    expectClean(layout);
    const twins = layout.children.filter((l) => l.twin);
    expect(twins).to.have.length(2);
    expect(twins.every((l) => l.twin!.identical)).to.equal(true);
    expect(Math.abs(nodeOf(layout, 't1').order - nodeOf(layout, 't2').order)).to.equal(1);
    expect(layout.children.find((l) => l.child === 'solo')!.twin).to.equal(undefined);
  });

  it('draws adoptive and foster links with their own notation', () => {
    const r = recordOf(
      [
        person('child', { dateOfBirth: '2015-01-01' }),
        person('birth-mum'),
        person('adopter-a'),
        person('adopter-b', { sex: 'male' }),
        person('carer'),
      ],
      [
        rel('biological-parent', 'birth-mum', 'child'),
        rel('marriage', 'adopter-a', 'adopter-b'),
        rel('adoptive-parent', 'adopter-a', 'child'),
        rel('adoptive-parent', 'adopter-b', 'child'),
        rel('foster-parent', 'carer', 'child', { start: '2016-01-01', end: '2017-01-01' }),
      ],
    );
    const layout = layoutGenogram(r, sampleModel);
    expectClean(layout);
    const kinds = layout.children.map((l) => l.notation).sort();
    expect(kinds).to.deep.equal(['adoptive', 'biological', 'foster']);
    const adoptive = layout.children.find((l) => l.notation === 'adoptive')!;
    expect(adoptive.parentUnit.kind).to.equal('couple');
    expect(adoptive.relationships).to.have.length(2);
    expect(layout.nodes.filter((n) => n.id === 'child')).to.have.length(1);
  });

  it('lays out 1,000 children of one couple, in birth order, with no overlaps', () => {
    const children = Array.from({ length: 1_000 }, (_, i) =>
      person(`c${i}`, {
        // Record order is the reverse of birth order: the layout must sort.
        dateOfBirth: `${2000 + Math.floor((999 - i) / 365)}-01-01`,
      }),
    );
    const r = recordOf(
      [person('mum'), person('dad', { sex: 'male' }), ...children],
      [
        rel('marriage', 'mum', 'dad'),
        ...children.flatMap((c) => [
          rel('biological-parent', 'mum', c.id),
          rel('biological-parent', 'dad', c.id),
        ]),
      ],
      { subjects: ['c0'] },
    );
    const layout = layoutGenogram(r, sampleModel);
    expect(layout.nodes).to.have.length(1_002);
    expectClean(layout);
    const row = layout.nodes.filter((n) => n.id.startsWith('c')).sort((a, b) => a.x - b.x);
    const births = row.map((n) => r.persons.find((p) => p.id === n.id)!.dateOfBirth as string);
    expect(births).to.deep.equal([...births].sort());
    // The parents sit over the middle of their children.
    const couple = layout.couples[0]!;
    const middle = (row[0]!.x + row[row.length - 1]!.x) / 2;
    expect(Math.abs(couple.midX - middle)).to.be.below(1);
  });

  it('keeps people who live together side by side, with no family tie recorded', () => {
    const r = recordOf(
      [
        person('kid1', { dateOfBirth: '2015-01-01' }),
        person('kid2', { dateOfBirth: '2017-01-01' }),
        person('mum', { dateOfBirth: '1990-01-01' }),
        person('dad', { sex: 'male', dateOfBirth: '1988-01-01' }),
        person('aunt', { dateOfBirth: '1985-01-01' }),
        person('cousin', { dateOfBirth: '2016-06-01' }),
        person('lodger', { sex: 'male', dateOfBirth: '1991-01-01' }),
      ],
      [
        rel('marriage', 'mum', 'dad', { status: 'separated' }),
        ...['kid1', 'kid2'].flatMap((c) => [
          rel('biological-parent', 'mum', c),
          rel('biological-parent', 'dad', c),
        ]),
        rel('biological-parent', 'aunt', 'cousin'),
      ],
      {
        households: [
          {
            id: 'home',
            members: ['mum', 'kid1', 'kid2', 'lodger'].map((id) => ({ person: id })),
          },
          { id: 'aunts', members: [{ person: 'aunt' }, { person: 'cousin' }] },
        ],
      },
    );
    const layout = layoutGenogram(r, sampleModel);
    expectClean(layout);
    expect(nodeOf(layout, 'lodger').generation).to.equal(nodeOf(layout, 'mum').generation);
    for (const h of layout.households) expect(h.contiguous, h.id).to.equal(true);
  });

  it('keeps people in their order when one child is added (stability)', () => {
    const base = generated(11, 80);
    const before = layoutGenogram(base, sampleModel);
    // A new child for a couple that already has children, born between two of them.
    const couple = before.couples.find(
      (c) =>
        before.children.filter(
          (l) => l.parentUnit.kind === 'couple' && l.parentUnit.couple === c.id,
        ).length >= 2,
    )!;
    const siblings = before.children
      .filter((l) => l.parentUnit.kind === 'couple' && l.parentUnit.couple === couple.id)
      .map((l) => l.child);
    const born = siblings
      .map((id) => base.persons.find((p) => p.id === id)!.dateOfBirth as string)
      .sort();
    const added: CaseRecord = {
      ...base,
      persons: [...base.persons, { id: 'newborn', name: { given: 'New' }, dateOfBirth: born[0]! }],
      relationships: [
        ...(base.relationships ?? []),
        { id: 'n1', type: 'biological-parent', from: couple.left, to: 'newborn' },
        { id: 'n2', type: 'biological-parent', from: couple.right, to: 'newborn' },
      ],
    };
    const after = layoutGenogram(added, sampleModel, { previous: before });
    expectClean(after);
    const moved = reordered(before, after);
    expect(moved.filter((id) => !siblings.includes(id))).to.deep.equal([]);
    expect(moved.length).to.be.at.most(siblings.length);
    // The newcomer is among its siblings.
    const newborn = nodeOf(after, 'newborn');
    const orders = siblings.map((id) => nodeOf(after, id).order);
    expect(newborn.order).to.be.within(Math.min(...orders) - 1, Math.max(...orders) + 1);
  });
});

describe('layoutGenogram: bad input', () => {
  it('draws people with no sex recorded', () => {
    const r = recordOf(
      [
        { id: 'x', name: { given: 'X' } },
        { id: 'y', name: { given: 'Y' } },
      ],
      [rel('cohabiting', 'x', 'y')],
    );
    const layout = layoutGenogram(r, sampleModel);
    expect(layout.nodes).to.have.length(2);
    expectClean(layout);
  });

  it('draws the valid part of raw data with cycles, self-partners and dangling references', () => {
    const { record, issues } = readCaseRecord(
      {
        id: 'bad',
        subjects: ['a'],
        persons: [person('a'), person('b'), person('c'), person('a')],
        relationships: [
          rel('marriage', 'a', 'a'),
          rel('biological-parent', 'a', 'b'),
          rel('biological-parent', 'b', 'a'),
          rel('biological-parent', 'ghost', 'c'),
          rel('no-such-type', 'b', 'c'),
        ],
      },
      sampleModel,
    );
    expect(issues.length).to.be.greaterThan(0);
    const layout = layoutGenogram(record, sampleModel);
    expect(layout.nodes.map((n) => n.id).sort()).to.deep.equal(['a', 'b', 'c']);
    expectClean(layout);
  });

  it('never throws on an unvalidated record, and says what it left out', () => {
    const raw = {
      id: 'raw',
      persons: [person('a', { dateOfBirth: 'not a date' }), person('b'), person('a'), null],
      relationships: [
        { id: 'r1', type: 'marriage', from: 'a', to: 'a' },
        { id: 'r2', type: 'marriage', from: 'a', to: 'ghost' },
        { id: 'r3', type: 'unknown-type', from: 'a', to: 'b' },
        { id: 'r4', type: 'biological-parent', from: 'a', to: 'b' },
        { id: 'r5', type: 'biological-parent', from: 'b', to: 'a' },
      ],
    } as unknown as CaseRecord;
    const layout = layoutGenogram(raw, sampleModel);
    expect(layout.nodes.map((n) => n.id).sort()).to.deep.equal(['a', 'b']);
    const codes = layout.issues.map((i) => i.code);
    expect(codes).to.include.members(['duplicate-id', 'self-relationship', 'unknown-reference']);
    expect(layoutMetrics(layout).overlaps).to.equal(0);
  });

  it('leaves out people beyond maxPersons with an issue, keeping the index person', () => {
    const record = generated(3, 60);
    const layout = layoutGenogram(record, sampleModel, { maxPersons: 10 });
    expect(layout.nodes).to.have.length(10);
    expect(layout.nodes.map((n) => n.id)).to.include(record.index);
    expect(layout.issues.map((i) => i.code)).to.include('too-many-persons');
    expectClean(layout);
  });

  it('draws an empty record as an empty layout', () => {
    const layout = layoutGenogram({ id: 'e', subjects: [], persons: [] }, sampleModel);
    expect(layout.nodes).to.deep.equal([]);
    expect(layout.bounds).to.deep.equal({ x: 0, y: 0, width: 0, height: 0 });
  });
});

function insidePolygon(p: { x: number; y: number }, polygon: readonly { x: number; y: number }[]) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x)
      inside = !inside;
  }
  return inside;
}
