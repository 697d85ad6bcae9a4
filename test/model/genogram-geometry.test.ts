import { expect } from '@open-wc/testing';
import { solveRow } from '../../src/model/genogram/coordinates.js';
import {
  SymbolIndex,
  segmentCrossesBox,
  segmentsCross,
  simplify,
} from '../../src/model/genogram/geometry.js';
import { inversions } from '../../src/model/genogram/order.js';

describe('genogram geometry helpers', () => {
  it('solveRow keeps the targets when they are far enough apart', () => {
    expect(solveRow([0, 100, 300], [1, 1, 1], [80, 80])).to.deep.equal([0, 100, 300]);
  });

  it('solveRow spreads crowded targets around their weighted mean', () => {
    const x = solveRow([100, 100, 100], [1, 1, 1], [80, 80]);
    expect(x).to.deep.equal([20, 100, 180]);
    const heavy = solveRow([0, 0], [3, 1], [80]);
    expect(heavy[1]! - heavy[0]!).to.equal(80);
    expect(heavy[0]).to.equal(-20);
  });

  it('solveRow never breaks a gap, whatever the targets', () => {
    const targets = [500, 10, 400, 20, 300, 30];
    const gaps = [50, 60, 70, 80, 90];
    const x = solveRow(targets, [1, 2, 1, 2, 1, 2], gaps);
    for (let i = 0; i < gaps.length; i++) expect(x[i + 1]! - x[i]!).to.be.at.least(gaps[i]! - 1e-9);
  });

  it('counts crossings between two rows as inversions, not between links of one parent', () => {
    expect(
      inversions([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    ).to.equal(0);
    expect(
      inversions([
        [0, 2],
        [1, 1],
        [2, 0],
      ]),
    ).to.equal(3);
    expect(
      inversions([
        [0, 1],
        [0, 0],
        [1, 2],
      ]),
    ).to.equal(0);
  });

  it('tells a segment through a box from one that only touches it', () => {
    expect(segmentCrossesBox({ x: -10, y: 0 }, { x: 10, y: 0 }, -1, -1, 1, 1)).to.equal(true);
    expect(segmentCrossesBox({ x: -10, y: 1 }, { x: 10, y: 1 }, -1, -1, 1, 1)).to.equal(false);
    expect(segmentCrossesBox({ x: 0, y: -10 }, { x: 0, y: -1 }, -1, -1, 1, 1)).to.equal(false);
  });

  it('counts proper crossings only', () => {
    const o = { x: 0, y: 0 };
    expect(
      segmentsCross({ x: -1, y: 0 }, { x: 1, y: 0 }, { x: 0, y: -1 }, { x: 0, y: 1 }),
    ).to.equal(true);
    // A T-junction and a shared end are not crossings; nor are parallel runs.
    expect(segmentsCross({ x: -1, y: 0 }, { x: 1, y: 0 }, o, { x: 0, y: 1 })).to.equal(false);
    expect(segmentsCross(o, { x: 1, y: 0 }, o, { x: 0, y: 1 })).to.equal(false);
    expect(segmentsCross(o, { x: 2, y: 0 }, { x: 1, y: 0 }, { x: 3, y: 0 })).to.equal(false);
  });

  it('finds a free column beside the symbols and lines in the way', () => {
    const index = new SymbolIndex([
      { id: 'a', x: 0, y: 0, size: 40 },
      { id: 'b', x: 90, y: 0, size: 40 },
    ]);
    expect(index.freeColumn(200, 300, -20, 20, 6)).to.equal(250);
    const col = index.freeColumn(0, 90, -20, 20, 6, [{ y: 0, x1: 20, x2: 70 }]);
    expect(col === -26 || col === 116).to.equal(true);
    expect(index.crossed({ x: -50, y: 0 }, { x: 150, y: 0 }, 0).map((s) => s.id)).to.deep.equal([
      'a',
      'b',
    ]);
    expect(
      index.crossed({ x: -50, y: 0 }, { x: 150, y: 0 }, 0, new Set(['a'])).map((s) => s.id),
    ).to.deep.equal(['b']);
  });

  it('simplifies polylines', () => {
    expect(
      simplify([
        { x: 0, y: 0 },
        { x: 0, y: 0 },
        { x: 0, y: 5 },
        { x: 0, y: 10 },
        { x: 5, y: 10 },
      ]),
    ).to.deep.equal([
      { x: 0, y: 0 },
      { x: 0, y: 10 },
      { x: 5, y: 10 },
    ]);
  });
});
