import { expect } from '@open-wc/testing';
import { redactAnswers } from '../../src/model/assessment/index.js';
import type { AssessmentResponse, AssessmentTemplate, Audience } from '../../src/model/index.js';
import { isRedacted } from '../../src/model/redaction.js';
import { sampleAssessment, sampleModel } from '../../src/samples/index.js';

const audience = (id: string): Audience => {
  const found = sampleModel.audiences?.find((a) => a.id === id);
  if (!found) throw new Error(`no audience ${id}`);
  return found;
};
const [cfa] = sampleModel.templates as [AssessmentTemplate];

const template: AssessmentTemplate = {
  id: 't',
  name: 'T',
  subject: 'family',
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'plain', type: 'text', label: 'Plain' },
        {
          id: 'neighbour',
          type: 'long-text',
          label: 'Neighbour said',
          sensitivity: ['third-party'],
        },
        { id: 'worries', type: 'entries', entry: 'worry', label: 'Worries' },
        {
          id: 'adults',
          type: 'group',
          label: 'Adults',
          questions: [
            { id: 'name', type: 'text', label: 'Name' },
            { id: 'record', type: 'text', label: 'Convictions', sensitivity: ['criminal-record'] },
          ],
        },
      ],
    },
  ],
};

const response: AssessmentResponse = {
  id: 'r',
  model: { id: 'm', version: '1' },
  template: 't',
  status: 'draft',
  answers: {
    plain: { value: 'Visible to all' },
    neighbour: { value: 'Shouting every night' },
    worries: {
      value: [
        { id: 'w1', text: 'Missed school' },
        { id: 'w2', text: 'What the police said', sensitivity: { tags: ['restricted'] } },
      ],
    },
    adults: { value: [{ name: 'Dean', record: 'Assault, 2019' }] },
  },
  childAnswers: {
    ellie: { plain: { value: 'Ellie’s own', sensitivity: { tags: ['sexual-health'] } } },
  },
  changes: [
    { question: 'neighbour', at: '2025-01-01T10:00', by: 'a', new: 'Shouting every night' },
  ],
  comments: [{ id: 'c', at: '2025-01-02T10:00', by: 'b', text: 'Check the neighbour’s account' }],
};

describe('redactAnswers', () => {
  it('changes nothing without an audience', () => {
    const same = redactAnswers(template, response, undefined);
    expect(same.response).to.equal(response);
    expect(same.withheld).to.deep.equal([]);
  });

  it('removes withheld answers, entries and inner answers for a "hide" audience', () => {
    const { response: seen, withheld } = redactAnswers(template, response, audience('child'));
    expect(seen.answers.plain?.value).to.equal('Visible to all');
    expect(seen.answers).to.not.have.property('neighbour');
    expect(seen.answers.worries?.value).to.deep.equal([{ id: 'w1', text: 'Missed school' }]);
    expect(seen.answers.adults?.value).to.deep.equal([{ name: 'Dean' }]);
    expect(seen.childAnswers?.ellie).to.deep.equal({});
    expect(withheld).to.have.members([
      'neighbour',
      'worries#w2',
      'adults[0]/record',
      'ellie/plain',
    ]);
  });

  it('keeps markers without content for a "mask" audience', () => {
    const { response: seen } = redactAnswers(template, response, audience('family'));
    expect(isRedacted(seen.answers.neighbour)).to.equal(true);
    expect(seen.answers.neighbour?.value).to.equal(null);
    const worries = seen.answers.worries?.value as { id: string; text: string }[];
    expect(worries[1]).to.deep.equal({ id: 'w2', text: '', redacted: true });
    // The family may see criminal records and sexual health here: only their hides apply.
    expect(seen.answers.adults?.value).to.deep.equal([{ name: 'Dean', record: 'Assault, 2019' }]);
  });

  it('drops the change log and comments for every audience: they hold old values', () => {
    const { response: seen } = redactAnswers(template, response, audience('manager'));
    expect(seen).to.not.have.property('changes');
    expect(seen).to.not.have.property('comments');
    expect(seen.answers.neighbour?.value).to.equal('Shouting every night');
  });

  it('lets visibleTo show an answer to a named audience', () => {
    const shown = {
      ...response,
      answers: {
        neighbour: { value: 'For the court', sensitivity: { tags: [], visibleTo: ['court'] } },
      },
    };
    expect(
      redactAnswers(template, shown, audience('court')).response.answers.neighbour?.value,
    ).to.equal('For the court');
    // The question's default tag still applies to everyone else.
    expect(redactAnswers(template, shown, audience('child')).response.answers).to.not.have.property(
      'neighbour',
    );
  });

  it('withholds the sample assessment’s third-party answers from the family', () => {
    const { response: seen, withheld } = redactAnswers(cfa, sampleAssessment, audience('family'));
    expect(withheld).to.include.members(['domestic-abuse-details', 'ensuring-safety-concerns']);
    expect(isRedacted(seen.answers['domestic-abuse-details'])).to.equal(true);
    expect(seen.answers['parental-mental-health']?.value).to.equal(true);
    expect(seen.childAnswers?.tyler?.['health-concerns']?.value).to.be.a('string');
    expect(sampleAssessment.answers['domestic-abuse-details']?.value).to.be.a('string');
  });
});
