import { expect } from '@open-wc/testing';
import {
  addRelative,
  applyChange,
  checkChange,
  editPerson,
  editRelationship,
  invertChange,
  removePerson,
} from '../../src/components/genogram/record-changes.js';
import { fitBox, revealBox, zoomBox } from '../../src/components/genogram/viewport.js';
import { kinshipGraph } from '../../src/model/index.js';
import { model, record } from './fixtures.js';

const graph = kinshipGraph(record, model);

describe('genogram record changes', () => {
  it('adds a child with a second parent, and undoes it exactly', () => {
    const change = addRelative(record, graph, 'kim', 'child', { given: 'Zoe' }, 'parent', 'lee')!;
    expect(change.action).to.equal('add-child');
    const [zoe] = change.added.persons;
    expect(zoe).to.deep.equal({ id: 'person-7', name: { given: 'Zoe' } });
    expect(change.added.relationships.map((r) => [r.type, r.from, r.to])).to.deep.equal([
      ['parent', 'kim', 'person-7'],
      ['parent', 'lee', 'person-7'],
    ]);
    const next = applyChange(record, change);
    expect(next.persons).to.have.length(7);
    expect(record.persons).to.have.length(6);
    const back = applyChange(next, invertChange(record, change));
    expect(back.persons).to.deep.equal(record.persons);
    expect(back.relationships).to.deep.equal(record.relationships);
  });

  it('links a brother or sister through the birth parents', () => {
    const change = addRelative(record, graph, 'ben', 'sibling', { given: 'Cara' }, 'parent')!;
    expect(change.added.relationships.map((r) => r.from)).to.deep.equal(['kim']);
    // Nobody to link through, and no sibling type given: no change.
    expect(addRelative(record, graph, 'pat', 'sibling', {}, '')).to.equal(undefined);
  });

  it('edits facts, removing those the form empties and keeping the rest', () => {
    const pat = record.persons.find((p) => p.id === 'pat')!;
    const [edited] = editPerson(pat, { given: ' Patricia ', dateOfDeath: '' }).updated.persons;
    expect(edited!.name).to.deep.equal({ given: 'Patricia', family: 'Khan' });
    expect(edited!.dateOfDeath).to.equal(undefined);
    expect(edited!.dateOfBirth).to.deep.equal({ date: '1960', qualifier: 'about' });
    const r4 = record.relationships!.find((r) => r.id === 'r4')!;
    const [rel] = editRelationship(r4, { status: 'divorced', end: '2021' }).updated.relationships;
    expect(rel).to.include({ status: 'divorced', end: '2021', from: 'kim', to: 'lee' });
  });

  it('removes a person with their relationships and household memberships', () => {
    const kim = record.persons.find((p) => p.id === 'kim')!;
    const change = removePerson(record, kim);
    expect(change.removed.relationships.map((r) => r.id)).to.have.members(['r1', 'r3', 'r4', 'r5']);
    expect(change.updated.households[0]!.members.map((m) => m.person)).to.deep.equal([
      'asha',
      'ben',
    ]);
  });

  it('checks a change with readCaseRecord: refuses what it breaks, allows the rest', () => {
    const asha = record.persons.find((p) => p.id === 'asha')!;
    const refused = checkChange(record, removePerson(record, asha), model);
    expect(refused.issues.map((i) => i.code)).to.include('dangling-reference');
    const bad = checkChange(record, editPerson(asha, { dateOfBirth: 'spring' }), model);
    expect(bad.issues.map((i) => i.path)).to.deep.equal(['persons[0].dateOfBirth']);
    const fine = checkChange(
      record,
      addRelative(record, graph, 'pat', 'parent', {}, 'parent')!,
      model,
    );
    expect(fine.issues).to.deep.equal([]);
    expect(fine.record.persons).to.have.length(7);
  });
});

describe('genogram viewport arithmetic', () => {
  const bounds = { x: 0, y: 0, width: 1000, height: 500 };

  it('fits with a margin and zooms about a point that stays put', () => {
    const fitted = fitBox(bounds);
    expect(fitted).to.deep.equal({ x: -24, y: -24, width: 1048, height: 548 });
    const zoomed = zoomBox(fitted, 2, { x: 100, y: 100 }, fitted);
    expect(zoomed.width).to.equal(524);
    // The point keeps its place in the view: same fraction across before and after.
    expect((100 - zoomed.x) / zoomed.width).to.be.closeTo((100 - fitted.x) / fitted.width, 1e-9);
  });

  it('never zooms closer than two people across, nor further than four times the fit', () => {
    const fitted = fitBox(bounds);
    expect(zoomBox(fitted, 1000, { x: 0, y: 0 }, fitted).width).to.equal(120);
    expect(zoomBox(fitted, 0.001, { x: 0, y: 0 }, fitted).width).to.equal(fitted.width * 4);
  });

  it('moves the view as little as possible to show a point', () => {
    const view = { x: 0, y: 0, width: 200, height: 100 };
    expect(revealBox(view, { x: 50, y: 50 }, 20)).to.equal(view);
    expect(revealBox(view, { x: 300, y: 50 }, 20)).to.deep.equal({ ...view, x: 118 });
  });
});
