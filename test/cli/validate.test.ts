import { expect } from '@open-wc/testing';
import { EXIT_CODES, runCli, type CliIo, type ValidateReport } from '../../src/cli/validate.js';
import { locatePaths, parseJsonText } from '../../src/cli/json-text.js';
import { sampleCase, sampleModel } from '../../src/samples/index.js';

/** Small inline fixtures: one lane, one event type, one child and one event. */
const model = {
  id: 'cli-test',
  version: '1',
  name: 'CLI test model',
  locales: ['en-GB'],
  codeLists: [],
  templates: [],
  relationshipTypes: [],
  lanes: [{ id: 'contacts', label: 'Contacts' }],
  eventTypes: [{ id: 'visit', label: 'Visit', kind: 'point', category: 'visit', lane: 'contacts' }],
  timescales: [],
};

const record = {
  id: 'case-1',
  model: { id: 'cli-test', version: '1' },
  subjects: ['child'],
  persons: [{ id: 'child', name: { given: 'Alex' } }],
  events: [{ id: 'e1', type: 'visit', date: '2024-03-01', persons: ['child'] }],
};

interface Run {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

/** Runs the CLI against in-memory files. */
async function run(argv: string[], files: Record<string, string> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      return text;
    },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  };
  const code = await runCli(argv, io, { version: '9.8.7' });
  return { code, out, err };
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('practice-elements CLI', () => {
  describe('valid input', () => {
    it('exits 0 for a valid model and says so', async () => {
      const { code, out, err } = await run(['validate', 'model.json'], {
        'model.json': json(model),
      });
      expect(code).to.equal(EXIT_CODES.valid);
      expect(err).to.deep.equal([]);
      expect(out.join('\n')).to.contain('model.json: valid practice model "cli-test"');
      expect(out.at(-1)).to.equal('1 file checked: no problems found.');
    });

    it('exits 0 for a valid model and a valid record', async () => {
      const { code, out } = await run(['validate', 'model.json', 'record.json'], {
        'model.json': json(model),
        'record.json': json(record),
      });
      expect(code).to.equal(0);
      expect(out.join('\n')).to.contain(
        'record.json: valid case record "case-1" (1 person, 1 event)',
      );
      expect(out.at(-1)).to.equal('2 files checked: no problems found.');
    });

    it('exits 0 for the sample model and the sample case', async () => {
      const { code, out, err } = await run(['validate', 'england.json', 'hollis-carver.json'], {
        'england.json': json(sampleModel),
        'hollis-carver.json': json(sampleCase),
      });
      expect(err).to.deep.equal([]);
      expect(code).to.equal(0);
      expect(out.join('\n')).to.contain(`valid practice model "${sampleModel.id}"`);
      expect(out.join('\n')).to.contain(`valid case record "${sampleCase.id}"`);
    });

    it('accepts a byte order mark', async () => {
      const { code } = await run(['validate', 'model.json'], {
        'model.json': `\ufeff${json(model)}`,
      });
      expect(code).to.equal(0);
    });
  });

  describe('malformed JSON', () => {
    it('exits 1 and gives the file, line and column', async () => {
      const text = '{\n  "id": "cli-test",\n  "version": "1",\n}\n';
      const { code, out } = await run(['validate', 'model.json'], { 'model.json': text });
      expect(code).to.equal(EXIT_CODES.problems);
      expect(out[0]).to.equal(
        'model.json:3:17: not valid JSON: a comma cannot come after the last property (trailing comma)',
      );
      expect(out.at(-1)).to.equal('1 file checked: 1 problem found in 1 file.');
    });

    it('locates a missing comma between list items', async () => {
      const { code, out } = await run(['validate', 'model.json'], {
        'model.json': '{\n  "locales": ["en-GB" "cy"]\n}',
      });
      expect(code).to.equal(1);
      expect(out[0]).to.match(/^model\.json:2:23: not valid JSON: expected "," or "\]"/);
    });

    it('reports an empty file at line 1, column 1', async () => {
      const { out } = await run(['validate', 'model.json'], { 'model.json': '' });
      expect(out[0]).to.equal(
        'model.json:1:1: not valid JSON: expected a value, found the end of the file',
      );
    });

    it('reports a malformed record even when the model is valid', async () => {
      const { code, out } = await run(['validate', 'model.json', 'record.json'], {
        'model.json': json(model),
        'record.json': '{"id": \'case-1\'}',
      });
      expect(code).to.equal(1);
      expect(out[0]).to.equal(
        'record.json:1:8: not valid JSON: strings must use double quotes (") in JSON',
      );
    });
  });

  describe('invalid model', () => {
    it('exits 1 and prints each problem with its path and position', async () => {
      const bad = {
        ...model,
        eventTypes: [{ ...model.eventTypes[0], lane: 'contact' }],
        lanes: [...model.lanes, { id: 'contacts', label: 'Again' }],
      };
      const { code, out } = await run(['validate', 'model.json'], { 'model.json': json(bad) });
      expect(code).to.equal(1);
      const text = out.join('\n');
      expect(text).to.match(
        /^model\.json:\d+:\d+: lanes\[1\]\.id: Lane "contacts" is defined twice$/m,
      );
      expect(text).to.match(
        /^model\.json:\d+:\d+: eventTypes\[0\]\.lane: no lane "contact" exists; did you mean "contacts"\?$/m,
      );
      expect(out.at(-1)).to.equal('1 file checked: 2 problems found in 1 file.');
    });

    it('points a missing field at its parent object', async () => {
      const noVersion: Record<string, unknown> = { ...model };
      delete noVersion['version'];
      const { code, out } = await run(['validate', 'model.json'], {
        'model.json': json(noVersion),
      });
      expect(code).to.equal(1);
      expect(out[0]).to.match(/^model\.json:1:1: version: is required/);
    });

    it('still checks the record, without the model, and says so', async () => {
      const { code, out } = await run(['validate', 'model.json', 'record.json'], {
        'model.json': json({ ...model, locales: [] }),
        'record.json': json(record),
      });
      expect(code).to.equal(1);
      expect(out.join('\n')).to.contain('record.json: checked without the model');
    });

    it('escapes control characters so a file cannot drive the terminal', async () => {
      const { out } = await run(['validate', 'model.json'], {
        'model.json': json({
          ...model,
          lanes: [{ id: 'contacts', label: 'Contacts' }],
          extra: 1,
          '\u001b[2J': 1,
        }),
      });
      expect(out.join('\n')).not.to.contain('\u001b');
      expect(out.join('\n')).to.contain('\\u001b[2J');
    });
  });

  describe('invalid record', () => {
    it('exits 1 when the sample case names an event type the model lacks', async () => {
      const events = (sampleCase.events ?? []).map((event, i) =>
        i === 2 ? { ...event, type: 'home-vist' } : event,
      );
      const { code, out } = await run(['validate', 'model.json', 'record.json'], {
        'model.json': json(sampleModel),
        'record.json': json({ ...sampleCase, events }),
      });
      expect(code).to.equal(1);
      expect(out[0]).to.match(
        /^record\.json:\d+:\d+: events\[2\]\.type: refers to event type "home-vist"/,
      );
    });

    it('exits 1 for a valid model with an invalid record', async () => {
      const bad = {
        ...record,
        events: [{ id: 'e1', type: 'home-visit', date: '2024-03-01', persons: ['child', 'mum'] }],
      };
      const { code, out } = await run(['validate', 'model.json', 'record.json'], {
        'model.json': json(model),
        'record.json': json(bad),
      });
      expect(code).to.equal(1);
      const text = out.join('\n');
      expect(text).to.match(
        /^record\.json:\d+:\d+: events\[0\]\.type: refers to event type "home-visit"/m,
      );
      expect(text).to.contain('model.json: valid practice model');
      expect(out.at(-1)).to.equal('2 files checked: 1 problem found in 1 file.');
    });

    it('reports a person missing from the record at the reference', async () => {
      const bad = { ...record, subjects: ['child', 'sibling'] };
      const { code, out } = await run(['validate', 'model.json', 'record.json'], {
        'model.json': json(model),
        'record.json': json(bad),
      });
      expect(code).to.equal(1);
      // The second subject sits on line 9 of the pretty-printed record.
      expect(out[0]).to.match(/^record\.json:9:5: subjects\[1\]: refers to person "sibling"/);
    });
  });

  describe('usage', () => {
    it('prints help with --help and exits 0', async () => {
      const { code, out } = await run(['--help']);
      expect(code).to.equal(0);
      expect(out[0]).to.contain('Usage: practice-elements validate');
    });

    it('prints the version with --version', async () => {
      const { code, out } = await run(['--version']);
      expect(code).to.equal(0);
      expect(out).to.deep.equal(['9.8.7']);
    });

    for (const [argv, reason] of [
      [[], 'no command given'],
      [['check', 'model.json'], 'unknown command "check"'],
      [['validate'], 'needs a practice model file'],
      [['validate', 'a.json', 'b.json', 'c.json'], 'at most one case record file'],
      [['validate', '--strict', 'model.json'], 'unknown option "--strict"'],
    ] as const) {
      it(`exits 2 for ${JSON.stringify(argv)}`, async () => {
        const { code, out, err } = await run([...argv]);
        expect(code).to.equal(EXIT_CODES.usage);
        expect(out).to.deep.equal([]);
        expect(err[0]).to.contain(reason);
      });
    }

    it('exits 2 when a file cannot be read', async () => {
      const { code, err } = await run(['validate', 'missing.json']);
      expect(code).to.equal(2);
      expect(err).to.deep.equal(['practice-elements: cannot read missing.json: no such file']);
    });
  });

  describe('--json', () => {
    it('prints one JSON report for valid files', async () => {
      const { code, out } = await run(['validate', '--json', 'model.json', 'record.json'], {
        'model.json': json(model),
        'record.json': json(record),
      });
      expect(code).to.equal(0);
      expect(out).to.have.length(1);
      const report = JSON.parse(out[0]!) as ValidateReport;
      expect(report).to.deep.equal({
        valid: true,
        problems: 0,
        files: [
          { file: 'model.json', kind: 'practice-model', valid: true, issues: [] },
          {
            file: 'record.json',
            kind: 'case-record',
            valid: true,
            issues: [],
            checkedAgainstModel: true,
          },
        ],
      });
    });

    it('gives path, segments, code, message, line and column for each problem', async () => {
      const bad = { ...model, eventTypes: [{ ...model.eventTypes[0], lane: 'nowhere' }] };
      const { code, out } = await run(['validate', 'model.json', '--json'], {
        'model.json': json(bad),
      });
      expect(code).to.equal(1);
      const report = JSON.parse(out[0]!) as ValidateReport;
      expect(report.valid).to.equal(false);
      expect(report.problems).to.equal(1);
      const [found] = report.files[0]!.issues;
      expect(found).to.include({ path: 'eventTypes[0].lane', code: 'unknown-reference' });
      expect(found!.segments).to.deep.equal(['eventTypes', 0, 'lane']);
      expect(found!.line).to.be.a('number');
      expect(found!.column).to.be.a('number');
    });

    it('reports malformed JSON as an invalid-json issue', async () => {
      const { code, out } = await run(['validate', '--json', 'model.json'], {
        'model.json': '[1,',
      });
      expect(code).to.equal(1);
      const report = JSON.parse(out[0]!) as ValidateReport;
      expect(report.files[0]!.issues[0]).to.deep.equal({
        path: '',
        segments: [],
        code: 'invalid-json',
        message: 'not valid JSON: expected a value, found the end of the file',
        line: 1,
        column: 4,
      });
    });
  });
});

