import { expect } from '@open-wc/testing';
import {
  catalogueLocale,
  cy,
  enGB,
  issueText,
  Localiser,
  withOverrides,
  type Messages,
} from '../../src/i18n/index.js';
import {
  definePracticeModel,
  ISSUE_CODES,
  issue,
  parsePracticeModel,
  readCaseRecord,
  type ValidationIssue,
} from '../../src/model/index.js';
import { minimalModel, minimalRecord } from '../model/fixtures.js';

const CODES: ReadonlySet<string> = new Set(ISSUE_CODES);
const CATALOGUES = { 'en-GB': enGB, cy } as const;

const welsh = (problem: ValidationIssue) => issueText(problem, cy, 'cy');
const english = (problem: ValidationIssue) => issueText(problem, enGB, 'en-GB');

/** The message a key names, as text (every `issue.*` message is text). */
const message = (messages: Messages, key: string) =>
  (messages as unknown as Readonly<Record<string, unknown>>)[key];

// ---------------------------------------------------------------------------------------------
// The codes the library's source produces: its modules, as the test server serves them, from the
// two entry points, each scanned for `issue(path, 'code', ...)` and `report(path, 'code', ...)`.

async function sources(entries: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const queue = entries.map((entry) => new URL(entry, import.meta.url).href);
  while (queue.length) {
    const url = queue.pop() as string;
    if (found.has(url)) continue;
    const response = await fetch(url);
    expect(response.ok, url).to.equal(true);
    const text = await response.text();
    found.set(url, text);
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.ts)["']/g)) {
      queue.push(new URL(match[1] as string, url).href);
    }
  }
  return found;
}

