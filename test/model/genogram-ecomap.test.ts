import { expect } from '@open-wc/testing';
import { readCaseRecord, type CaseRecord } from '../../src/model/index.js';
import { layoutEcomap } from '../../src/model/genogram/ecomap.js';
import { generateCase, sampleCase, sampleModel } from '../../src/samples/index.js';

describe('layoutEcomap', () => {
  const ecomap = layoutEcomap(sampleCase, sampleModel);
  const nodeOf = (id: string) => ecomap.nodes.find((n) => n.id === id);
  const linkTo = (id: string) => ecomap.links.find((l) => l.to === id);

  it('puts the index child at the centre', () => {
    expect(ecomap.centre).to.equal('tyler');
    expect(nodeOf('tyler')).to.deep.include({ x: 0, y: 0, ring: 0, kind: 'person' });
  });

  it('puts household and close family on ring 1, wider family and services on ring 2', () => {
    for (const id of ['kelly', 'jason', 'ellie', 'mia', 'janet'])
      expect(nodeOf(id)?.ring, id).to.equal(1);
    for (const id of ['raymond', 'maureen', 'dean']) expect(nodeOf(id)?.ring, id).to.equal(2);
    const services = ecomap.nodes.filter((n) => n.kind !== 'person');
    expect(services.length).to.be.greaterThan(0);
    expect(services.every((n) => n.ring === 2)).to.equal(true);
    expect(services.some((n) => n.kind === 'agency')).to.equal(true);
    expect(services.some((n) => n.kind === 'professional')).to.equal(true);
  });

  it('reads link strength from emotional relationships, households and contact', () => {
    expect(linkTo('ellie')?.strength, 'close').to.equal('strong');
    expect(linkTo('patricia')?.strength, 'close').to.equal('strong');
    expect(linkTo('jason')?.strength, 'distant').to.equal('weak');
    expect(linkTo('janet')?.strength, 'lives with the child').to.equal('strong');
    expect(linkTo('eastmoor-council')?.strength, 'many events').to.equal('strong');
  });

  it('calls abuse, hostility and neglect stressful', () => {
    const { record } = readCaseRecord(
      {
        id: 'e',
        subjects: ['child'],
        persons: [
          { id: 'child', name: { given: 'C' } },
          { id: 'dad', name: { given: 'D' } },
          { id: 'aunt', name: { given: 'A' } },
        ],
        relationships: [
          { id: 'r1', type: 'biological-parent', from: 'dad', to: 'child' },
          { id: 'r2', type: 'close', from: 'dad', to: 'child' },
          { id: 'r3', type: 'physical-abuse', from: 'dad', to: 'child' },
          { id: 'r4', type: 'hostile', from: 'aunt', to: 'child' },
        ],
      },
      sampleModel,
    );
    const e = layoutEcomap(record, sampleModel);
    expect(e.links.find((l) => l.to === 'dad')?.strength).to.equal('stressful');
    expect(e.links.find((l) => l.to === 'aunt')?.strength).to.equal('stressful');
    expect(e.nodes.find((n) => n.id === 'aunt')?.ring).to.equal(2);
  });

  it('links the centre to every other node, from edge to edge', () => {
    expect(ecomap.links).to.have.length(ecomap.nodes.length - 1);
    for (const link of ecomap.links) {
      expect(link.from).to.equal('tyler');
      const first = link.path[0]!;
      expect(Math.hypot(first.x, first.y)).to.be.closeTo(20, 0.05);
      const node = nodeOf(link.to)!;
      const last = link.path[link.path.length - 1]!;
      expect(Math.hypot(last.x - node.x, last.y - node.y)).to.be.closeTo(20, 0.05);
    }
  });

  it('places no two nodes on top of each other, and keeps them inside the bounds', () => {
    const b = ecomap.bounds;
    ecomap.nodes.forEach((a, i) => {
      expect(a.x - 20).to.be.at.least(b.x);
      expect(a.x + 20).to.be.at.most(b.x + b.width);
      expect(a.y - 20).to.be.at.least(b.y);
      expect(a.y + 20).to.be.at.most(b.y + b.height);
      for (const c of ecomap.nodes.slice(i + 1))
        expect(Math.hypot(a.x - c.x, a.y - c.y), `${a.id} ${c.id}`).to.be.at.least(40);
    });
  });

  it('centres on a chosen person', () => {
    const e = layoutEcomap(sampleCase, sampleModel, { centre: 'kelly' });
    expect(e.centre).to.equal('kelly');
    expect(e.nodes.find((n) => n.id === 'tyler')?.ring).to.equal(1);
  });

  it('stays bounded on a large family', () => {
    const { record } = readCaseRecord(
      generateCase({ seed: 5, persons: 2_000, events: 500 }),
      sampleModel,
    );
    const e = layoutEcomap(record, sampleModel);
    expect(e.nodes.length).to.be.greaterThan(1);
    expect(e.nodes.length).to.be.below(200);
  });

  it('gives an empty ecomap for a record with nobody in it', () => {
    const empty: CaseRecord = { id: 'x', subjects: [], persons: [] };
    expect(layoutEcomap(empty, sampleModel)).to.deep.equal({
      centre: '',
      nodes: [],
      links: [],
      bounds: { x: 0, y: 0, width: 0, height: 0 },
    });
  });
});
