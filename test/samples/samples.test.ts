import { expect } from '@open-wc/testing';
import {
  EVENT_CATEGORIES,
  formatIssues,
  parseCaseRecord,
  parsePracticeModel,
  sortDay,
  type CaseEvent,
  type CaseRecord,
  type PracticeModel,
} from '../../src/model/index.js';
import {
  SAMPLE_TODAY,
  cinAssessmentFactors,
  englandTimescales,
  generateCase,
  girfecModel,
  hostileStrings,
  legalStatuses,
  mulberry32,
  placementTypes,
  sampleCase,
  sampleModel,
  standardEventTypes,
  threeColumnModel,
  whatMattersModel,
} from '../../src/samples/index.js';

const presets: Record<string, PracticeModel> = {
  sampleModel,
  threeColumnModel,
  whatMattersModel,
  girfecModel,
};

function expectValidCase(input: unknown, model: PracticeModel): void {
  const result = parseCaseRecord(input, model);
  expect(result.ok, result.ok ? '' : formatIssues(result.issues.slice(0, 10))).to.equal(true);
}

function typeOf(event: CaseEvent) {
  return sampleModel.eventTypes.find((t) => t.id === event.type);
}

function eventsOf(record: CaseRecord, category: string, person?: string): CaseEvent[] {
  return (record.events ?? []).filter(
    (e) => typeOf(e)?.category === category && (!person || e.persons?.includes(person)),
  );
}

/** Birth parents of a child, by the relationship types' notation. */
function parentsOf(record: CaseRecord, child: string): string[] {
  return (record.relationships ?? [])
    .filter((r) => r.to === child && notationOf(r.type) === 'biological')
    .map((r) => r.from);
}

function notationOf(type: string): string | undefined {
  return sampleModel.relationshipTypes.find((t) => t.id === type)?.notation;
}

/** Hours between two `YYYY-MM-DDTHH:MM` moments. */
function hoursBetween(a: string, b: string): number {
  return (Date.parse(`${b}Z`) - Date.parse(`${a}Z`)) / 3_600_000;
}

