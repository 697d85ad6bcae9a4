import { expect } from '@open-wc/testing';
import type { Audience } from '../../src/model/index.js';
import {
  findAudience,
  isRedacted,
  isVisibleTo,
  redactRecord,
  REDACTED_EVENT_TYPE,
} from '../../src/model/redaction.js';
import { sampleCase, sampleModel } from '../../src/samples/index.js';
import { model, record } from '../components/fixtures.js';

const family: Audience = {
  id: 'family',
  label: 'Family',
  hides: ['third-party', 'confidential-address'],
  treatment: 'mask',
};

describe('isVisibleTo', () => {
  it('shows everything when there is no audience or no sensitivity', () => {
    expect(isVisibleTo({ tags: ['third-party'] }, undefined)).to.equal(true);
    expect(isVisibleTo(undefined, family)).to.equal(true);
  });

  it('hides an item whose tags meet the audience hides', () => {
    expect(isVisibleTo({ tags: ['third-party'] }, family)).to.equal(false);
    expect(isVisibleTo({ tags: ['health'] }, family)).to.equal(true);
    expect(isVisibleTo({ tags: [] }, family)).to.equal(true);
  });

  it('shows an item whose visibleTo names the audience, whatever its tags', () => {
    expect(isVisibleTo({ tags: ['third-party'], visibleTo: ['family'] }, family)).to.equal(true);
    expect(isVisibleTo({ tags: ['third-party'], visibleTo: ['court'] }, family)).to.equal(false);
  });
});

describe('findAudience', () => {
  it('finds a model audience, and none without an id', () => {
    expect(findAudience(model, 'court')?.treatment).to.equal('hide');
    expect(findAudience(model, undefined)).to.equal(undefined);
    expect(findAudience(model, '')).to.equal(undefined);
  });

  it('fails closed for an audience the model does not define', () => {
    const unknown = findAudience(model, 'journalist');
    expect(unknown?.hides).to.include.members([
      'third-party',
      'confidential-address',
      'restricted',
    ]);
  });
});

describe('redactRecord', () => {
  it('returns the record itself when there is no audience', () => {
    expect(redactRecord(record, model, undefined)).to.equal(record);
  });

  it('does not change the record it is given', () => {
    const before = JSON.stringify(record);
    redactRecord(record, model, 'family');
    redactRecord(record, model, 'court');
    expect(JSON.stringify(record)).to.equal(before);
  });

  it('masks third-party persons, events, answers and entries for a masking audience', () => {
    const redacted = redactRecord(record, model, 'family');
    const nia = redacted.persons.find((p) => p.id === 'nia')!;
    expect(isRedacted(nia)).to.equal(true);
    expect(JSON.stringify(nia)).not.to.contain('Neighbour');

    const police = redacted.events!.find((e) => e.id === 'e-police')!;
    expect(isRedacted(police)).to.equal(true);
    expect(police.type).to.equal(REDACTED_EVENT_TYPE);
    expect(police.date).to.equal('2024-01-09T22:15');
    expect(police).not.to.have.property('title');
    expect(police).not.to.have.property('persons');
    expect(police).not.to.have.property('agency');

    const response = redacted.responses![0]!;
    expect(isRedacted(response.answers.neighbour!)).to.equal(true);
    expect(response.answers.neighbour!.value).to.equal(null);
    // The question's default sensitivity applies to an answer without its own.
    expect(isRedacted(response.answers['da-details']!)).to.equal(true);
    const voice = response.childAnswers!.asha!.voice!.value as { text: string }[];
    expect(voice).to.have.length(2);
    expect(isRedacted(voice[1]!)).to.equal(true);
    expect(JSON.stringify(redacted)).not.to.contain('A secret from a friend');
  });

  it("adds an answer's own tags to its question's defaults rather than lifting them", () => {
    const response = record.responses![0]!;
    const tagged = {
      ...record,
      responses: [
        {
          ...response,
          answers: {
            ...response.answers,
            'da-details': {
              ...response.answers['da-details']!,
              sensitivity: { tags: ['health' as const] },
            },
          },
        },
      ],
    };
    const redacted = redactRecord(tagged, model, 'family');
    expect(isRedacted(redacted.responses![0]!.answers['da-details']!)).to.equal(true);
  });

  it('redacts answers kept from an earlier model version', () => {
    const response = record.responses![0]!;
    const withPrevious = {
      ...record,
      responses: [
        {
          ...response,
          previousVersionAnswers: {
            'old-question': {
              value: 'Told by a neighbour',
              fromVersion: '0.9',
              sensitivity: { tags: ['third-party' as const] },
            },
          },
        },
      ],
    };
    const redacted = redactRecord(withPrevious, model, 'family');
    expect(JSON.stringify(redacted)).not.to.contain('Told by a neighbour');
  });

  it('removes hidden items and everything pointing at a removed person for a hiding audience', () => {
    const withRestricted = {
      ...record,
      persons: record.persons.map((p) =>
        p.id === 'lee' ? { ...p, sensitivity: { tags: ['restricted' as const] } } : p,
      ),
    };
    const redacted = redactRecord(withRestricted, model, 'court');
    expect(redacted.persons.map((p) => p.id)).not.to.include('lee');
    expect(redacted.relationships!.some((r) => r.from === 'lee' || r.to === 'lee')).to.equal(false);
    // Third-party information is not hidden from the court.
    expect(redacted.events!.some((e) => e.id === 'e-police')).to.equal(true);
  });

  it('always removes confidential addresses from an audience that hides them', () => {
    for (const audience of ['family', 'court']) {
      const redacted = redactRecord(record, model, audience);
      expect(redacted.households![0]!.address, audience).to.equal(undefined);
      expect(JSON.stringify(redacted), audience).not.to.contain('Hidden Lane');
    }
  });

  it('drops change logs and comments, which hold old values', () => {
    const withHistory = {
      ...record,
      responses: [
        {
          ...record.responses![0]!,
          changes: [{ question: 'neighbour', at: '2024-01-01', by: 'x', old: 'Old secret' }],
          comments: [{ id: 'c1', at: '2024-01-01', by: 'x', text: 'Manager note' }],
        },
      ],
    };
    const redacted = redactRecord(withHistory, model, 'family');
    expect(redacted.responses![0]).not.to.have.property('changes');
    expect(JSON.stringify(redacted)).not.to.contain('Old secret');
  });

  it('redacts the sample case for every sample audience without leaking its tagged items', () => {
    for (const audience of sampleModel.audiences ?? []) {
      const redacted = redactRecord(sampleCase, sampleModel, audience.id);
      for (const event of sampleCase.events ?? []) {
        if (isVisibleTo(event.sensitivity, audience) || !event.title) continue;
        expect(JSON.stringify(redacted), `${audience.id}: ${event.id}`).not.to.contain(
          JSON.stringify(event.title),
        );
      }
    }
  });
});
