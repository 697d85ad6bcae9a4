import { expect } from '@open-wc/testing';
import { readCaseRecord, type Person } from '../../src/model/index.js';
import { layoutGenogram } from '../../src/model/genogram/layout.js';
import type { GenogramLayout, LayoutNode } from '../../src/model/genogram/layout-types.js';
import { legendItems, layoutMetrics, symbolShape } from '../../src/model/genogram/metrics.js';
import { sampleCase, sampleModel } from '../../src/samples/index.js';

const node = (id: string, x: number, y: number, generation = 0, order = 0): LayoutNode => ({
  id,
  x,
  y,
  generation,
  size: 40,
  order,
});

const empty: GenogramLayout = {
  nodes: [],
  couples: [],
  children: [],
  emotional: [],
  households: [],
  bounds: { x: 0, y: 0, width: 0, height: 0 },
  issues: [],
};

describe('layoutMetrics', () => {
  it('measures an empty layout as perfect', () => {
    expect(layoutMetrics(empty)).to.deep.equal({
      overlaps: 0,
      linesThroughSymbols: 0,
      coupleAdjacency: 1,
      generationAlignment: 1,
      crossings: 0,
      personsDrawnTwice: 0,
      contiguousHouseholds: 1,
    });
  });

  it('counts overlapping symbols and people drawn twice', () => {
    const m = layoutMetrics({
      ...empty,
      nodes: [node('a', 0, 0), node('b', 30, 0), node('c', 40, 0), node('a', 200, 0)],
    });
    // a-b and b-c overlap; a-c only touch.
    expect(m.overlaps).to.equal(2);
    expect(m.personsDrawnTwice).to.equal(1);
  });

  it('counts lines through symbols they do not end at', () => {
    const m = layoutMetrics({
      ...empty,
      nodes: [node('a', 0, 0), node('b', 100, 0), node('c', 200, 0), node('kid', 200, 140, 1)],
      couples: [
        {
          id: 'ac',
          left: 'a',
          right: 'c',
          y: 0,
          x1: 20,
          x2: 180,
          midX: 100,
          notation: 'marriage',
          consanguineous: false,
        },
      ],
      emotional: [
        {
          id: 'e',
          from: 'a',
          to: 'kid',
          notation: 'close',
          directed: false,
          path: [
            { x: 0, y: 20 },
            { x: 200, y: 120 },
          ],
        },
      ],
    });
    // The couple line runs through b; the emotional line ends at kid and misses the others.
    expect(m.linesThroughSymbols).to.equal(1);
    // b sits between partners and is not a partner of either.
    expect(m.coupleAdjacency).to.equal(0);
  });

  it('lets a person with several partners have them on both sides', () => {
    const couple = (id: string, left: string, right: string, x1: number, x2: number, y = 0) => ({
      id,
      left,
      right,
      y,
      x1,
      x2,
      midX: (x1 + x2) / 2,
      notation: 'marriage' as const,
      consanguineous: false,
    });
    const m = layoutMetrics({
      ...empty,
      nodes: [node('ex2', 0, 0), node('ex1', 100, 0), node('p', 200, 0), node('now', 300, 0)],
      couples: [
        couple('a', 'ex1', 'p', 120, 180),
        couple('b', 'p', 'now', 220, 280),
        couple('c', 'ex2', 'p', 0, 200, 30),
      ],
    });
    expect(m.coupleAdjacency).to.equal(1);
    expect(m.linesThroughSymbols).to.equal(0);
  });

  it('counts a row out of generation order as misaligned', () => {
    const m = layoutMetrics({
      ...empty,
      nodes: [node('a', 0, 0, 0), node('b', 0, -140, 1), node('c', 100, 140, 1)],
    });
    expect(m.generationAlignment).to.be.closeTo(1 / 3, 1e-9);
  });

  it('counts a crossing point once', () => {
    const link = (child: string, couple: string, path: { x: number; y: number }[]) => ({
      child,
      relationships: [],
      parentUnit: { kind: 'couple' as const, couple },
      notation: 'biological' as const,
      path,
    });
    const m = layoutMetrics({
      ...empty,
      children: [
        // Two siblings sharing one bar, crossed once by another family's drop.
        link('s1', 'u', [
          { x: 100, y: 0 },
          { x: 100, y: 50 },
          { x: 0, y: 50 },
          { x: 0, y: 80 },
        ]),
        link('s2', 'u', [
          { x: 100, y: 0 },
          { x: 100, y: 50 },
          { x: 10, y: 50 },
          { x: 10, y: 80 },
        ]),
        link('o', 'v', [
          { x: 50, y: 0 },
          { x: 50, y: 80 },
        ]),
      ],
    });
    expect(m.crossings).to.equal(1);
  });
});

describe('legendItems', () => {
  const layout = layoutGenogram(sampleCase, sampleModel);
  const items = legendItems(layout, sampleCase, sampleModel);

  it('lists the symbols drawn, in a stable order', () => {
    const symbols = items.flatMap((i) => (i.kind === 'symbol' ? [i.symbol] : []));
    expect(symbols).to.deep.equal(['square', 'circle', 'deceased', 'index', 'pregnancy']);
  });

  it('lists the lines drawn and the household outline', () => {
    expect(items).to.deep.include({ kind: 'child', notation: 'foster' });
    expect(items).to.deep.include({ kind: 'child', notation: 'kinship' });
    expect(items).to.deep.include({ kind: 'twins', identical: false });
    expect(items).to.deep.include({
      kind: 'couple',
      notation: 'marriage',
      status: 'divorced',
      consanguineous: false,
    });
    expect(items).to.deep.include({ kind: 'emotional', notation: 'abuse-emotional' });
    expect(items[items.length - 1]).to.deep.equal({ kind: 'household' });
    expect(items).not.to.deep.include({ kind: 'child', notation: 'adoptive' });
  });

  it('lists nothing for an empty layout', () => {
    expect(legendItems(empty, { id: 'x', subjects: [], persons: [] }, sampleModel)).to.deep.equal(
      [],
    );
  });

  it('shows a diamond for people with no sex or gender recorded', () => {
    const { record } = readCaseRecord(
      { id: 'x', subjects: ['a'], persons: [{ id: 'a', name: { given: 'A' } }] },
      sampleModel,
    );
    const symbols = legendItems(layoutGenogram(record, sampleModel), record, sampleModel);
    expect(symbols).to.deep.equal([
      { kind: 'symbol', symbol: 'diamond' },
      { kind: 'symbol', symbol: 'index' },
    ]);
  });
});

describe('symbolShape', () => {
  const p = (extra: Partial<Person>): Person => ({ id: 'p', name: {}, ...extra });
  it('draws gender identity when recorded, else sex at birth', () => {
    expect(symbolShape(p({ sex: 'female', gender: 'man' }))).to.equal('square');
    expect(symbolShape(p({ sex: 'male', gender: 'woman' }))).to.equal('circle');
    expect(symbolShape(p({ sex: 'male', gender: 'non-binary' }))).to.equal('diamond');
    expect(symbolShape(p({ sex: 'female' }))).to.equal('circle');
    expect(symbolShape(p({ sex: 'intersex' }))).to.equal('diamond');
    expect(symbolShape(p({}))).to.equal('diamond');
    expect(symbolShape(p({ sex: 'female', gender: 'man' }), false)).to.equal('circle');
  });
});
