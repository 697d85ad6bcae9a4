import { expect } from '@open-wc/testing';
import { readModel } from '../../src/controllers/readings.js';
import {
  definePracticeModel,
  isValidatedPracticeModel,
  parsePracticeModel,
} from '../../src/model/index.js';
import { minimalModel } from '../model/fixtures.js';

describe('readModel', () => {
  it('takes a model made by definePracticeModel as it is, without validating it again', () => {
    const model = definePracticeModel(minimalModel());
    expect(isValidatedPracticeModel(model)).to.equal(true);
    const reading = readModel(model);
    expect(reading.state).to.equal('valid');
    expect(reading.model === model).to.equal(true);
  });

  it('knows only the very objects it validated, not copies or the input', () => {
    const input = minimalModel();
    const result = parsePracticeModel(input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(isValidatedPracticeModel(result.model)).to.equal(true);
    expect(isValidatedPracticeModel(input)).to.equal(false);
    expect(isValidatedPracticeModel(structuredClone(result.model))).to.equal(false);
    expect(isValidatedPracticeModel(null)).to.equal(false);
    expect(isValidatedPracticeModel('model')).to.equal(false);
  });

  it('still validates a copy of a valid model that was broken on the way', () => {
    const copy = structuredClone(definePracticeModel(minimalModel())) as Record<string, unknown>;
    copy.lanes = 'not a list';
    const reading = readModel(copy);
    expect(reading.state).to.equal('invalid');
    expect(reading.issues.map((i) => i.path)).to.include('lanes');
  });
});
