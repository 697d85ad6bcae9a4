import { expect } from '@open-wc/testing';
import { defineCaseRecord, type CaseRecordInput } from '../../src/model/index.js';
import {
  assignGenerations,
  kinshipGraph,
  siblingsOf,
} from '../../src/model/genogram/generations.js';
import { sampleCase, sampleModel } from '../../src/samples/index.js';
import { model, record } from '../components/fixtures.js';

function recordOf(input: Omit<CaseRecordInput, 'id'>) {
  return defineCaseRecord({ id: 'g', ...input }, model);
}

const person = (id: string, dateOfBirth?: string) =>
  dateOfBirth ? { id, name: { given: id }, dateOfBirth } : { id, name: { given: id } };

describe('assignGenerations', () => {
  it('counts generations from the index person: parents above, children below', () => {
    const { byPerson, index } = assignGenerations(record, model);
    expect(index).to.equal('asha');
    expect(byPerson.get('asha')).to.equal(0);
    expect(byPerson.get('ben')).to.equal(0);
    expect(byPerson.get('kim')).to.equal(-1);
    expect(byPerson.get('lee')).to.equal(-1);
    expect(byPerson.get('pat')).to.equal(-2);
  });

  it('lists rows oldest first, partners next to each other', () => {
    const { rows } = assignGenerations(record, model);
    expect(rows.map((r) => r.generation)).to.deep.equal([-2, -1, 0]);
    const parents = rows[1]!.persons;
    expect(Math.abs(parents.indexOf('kim') - parents.indexOf('lee'))).to.equal(1);
  });

  it('aligns partners when one of them has parents higher up', () => {
    const r = recordOf({
      subjects: ['child'],
      persons: [person('child'), person('mum'), person('dad'), person('gran')],
      relationships: [
        { id: 'a', type: 'parent', from: 'mum', to: 'child' },
        { id: 'b', type: 'married', from: 'mum', to: 'dad' },
        { id: 'c', type: 'parent', from: 'gran', to: 'dad' },
      ],
    });
    const { byPerson } = assignGenerations(r, model);
    expect(byPerson.get('dad')).to.equal(-1);
    expect(byPerson.get('gran')).to.equal(-2);
  });

  it('places people with no family links by their year of birth', () => {
    const r = recordOf({
      subjects: ['child'],
      persons: [
        person('child', '2015-01-01'),
        person('mum', '1990-01-01'),
        person('neighbour', '1962-05-01'),
        person('friend', '2014-09-01'),
        person('unknown'),
      ],
      relationships: [{ id: 'a', type: 'parent', from: 'mum', to: 'child' }],
    });
    const { byPerson } = assignGenerations(r, model);
    expect(byPerson.get('neighbour')).to.equal(-2);
    expect(byPerson.get('friend')).to.equal(0);
    expect(byPerson.get('unknown')).to.equal(0);
  });

  it('keeps a grandparent who is a kinship carer in the grandparents’ row', () => {
    const { byPerson, index } = assignGenerations(sampleCase, sampleModel);
    const parentTypes = new Set(
      sampleModel.relationshipTypes.filter((t) => t.category === 'parent-child').map((t) => t.id),
    );
    const parentsOf = (id: string) =>
      (sampleCase.relationships ?? [])
        .filter((r) => r.to === id && parentTypes.has(r.type))
        .map((r) => r.from);
    expect(index).to.be.a('string');
    expect(parentsOf(index!).length).to.be.greaterThan(2);
    for (const parent of parentsOf(index!)) {
      expect(byPerson.get(parent)).to.be.lessThan(byPerson.get(index!)!);
    }
    // Patricia: the children's grandmother, and their kinship carer since 2025.
    expect(byPerson.get('patricia')).to.equal(byPerson.get(index!)! - 2);
  });

  it('survives contradictory links without looping', () => {
    const r = recordOf({
      subjects: ['a'],
      persons: [person('a'), person('b')],
      relationships: [
        { id: 'x', type: 'parent', from: 'a', to: 'b' },
        { id: 'y', type: 'married', from: 'a', to: 'b' },
      ],
    });
    const { byPerson } = assignGenerations(r, model);
    expect(byPerson.size).to.equal(2);
  });

  it('handles an empty record and a record without a model', () => {
    expect(assignGenerations(recordOf({ subjects: [], persons: [] }), model).rows).to.deep.equal(
      [],
    );
    const { rows } = assignGenerations(record, undefined);
    expect(rows.flatMap((r) => r.persons)).to.have.length(record.persons.length);
  });
});

describe('kinship', () => {
  it('derives full and half siblings from shared parents', () => {
    const graph = kinshipGraph(record, model);
    expect(siblingsOf(graph, 'asha')).to.deep.equal({ full: [], half: ['ben'] });
    const r = recordOf({
      subjects: ['a'],
      persons: [person('a'), person('b'), person('m'), person('f')],
      relationships: [
        { id: '1', type: 'parent', from: 'm', to: 'a' },
        { id: '2', type: 'parent', from: 'f', to: 'a' },
        { id: '3', type: 'parent', from: 'm', to: 'b' },
        { id: '4', type: 'parent', from: 'f', to: 'b' },
      ],
    });
    expect(siblingsOf(kinshipGraph(r, model), 'a')).to.deep.equal({ full: ['b'], half: [] });
  });

  it('records the direction of directed emotional relationships', () => {
    const graph = kinshipGraph(record, model);
    expect(graph.feelings.get('lee')![0]!.direction).to.equal('towards');
    expect(graph.feelings.get('asha')![0]!.direction).to.equal('from');
  });
});