/** The second argument of each `issue(`/`report(` call (not a method) when it is a literal. */
function literalCodes(source: string): string[] {
  const codes: string[] = [];
  for (const call of source.matchAll(/(?:^|[^.\w$])(?:issue|report)\(/g)) {
    let i = (call.index ?? 0) + call[0].length;
    let depth = 0;
    for (; i < source.length; i++) {
      const c = source[i] as string;
      if (c === '"' || c === "'" || c === '`') {
        for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
      } else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
    }
    if (source[i] !== ',') continue;
    const code = /^\s*(["'`])([a-z][a-z0-9-]*)\1/.exec(source.slice(i + 1));
    if (code) codes.push(code[2] as string);
  }
  return codes;
}

// ---------------------------------------------------------------------------------------------
// Models broken in one way each, for every kind of practice-model problem.

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function brokenModel(change: (model: Loose) => void): Loose {
  const model = structuredClone(minimalModel()) as Loose;
  change(model);
  return model;
}

const REFERENCE_PROBLEMS: readonly Loose[] = [
  brokenModel((m) => (m.lanes[2].parent = 'car')),
  brokenModel((m) => m.lanes.push({ id: 'care', label: 'Again' })),
  brokenModel((m) => (m.lanes[1].parent = 'placements')),
  brokenModel((m) => {
    m.codeLists[0].effectiveFrom = '2024-01-01';
    m.codeLists[0].effectiveTo = '2023-01-01';
  }),
  brokenModel((m) => {
    const questions = m.templates[0].sections[1].questions;
    questions.push({
      id: 'needs',
      type: 'multiple-choice',
      label: 'Needs',
      codeList: 'decision',
      minSelected: 3,
      maxSelected: 1,
    });
    questions.push({
      id: 'again',
      type: 'yes-no',
      label: 'Again',
      visibleWhen: { question: 'again', op: 'equals', value: true },
    });
    questions.push({
      id: 'later',
      type: 'yes-no',
      label: 'Later',
      visibleWhen: { question: 'abus', op: 'equals', value: true },
    });
    m.templates[0].sections[0].questions[2].anchors.push({ value: 11, label: 'Too far' });
    m.templates[0].scores.push({
      id: 'words',
      label: 'Words',
      method: 'sum',
      of: ['abuse-details'],
    });
    m.templates[0].timescale = 'assessment-46';
  }),
  brokenModel((m) => {
    const rule = m.timescales[0];
    rule.from = { types: ['refferal'], categories: ['referal'] };
    rule.sameEntry = true;
    rule.target.boundary = 'start';
    m.timescales.push({
      id: 'visits',
      label: 'Visits',
      kind: 'recurring',
      from: {},
      target: { categories: ['visit'] },
      schedule: [{ within: { amount: 6, unit: 'weeks' }, until: { amount: 1, unit: 'years' } }],
    });
  }),
];

const SHAPE_PROBLEMS: Loose = brokenModel((m) => {
  m.id = 'bad id';
  m.version = '';
  delete m.name;
  m.colour = 'blue';
  m.locales = ['EN'];
  m.codeLists[0].codes = [];
  m.eventTypes[0].kind = 'instant';
  m.templates[0].sections[0].questions[0].type = 'colour';
  m.timescales[0].within.amount = 20000;
  m.timescales[0].within.unit = 'fortnights';
});

function modelIssues(input: Loose): readonly ValidationIssue[] {
  const result = parsePracticeModel(input);
  expect(result.ok).to.equal(false);
  return result.ok ? [] : result.issues;
}

describe('problem messages (issue.<code>)', () => {
  it('has a message for every issue code in every catalogue, needing no specifics', () => {
    for (const [locale, messages] of Object.entries(CATALOGUES)) {
      for (const code of ISSUE_CODES) {
        const text = message(messages, `issue.${code}`);
        expect(text, `${locale} issue.${code}`).to.be.a('string').and.not.equal('');
        expect(text, `${locale} issue.${code}`).not.to.match(/\{\w+\}/);
      }
    }
  });

  it('names only known codes in its issue keys', () => {
    for (const key of Object.keys(enGB).filter((k) => k.startsWith('issue.'))) {
      if (key === 'issue.didYouMean') continue;
      const code = key.slice('issue.'.length).split('.')[0] as string;
      expect(CODES.has(code), key).to.equal(true);
    }
  });

  it('lists every code the library produces (a new code needs its messages first)', async () => {
    const modules = await sources(['../../src/index.ts', '../../src/define.ts']);
    const produced = new Set([...modules.values()].flatMap(literalCodes));
    // The scan sees the producers of the model, the timeline, the genogram and the elements.
    for (const code of ['dangling-reference', 'unknown-event-type', 'lane-cycle', 'unreadable']) {
      expect(produced.has(code), `${code} found by the scan`).to.equal(true);
    }
    const unknown = [...produced].filter((code) => !CODES.has(code));
    expect(unknown, 'codes produced without an entry in ISSUE_CODES').to.deep.equal([]);
  });

  it('writes the specifics of every practice-model problem in Welsh', () => {
    const issues = [...REFERENCE_PROBLEMS.flatMap(modelIssues), ...modelIssues(SHAPE_PROBLEMS)];
    const codes = new Set(issues.map((i) => i.code));
    for (const code of [
      'unknown-reference',
      'duplicate-id',
      'cycle',
      'invalid-range',
      'self-reference',
      'out-of-range',
      'not-scoreable',
      'invalid-step',
      'empty-matcher',
      'invalid-type',
      'too-small',
      'too-big',
      'unrecognized-keys',
      'invalid-format',
      'invalid-value',
      'invalid-kind',
    ]) {
      expect(codes.has(code), `${code} produced`).to.equal(true);
    }
    for (const problem of issues) {
      const label = `${problem.path} ${problem.code} ${JSON.stringify(problem.params)}`;
      expect(CODES.has(problem.code), label).to.equal(true);
      const { text, lang } = welsh(problem);
      expect(lang, label).to.equal(undefined);
      expect(text, label).not.to.contain('{');
      // Specifics given are specifics shown: a message with them, not the general one.
      if (problem.params)
        expect(text, label).not.to.equal(cy[`issue.${problem.code}` as 'issue.cycle']);
    }
  });

  it('gives Welsh sentences with the ids, the limits and a likely intended id', () => {
    const [unknownLane] = modelIssues(REFERENCE_PROBLEMS[0] as Loose);
    expect(welsh(unknownLane as ValidationIssue).text).to.equal(
      'nid oes maes “car”; oeddech chi’n golygu “care”?',
    );
    const range = issue(['templates', 0], 'invalid-range', 'number: ...', { min: 12000, max: 3 });
    expect(welsh(range).text).to.equal('mae’r isafswm (12,000) yn uwch na’r uchafswm (3)');
    const shape = modelIssues(SHAPE_PROBLEMS);
    const required = shape.find((i) => i.path === 'name');
    expect(welsh(required as ValidationIssue).text).to.equal('mae angen gwerth yma');
    const field = shape.find((i) => i.code === 'unrecognized-keys');
    expect(welsh(field as ValidationIssue).text).to.equal(
      'mae ganddo faes anhysbys, "colour" (gwiriwch y sillafu yn erbyn y sgema)',
    );
    const id = shape.find((i) => i.path === 'id');
    expect(welsh(id as ValidationIssue).text).to.contain('rhaid iddo fod yn ddynodydd');
  });

  it('gives a Welsh sentence without specifics when the producer gives none', () => {
    const { issues } = readCaseRecord(
      {
        ...minimalRecord(),
        events: [{ id: 'e1', type: 'no-such-type', date: '2024-01-02' }],
      },
      definePracticeModel(minimalModel()),
    );
    const dangling = issues.find((i) => i.path === 'events[0].type') as ValidationIssue;
    expect(dangling.code).to.equal('dangling-reference');
    const { text, lang } = welsh(dangling);
    expect(lang).to.equal(undefined);
    // With the producer's specifics, the precise sentence; without them, the general one.
    expect([
      'mae’n cyfeirio at y math o ddigwyddiad “no-such-type”, nad yw’r model ymarfer yn ei ddiffinio',
      cy['issue.dangling-reference'],
    ]).to.include(text);
    const bare = issue(['events', 3, 'type'], 'dangling-reference', 'refers to ...');
    expect(welsh(bare).text).to.equal(cy['issue.dangling-reference']);
    const partial = issue(['events', 3, 'type'], 'dangling-reference', 'refers to ...', {
      variant: 'event-type',
    });
    expect(welsh(partial).text).to.equal(cy['issue.dangling-reference']);
  });

  it('keeps the English message of a code it has no message for, marked as English', () => {
    const own = issue(['persons', 0], 'host-rule', 'is missing the school the council requires');
    expect(welsh(own)).to.deep.equal({ text: own.message, lang: 'en' });
    expect(english(own)).to.deep.equal({ text: own.message });
  });

  it('in English, keeps the producer’s sentence unless the message is reworded', () => {
    const [unknownLane] = modelIssues(REFERENCE_PROBLEMS[0] as Loose) as ValidationIssue[];
    expect(english(unknownLane as ValidationIssue).text).to.equal(unknownLane?.message);
    const reworded = withOverrides(enGB, { 'issue.unknown-reference.lane': 'No area {ref}' });
    expect(issueText(unknownLane as ValidationIssue, reworded, 'en-GB').text).to.equal(
      'No area car; did you mean “care”?',
    );
  });

  it('shortens long values and keeps them as text', () => {
    const long = issue(['events', 0, 'type'], 'unknown-event-type', '...', {
      type: `<img src=x onerror=alert(1)>${'x'.repeat(5000)}`,
    });
    const { text } = welsh(long);
    expect(text).to.contain('“<img src=x onerror=alert(1)>');
    expect(text).to.contain('…”');
    expect(text.length).to.be.below(cy['issue.unknown-event-type.detail'].length + 200);
  });

  it('is what Localiser.issue gives', () => {
    const problem = issue(['lanes', 1, 'parent'], 'cycle', '...', { lane: 'care' });
    expect(new Localiser('cy', cy).issue(problem)).to.deep.equal(welsh(problem));
    expect(new Localiser('cy', cy).issue(problem).text).to.equal(
      'mae’r maes “care” wedi’i nythu ynddo’i hun',
    );
  });
});

describe('catalogueLocale', () => {
  it('maps Welsh tags to cy and every other tag to en-GB', () => {
    expect(catalogueLocale('cy')).to.equal('cy');
    expect(catalogueLocale('cy-GB')).to.equal('cy');
    expect(catalogueLocale('CY')).to.equal('cy');
    expect(catalogueLocale('en')).to.equal('en-GB');
    expect(catalogueLocale('en-US')).to.equal('en-GB');
    expect(catalogueLocale('fr')).to.equal('en-GB');
    expect(catalogueLocale('')).to.equal('en-GB');
  });
});