describe('JSON text positions', () => {
  it('agrees with JSON.parse on valid text', () => {
    for (const text of [
      '0',
      '-1.5e+3',
      '"a\\u00e9\\n"',
      'null',
      '{"a":[true,false,{}],"b":[]}',
      ' [ ] ',
    ]) {
      expect(parseJsonText(text)).to.deep.equal({ ok: true, value: JSON.parse(text) });
    }
  });

  it('locates common mistakes', () => {
    const cases: [string, number, number, RegExp][] = [
      ['{"a": 1 "b": 2}', 1, 9, /expected "," or "}"/],
      ['{a: 1}', 1, 2, /property name in double quotes/],
      ['{"a": 1}\n// note', 2, 1, /comments are not allowed/],
      ['{"a": tru}', 1, 7, /expected a value, found "tru"/],
      ['{"a": 01}', 1, 8, /a number cannot continue/],
      ['{"a": "x\ty"}', 1, 9, /control character \(U\+0009\) must be escaped/],
      ['{"a": "open', 1, 7, /a string is not closed/],
      ['[1, 2]]', 1, 7, /after the end of the JSON value/],
    ];
    for (const [text, line, column, message] of cases) {
      const result = parseJsonText(text);
      expect(result.ok, text).to.equal(false);
      if (result.ok) continue;
      expect(result.position, text).to.deep.equal({ line, column });
      expect(result.message, text).to.match(message);
    }
  });

  it('locates object members at their key and list items at their value', () => {
    const text = '{\n  "a": {\n    "b": [10, {"c": 1}]\n  },\n  "d\\"e": 2\n}';
    expect(
      locatePaths(text, [
        [],
        ['a'],
        ['a', 'b'],
        ['a', 'b', 1],
        ['a', 'b', 1, 'c'],
        ['d"e'],
        ['a', 'zz'],
      ]),
    ).to.deep.equal([
      { line: 1, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 5 },
      { line: 3, column: 15 },
      { line: 3, column: 16 },
      { line: 5, column: 3 },
      { line: 2, column: 3 },
    ]);
  });
});
