import { expect } from '@open-wc/testing';
import {
  definePracticeModel,
  parsePracticeModel,
  PracticeModelError,
  formatIssues,
  type ValidationIssue,
} from '../../src/model/index.js';
import { minimalModel } from './fixtures.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function issuesOf(input: unknown): readonly ValidationIssue[] {
  const result = parsePracticeModel(input);
  if (result.ok) throw new Error('expected the model to be invalid');
  return result.issues;
}

function mutated(change: (model: Mutable) => void): unknown {
  const model = structuredClone(minimalModel()) as Mutable;
  change(model);
  return model;
}

describe('practice model', () => {
  describe('valid models', () => {
    it('parses a minimal model and returns it typed', () => {
      const result = parsePracticeModel(minimalModel());
      expect(result.ok, result.ok ? '' : formatIssues(result.issues)).to.equal(true);
      if (result.ok) expect(result.model.templates[0]?.sections).to.have.length(2);
    });

    it('definePracticeModel returns the model', () => {
      expect(definePracticeModel(minimalModel()).id).to.equal('test-model');
    });

    it('accepts text per locale', () => {
      const input = mutated((m) => {
        m.locales = ['en-GB', 'cy'];
        m.name = { 'en-GB': 'Assessment', cy: 'Asesiad' };
      });
      expect(parsePracticeModel(input).ok).to.equal(true);
    });

    it('runs without compiling code (no Function constructor, so strict CSP works)', () => {
      const original = globalThis.Function;
      let calls = 0;
      globalThis.Function = new Proxy(original, {
        construct(target, args) {
          calls += 1;
          return Reflect.construct(target, args);
        },
        apply(target, self, args) {
          calls += 1;
          return Reflect.apply(target, self, args);
        },
      });
      try {
        parsePracticeModel(minimalModel());
        parsePracticeModel({});
      } finally {
        globalThis.Function = original;
      }
      expect(calls).to.equal(0);
    });
  });

  describe('shape errors name the path', () => {
    it('reports a document that is not an object', () => {
      for (const input of [null, 'model', 42, []]) {
        const [first] = issuesOf(input);
        expect(first?.path).to.equal('');
        expect(first?.message).to.match(/expected an object/);
      }
    });

    it('reports a missing field', () => {
      const issues = issuesOf(mutated((m) => delete m.id));
      expect(issues[0]).to.include({ path: 'id', message: 'is required: expected text' });
    });

    it('reports an unknown field as a likely typo', () => {
      const issues = issuesOf(mutated((m) => (m.templates[0].sectons = [])));
      expect(issues[0]?.path).to.equal('templates[0]');
      expect(issues[0]?.message).to.contain('unknown field "sectons"');
    });

    it('reports an unknown question type with the types allowed', () => {
      const issues = issuesOf(
        mutated((m) => (m.templates[0].sections[0].questions[0].type = 'slider')),
      );
      expect(issues[0]?.path).to.equal('templates[0].sections[0].questions[0].type');
      expect(issues[0]?.message).to.contain('"yes-no"');
      expect(issues[0]?.message).to.contain('got the text "slider"');
    });

    it('explains a union through its closest branch', () => {
      const issues = issuesOf(mutated((m) => (m.name = 42)));
      expect(issues[0]).to.include({ path: 'name' });
      expect(issues[0]?.message).to.equal(
        'expected text or an object of named values, got the number 42',
      );
      const nested = issuesOf(
        mutated(
          (m) =>
            (m.templates[0].sections[0].questions[0].visibleWhen = { question: 'x', op: 'like' }),
        ),
      );
      expect(nested[0]?.path).to.equal('templates[0].sections[0].questions[0].visibleWhen.op');
    });

    it('reports bad identifiers, empty lists and bad dates in words', () => {
      expect(issuesOf(mutated((m) => (m.id = 'has spaces')))[0]?.message).to.contain(
        'must be an identifier',
      );
      expect(issuesOf(mutated((m) => (m.locales = [])))[0]?.message).to.equal(
        'must have at least 1 item',
      );
      expect(
        issuesOf(mutated((m) => (m.codeLists[0].effectiveFrom = '2024-02-30')))[0]?.message,
      ).to.contain('must be a real date');
    });

    it('throws PracticeModelError listing the issues', () => {
      const input = mutated((m) => {
        delete m.id;
        m.version = '';
      });
      try {
        definePracticeModel(input);
        expect.fail('should have thrown');
      } catch (error) {
        expect(error).to.be.instanceOf(PracticeModelError);
        expect((error as PracticeModelError).issues).to.have.length(2);
        expect((error as Error).message).to.contain('id: is required');
        expect((error as Error).message).to.contain('version: must not be empty');
      }
    });
  });

  describe('references inside the model', () => {
    it('reports an unknown code list with a suggestion', () => {
      const issues = issuesOf(
        mutated((m) => (m.templates[0].sections[1].questions[0].codeList = 'decision')),
      );
      expect(issues[0]).to.include({
        path: 'templates[0].sections[1].questions[0].codeList',
        code: 'unknown-reference',
      });
      expect(issues[0]?.message).to.contain('did you mean "decisions"?');
    });

    it('reports duplicate ids: question ids are unique across a template', () => {
      const issues = issuesOf(
        mutated((m) => (m.templates[0].sections[1].questions[0].id = 'abuse')),
      );
      expect(issues.map((i) => i.code)).to.include('duplicate-id');
      expect(issues.find((i) => i.code === 'duplicate-id')?.path).to.equal(
        'templates[0].sections[1].questions[0].id',
      );
    });

    it('reports conditions on unknown questions and on themselves', () => {
      const unknown = issuesOf(
        mutated((m) => (m.templates[0].sections[0].questions[1].visibleWhen.question = 'abus')),
      );
      expect(unknown[0]?.path).to.equal('templates[0].sections[0].questions[1].visibleWhen');
      expect(unknown[0]?.message).to.contain('no question "abus"');
      const self = issuesOf(
        mutated(
          (m) => (m.templates[0].sections[0].questions[1].visibleWhen.question = 'abuse-details'),
        ),
      );
      expect(self[0]?.code).to.equal('self-reference');
    });

    it('checks nested conditions', () => {
      const issues = issuesOf(
        mutated(
          (m) =>
            (m.templates[0].sections[1].visibleWhen = {
              all: [
                { question: 'abuse', op: 'answered' },
                { not: { question: 'missing', op: 'answered' } },
              ],
            }),
        ),
      );
      expect(issues[0]?.message).to.contain('no question "missing"');
    });

    it('reports scores over unknown or unscoreable questions', () => {
      const issues = issuesOf(
        mutated((m) => (m.templates[0].scores[0].of = ['abuse-details', 'nope'])),
      );
      expect(issues.map((i) => i.code)).to.deep.equal(['not-scoreable', 'unknown-reference']);
      expect(issues[0]?.path).to.equal('templates[0].scores[0].of[0]');
    });

    it('reports scale anchors outside the scale and inverted ranges', () => {
      const issues = issuesOf(
        mutated((m) => (m.templates[0].sections[0].questions[2].anchors[1].value = 11)),
      );
      expect(issues[0]?.message).to.equal('anchor 11 is outside the scale 0-10');
      const range = issuesOf(
        mutated((m) =>
          m.templates[0].sections[0].questions.push({
            id: 'n',
            type: 'number',
            label: 'N',
            min: 5,
            max: 1,
          }),
        ),
      );
      expect(range[0]?.code).to.equal('invalid-range');
    });

    it('reports lanes nested in themselves and unknown lanes', () => {
      const cycle = issuesOf(mutated((m) => (m.lanes[1].parent = 'placements')));
      expect(cycle.some((i) => i.code === 'cycle')).to.equal(true);
      const unknown = issuesOf(mutated((m) => (m.eventTypes[0].lane = 'front')));
      expect(unknown[0]?.path).to.equal('eventTypes[0].lane');
    });

    it('reports timescale rules that match nothing or name unknown types', () => {
      const empty = issuesOf(mutated((m) => (m.timescales[0].from = {})));
      expect(empty[0]).to.include({ path: 'timescales[0].from', code: 'empty-matcher' });
      const unknown = issuesOf(mutated((m) => (m.timescales[0].target = { types: ['asessment'] })));
      expect(unknown[0]?.path).to.equal('timescales[0].target.types[0]');
      expect(unknown[0]?.message).to.contain('did you mean "assessment"?');
      const template = issuesOf(mutated((m) => (m.templates[0].timescale = 'none')));
      expect(template[0]?.path).to.equal('templates[0].timescale');
    });

    it('reports a same-entry rule that does not wait for the end of the period', () => {
      const issues = issuesOf(
        mutated((m) => {
          m.timescales[0].sameEntry = true;
          m.timescales[0].target = { categories: ['assessment'] };
        }),
      );
      expect(issues[0]).to.include({ path: 'timescales[0].target.boundary', code: 'invalid-step' });
    });

    it('reports every problem, not only the first', () => {
      const issues = issuesOf(
        mutated((m) => {
          m.templates[0].sections[1].questions[0].codeList = 'x';
          m.eventTypes[0].lane = 'y';
          m.timescales[0].from = { categories: ['not-a-category'] };
        }),
      );
      expect(issues.length).to.equal(3);
    });
  });
});