describe('samples: presets', () => {
  for (const [name, model] of Object.entries(presets)) {
    it(`${name} is a valid practice model`, () => {
      const result = parsePracticeModel(model);
      expect(result.ok, result.ok ? '' : formatIssues(result.issues)).to.equal(true);
    });

    it(`${name} is plain data: it survives a JSON round trip`, () => {
      const copy: unknown = JSON.parse(JSON.stringify(model));
      expect(copy).to.deep.equal(model);
      expect(parsePracticeModel(copy).ok).to.equal(true);
    });

    it(`${name} uses neutral names only`, () => {
      expect(JSON.stringify(model)).not.to.match(/signs of safety|graded care profile/i);
    });
  }

  it('the England model is bilingual where it matters', () => {
    expect(sampleModel.id).to.equal('sample-england');
    expect(sampleModel.locales).to.deep.equal(['en-GB', 'cy']);
    expect(sampleModel.division).to.equal('england-and-wales');
    for (const template of sampleModel.templates) {
      expect(template.name).to.have.property('cy');
      expect(
        template.sections.some((s) => typeof s.title === 'object' && 'cy' in s.title),
      ).to.equal(true);
    }
  });

  it('the child and family assessment holds the triangle and its statutory parts', () => {
    const template = sampleModel.templates.find((t) => t.id === 'child-and-family-assessment')!;
    expect(template.subject).to.equal('family');
    expect(template.requiresAuthorisation).to.equal(true);
    expect(template.timescale).to.equal('child-and-family-assessment');
    const questions = template.sections.flatMap((s) => s.questions);
    const strengths = questions.filter((q) => q.id.endsWith('-strengths'));
    const concerns = questions.filter((q) => q.id.endsWith('-concerns'));
    const evidence = questions.filter((q) => q.id.endsWith('-evidence'));
    expect([strengths.length, concerns.length, evidence.length]).to.deep.equal([20, 20, 20]);
    const types = new Set(questions.map((q) => q.type));
    for (const type of [
      'scale',
      'person',
      'group',
      'entries',
      'yes-no',
      'single-choice',
      'multiple-choice',
    ]) {
      expect(types.has(type as never), type).to.equal(true);
    }
    const perChild = template.sections.filter((s) => s.perChild).flatMap((s) => s.questions);
    expect(perChild.find((q) => q.id === 'wishes-and-feelings')).to.include({
      type: 'entries',
      entry: 'child-voice',
    });
    expect(perChild.find((q) => q.id === 'analysis')).to.include({
      type: 'long-text',
      citations: true,
    });
    expect(perChild.find((q) => q.id === 'cin-factors')).to.include({
      codeList: 'cin-assessment-factors',
    });
    const details = questions.find((q) => q.id === 'domestic-abuse-details')!;
    expect(details.visibleWhen).to.deep.equal({
      question: 'domestic-abuse',
      op: 'equals',
      value: true,
    });
    expect(details.type !== 'content' && details.requiredWhen).to.not.equal(undefined);
    expect(template.scores?.map((s) => s.method)).to.include('count-yes');
  });

  it('three-column mapping scales 0 to 10 with four raters', () => {
    const template = threeColumnModel.templates[0]!;
    expect(template.id).to.equal('three-column-mapping');
    const scale = template.sections.flatMap((s) => s.questions).find((q) => q.type === 'scale');
    expect(scale).to.include({ min: 0, max: 10 });
    expect(scale && scale.type === 'scale' && scale.raters).to.deep.equal([
      'worker',
      'parent',
      'child',
      'manager',
    ]);
    expect(scale && scale.type === 'scale' && scale.anchors.some((a) => a.value === 10)).to.equal(
      true,
    );
  });

  it('code lists carry versions, dates and the census codes', () => {
    expect(cinAssessmentFactors.version).to.equal('2024-25');
    expect(cinAssessmentFactors.effectiveFrom).to.equal('2024-04-01');
    const codes = cinAssessmentFactors.codes.map((c) => c.code);
    for (const code of ['1A', '18B', '18C', '19B', '19C', '21', '22A', '23A', '24A'])
      expect(codes).to.include(code);
    expect(legalStatuses.codes.map((c) => c.code)).to.have.members([
      'C1',
      'C2',
      'D1',
      'E1',
      'J1',
      'J2',
      'J3',
      'L1',
      'L2',
      'L3',
      'V2',
      'V3',
      'V4',
    ]);
    expect(placementTypes.codes.length).to.be.greaterThan(10);
  });

  it('event types cover every category the library knows', () => {
    const categories = new Set(standardEventTypes.map((t) => t.category));
    for (const category of EVENT_CATEGORIES)
      expect(categories.has(category), category).to.equal(true);
  });

  it('England timescales name their source and cover the statutory table', () => {
    const ids = englandTimescales.map((r) => r.id);
    expect(ids).to.include.members([
      'referral-decision',
      'child-and-family-assessment',
      'initial-conference',
      'review-conference',
      'care-plan',
      'looked-after-visits',
      'looked-after-reviews',
      'care-proceedings',
      'return-home-interview',
      'private-fostering-visits',
    ]);
    for (const rule of englandTimescales) expect(rule.source, rule.id).to.be.a('string');
    const icpc = englandTimescales.find((r) => r.id === 'initial-conference')!;
    expect(icpc.from.where).to.deep.equal([{ attribute: 's47', equals: true }]);
  });
});

