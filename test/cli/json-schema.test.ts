import { expect } from '@open-wc/testing';
import { caseRecordJsonSchema, practiceModelJsonSchema } from '../../src/model/json-schema.js';
import { sampleCase, sampleModel } from '../../src/samples/index.js';

interface ObjectSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: string;
  properties?: Record<string, unknown>;
  required?: string[];
  additionalProperties?: unknown;
}

describe('JSON Schema generation', () => {
  it('describes the practice model with its top-level properties', () => {
    const schema = practiceModelJsonSchema() as ObjectSchema;
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.match(/\/practice-model\.schema\.json$/);
    expect(schema.title).to.be.a('string');
    expect(schema.type).to.equal('object');
    expect(Object.keys(schema.properties ?? {})).to.include.members([
      '$schema',
      'id',
      'version',
      'name',
      'locales',
      'codeLists',
      'templates',
      'relationshipTypes',
      'lanes',
      'eventTypes',
      'timescales',
    ]);
    expect(schema.required).to.include.members(['id', 'version', 'name', 'locales']);
    // Unknown keys in a model are typos: editors should flag them too.
    expect(schema.additionalProperties).to.equal(false);
  });

  it('describes the case record with its top-level properties', () => {
    const schema = caseRecordJsonSchema() as ObjectSchema;
    expect(schema.$id).to.match(/\/case-record\.schema\.json$/);
    expect(schema.type).to.equal('object');
    expect(Object.keys(schema.properties ?? {})).to.include.members([
      'id',
      'subjects',
      'persons',
      'relationships',
      'households',
      'agencies',
      'professionals',
      'events',
      'responses',
    ]);
    expect(schema.required).to.include.members(['id', 'subjects', 'persons']);
  });

  it('says that cross-references are not covered', () => {
    for (const schema of [practiceModelJsonSchema(), caseRecordJsonSchema()] as ObjectSchema[]) {
      expect(schema.description).to.contain('does not check references between parts');
    }
  });

  it('knows every top-level field the samples use', () => {
    const model = practiceModelJsonSchema() as ObjectSchema;
    const record = caseRecordJsonSchema() as ObjectSchema;
    expect(Object.keys(model.properties ?? {})).to.include.members(Object.keys(sampleModel));
    expect(Object.keys(record.properties ?? {})).to.include.members(Object.keys(sampleCase));
  });

  it('names shared parts as definitions', () => {
    const model = practiceModelJsonSchema() as ObjectSchema & { $defs?: Record<string, unknown> };
    expect(Object.keys(model.$defs ?? {})).to.include.members(['Id', 'LocalisedText', 'Question']);
    expect(model.properties?.['templates']).to.deep.equal({
      type: 'array',
      items: { $ref: '#/$defs/AssessmentTemplate' },
    });
  });

  it('is plain JSON', () => {
    const schema = practiceModelJsonSchema();
    expect(JSON.parse(JSON.stringify(schema))).to.deep.equal(schema);
  });
});