describe('samples: the sample case', () => {
  it('passes the sample model with no issues', () => {
    expectValidCase(sampleCase, sampleModel);
  });

  it('is plain data: it survives a JSON round trip', () => {
    expectValidCase(JSON.parse(JSON.stringify(sampleCase)), sampleModel);
  });

  it('uses only event types and codes the model defines', () => {
    for (const event of sampleCase.events ?? []) {
      const type = typeOf(event);
      expect(type, event.id).to.not.equal(undefined);
      const code = event.attributes?.code;
      if (code !== undefined) {
        const list = sampleModel.codeLists.find((l) => l.id === type!.codeList);
        expect(
          list?.codes.map((c) => c.code),
          event.id,
        ).to.include(code);
      }
    }
  });

  it('has about fifteen people over three generations', () => {
    expect(sampleCase.persons.length).to.be.within(12, 20);
    const [father] = parentsOf(sampleCase, 'kelly');
    expect(father).to.not.equal(undefined);
    expect(parentsOf(sampleCase, 'tyler')).to.include('kelly');
    expect(sampleCase.index).to.equal('tyler');
  });

  it('has a deceased grandparent with an uncertain date of death', () => {
    const grandparents = parentsOf(sampleCase, 'tyler').flatMap((p) => parentsOf(sampleCase, p));
    const deceased = sampleCase.persons.filter(
      (p) => grandparents.includes(p.id) && p.lifeStatus === 'deceased',
    );
    expect(deceased).to.have.length(1);
    expect(deceased[0]!.dateOfDeath).to.deep.equal({ date: '2015', qualifier: 'about' });
  });

  it('records a divorce, a separation, a half-sibling and twins', () => {
    const statuses = (sampleCase.relationships ?? []).map((r) => r.status);
    expect(statuses).to.include.members(['divorced', 'separated']);
    const tyler = new Set(parentsOf(sampleCase, 'tyler'));
    const shared = parentsOf(sampleCase, 'mia').filter((p) => tyler.has(p));
    expect(shared).to.have.length(1);
    const twins = sampleCase.persons.filter((p) => p.multipleBirth);
    expect(twins).to.have.length(2);
  });

  it('records a cut-off between the mother and her father, and a hostile relationship', () => {
    const [kellyFather] = parentsOf(sampleCase, 'kelly').filter(
      (id) => sampleCase.persons.find((p) => p.id === id)?.sex === 'male',
    );
    const cutOff = (sampleCase.relationships ?? []).find((r) => notationOf(r.type) === 'cut-off');
    expect([cutOff?.from, cutOff?.to]).to.have.members(['kelly', kellyFather]);
    expect((sampleCase.relationships ?? []).some((r) => notationOf(r.type) === 'hostile')).to.equal(
      true,
    );
  });

  it('moves household with dated membership and keeps a refuge address confidential', () => {
    const dated = (sampleCase.households ?? []).filter((h) =>
      h.members.some((m) => m.from && m.to),
    );
    expect(dated.length).to.be.greaterThan(1);
    const refuge = sampleCase.households?.find((h) => h.address?.confidential);
    expect(refuge?.sensitivity?.tags).to.include('confidential-address');
    expect(sampleCase.households?.some((h) => h.from === '2019')).to.equal(true);
  });

  it('places the index child three times, the last long-term', () => {
    const placements = eventsOf(sampleCase, 'placement', 'tyler');
    expect(placements).to.have.length(3);
    expect(placements.filter((p) => p.attributes?.longTerm === true)).to.have.length(1);
  });

  it('builds the looked-after episode from legal-status periods', () => {
    const statuses = eventsOf(sampleCase, 'legal-status', 'tyler').map((e) => e.attributes?.code);
    expect(statuses).to.deep.equal(['V2', 'C1', 'C2']);
  });

  it('has a missing episode with a return home interview within 72 hours', () => {
    const missing = eventsOf(sampleCase, 'missing');
    const interviews = eventsOf(sampleCase, 'return-home-interview');
    expect(missing.length).to.be.greaterThan(0);
    const timely = missing.some((m) =>
      interviews.some((i) => {
        const hours = hoursBetween(m.end as string, i.date as string);
        return hours >= 0 && hours <= 72;
      }),
    );
    expect(timely).to.equal(true);
  });

  it('has care proceedings with hearings', () => {
    expect(eventsOf(sampleCase, 'proceedings')).to.have.length(1);
    expect(eventsOf(sampleCase, 'hearing').length).to.be.greaterThanOrEqual(4);
  });

  it('spans three years of the child’s journey up to the sample day', () => {
    const journey = (sampleCase.events ?? []).filter(
      (e) => sortDay(e.date) >= sortDay('2023-11-01'),
    );
    const days = journey.map((e) => sortDay(e.date));
    expect(Math.max(...days) - Math.min(...days)).to.be.greaterThan(3 * 365 - 60);
    expect(Math.max(...days)).to.be.at.most(sortDay(SAMPLE_TODAY));
    for (const category of [
      'contact',
      'referral',
      'referral-decision',
      'strategy-discussion',
      'initial-conference',
      'review-conference',
      'core-group',
      'visit',
      'looked-after-review',
      'police',
      'health',
      'education',
    ]) {
      expect(eventsOf(sampleCase, category).length, category).to.be.greaterThan(0);
    }
    expect(eventsOf(sampleCase, 'strategy-discussion')[0]?.attributes?.s47).to.equal(true);
    expect(eventsOf(sampleCase, 'cp-plan')[0]?.attributes?.code).to.equal('NEG');
  });

  it('fills chronology fields and sensitivity tags', () => {
    const events = sampleCase.events ?? [];
    expect(events.some((e) => e.recorded && e.recorded !== e.date)).to.equal(true);
    expect(events.some((e) => e.impact && e.analysis && e.reference)).to.equal(true);
    const tags = events.flatMap((e) => e.sensitivity?.tags ?? []);
    expect(tags).to.include.members(['third-party', 'restricted', 'confidential-address']);
    const seenAlone = eventsOf(sampleCase, 'visit').map((v) => v.attributes?.seenAlone);
    expect(seenAlone).to.include.members([true, false]);
  });

  it('holds an assessment response with the child’s voice, several raters and a group', () => {
    const response = sampleCase.responses?.find(
      (r) => r.template === 'child-and-family-assessment',
    );
    expect(response).to.not.equal(undefined);
    expect(Object.keys(response!.childAnswers ?? {})).to.have.members(['ellie', 'tyler']);
    const voice = response!.childAnswers!['tyler']!['wishes-and-feelings']!.value;
    expect(Array.isArray(voice) && voice.length).to.be.greaterThan(0);
    const scale = response!.answers['home-safety-scale']!.value as Record<string, number>;
    expect(Object.keys(scale).length).to.be.greaterThan(2);
    const group = response!.answers['adults-in-household']!.value;
    expect(Array.isArray(group) && group.length).to.equal(2);
  });
});

describe('samples: generateCase', () => {
  it('is deterministic for a seed', () => {
    const a = generateCase({ seed: 11, persons: 120, events: 400 });
    const b = generateCase({ seed: 11, persons: 120, events: 400 });
    const c = generateCase({ seed: 12, persons: 120, events: 400 });
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
    expect(JSON.stringify(a)).to.not.equal(JSON.stringify(c));
  });

  for (const [persons, events] of [
    [50, 200],
    [500, 2_500],
    [2_000, 10_000],
  ] as const) {
    it(`makes a valid record of ${persons} people and ${events} events`, () => {
      const record = generateCase({ seed: persons, persons, events });
      expect(record.persons).to.have.length(persons);
      expect(record.events).to.have.length(events);
      expect(record.subjects.length).to.be.greaterThan(0);
      expectValidCase(record, sampleModel);
    });
  }

  it('makes families with twins, adoptions, separations and several generations', () => {
    const record = generateCase({ seed: 3, persons: 800, events: 10 });
    const types = [...new Set((record.relationships ?? []).map((r) => r.type))];
    expect(types).to.include.members([
      'biological-parent',
      'adoptive-parent',
      'marriage',
      'cohabiting',
    ]);
    expect(record.persons.some((p) => p.multipleBirth)).to.equal(true);
    expect((record.relationships ?? []).some((r) => r.status === 'divorced')).to.equal(true);
  });

  it('is valid against another preset', () => {
    expectValidCase(
      generateCase({ seed: 5, persons: 100, events: 300, model: girfecModel }),
      girfecModel,
    );
  });

  it('mulberry32 repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(99);
    const b = mulberry32(99);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).to.equal(b());
      expect(x).to.be.within(0, 0.999999999);
    }
  });
});

describe('samples: hostile strings', () => {
  it('includes markup, bidirectional overrides, zero-width characters, emoji and long text', () => {
    expect(hostileStrings).to.include('<img src=x onerror=alert(1)>');
    expect(hostileStrings.some((s) => s.includes('<script>'))).to.equal(true);
    expect(hostileStrings.some((s) => s.includes('\u202E'))).to.equal(true);
    expect(hostileStrings.some((s) => s.includes('\u200B'))).to.equal(true);
    expect(hostileStrings.some((s) => /\p{Extended_Pictographic}/u.test(s))).to.equal(true);
    expect(hostileStrings.some((s) => s.length > 1_000)).to.equal(true);
  });
});
