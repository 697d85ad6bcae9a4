/**
 * `practice-elements validate <model.json> [record.json]`: checks a practice model, and a case
 * record against it, and prints every problem as `file:line:column: path: message`.
 *
 * Pure apart from the `io` it is given, so it runs the same in Node (src/cli.ts) and in tests.
 */
import {
  parseCaseRecord,
  parsePracticeModel,
  type PracticeModel,
  type ValidationIssue,
} from '../model/index.js';
import { locatePaths, parseJsonText, type TextPosition } from './json-text.js';

/** What the CLI may touch: reading files and writing lines. */
export interface CliIo {
  /** Reads a whole text file (UTF-8); rejects when it cannot. */
  readFile(path: string): Promise<string>;
  /** Writes one line (or a block of lines) of output, without a trailing newline. */
  stdout(line: string): void;
  /** Writes one line of diagnostics, without a trailing newline. */
  stderr(line: string): void;
}

/** Facts about the installed package that the CLI reports. */
export interface CliOptions {
  /** The package version printed by `--version`. */
  readonly version?: string;
}

/** Exit codes: 0 when everything is valid, 1 when there are problems, 2 when the command is wrong. */
export const EXIT_CODES = { valid: 0, problems: 1, usage: 2 } as const;

/** One exit code of {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** What a checked file is. */
export type CheckedKind = 'practice-model' | 'case-record';

/** One problem in the `--json` report: a validation issue plus where it is in the file. */
export interface ReportedIssue extends ValidationIssue {
  /** 1-based line of the offending value (its key, for an object member), when found. */
  readonly line?: number;
  /** 1-based column, in UTF-16 code units as editors count them. */
  readonly column?: number;
}

/** One file in the `--json` report. */
export interface FileReport {
  readonly file: string;
  readonly kind: CheckedKind;
  readonly valid: boolean;
  /** For a case record: whether it was checked against the model (not when the model is invalid). */
  readonly checkedAgainstModel?: boolean;
  readonly issues: readonly ReportedIssue[];
}

/** The document `--json` prints. */
export interface ValidateReport {
  readonly valid: boolean;
  /** The number of problems across all files. */
  readonly problems: number;
  readonly files: readonly FileReport[];
}

const HELP = `Usage: practice-elements validate [--json] <model.json> [record.json]

Checks a practice model and, when given, a case record against it: the shape of
every field, and the references between parts (code lists, lanes, event and
relationship types, people named by events and relationships).

Options:
  --json       print one JSON report on stdout instead of lines of text
  -h, --help   show this help
  -v, --version
               show the version

Exit codes: 0 valid, 1 problems found, 2 wrong usage or a file that cannot be read.`;

/**
 * Runs the CLI with the given arguments (without `node` and the script name) and returns the exit
 * code. Never throws for bad input: unreadable files, bad JSON and invalid data are all reported.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  options: CliOptions = {},
): Promise<ExitCode> {
  const args = parseArgs(argv);
  switch (args.kind) {
    case 'help':
      io.stdout(HELP);
      return EXIT_CODES.valid;
    case 'version':
      io.stdout(options.version ?? 'unknown');
      return EXIT_CODES.valid;
    case 'usage-error':
      io.stderr(`practice-elements: ${printable(args.message)}`);
      io.stderr('Run "practice-elements --help" for usage.');
      return EXIT_CODES.usage;
    case 'validate':
      return validate(args.files, args.json, io);
  }
}

// ---------------------------------------------------------------------------------------------
// Arguments

type Args =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: string }
  | { readonly kind: 'validate'; readonly files: readonly string[]; readonly json: boolean };

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  let json = false;
  let help = false;
  let version = false;
  let optionsEnded = false;
  for (const arg of argv) {
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--help' || arg === '-h') {
      help = true;
    } else if (arg === '--version' || arg === '-v') {
      version = true;
    } else if (arg === '--json') {
      json = true;
    } else {
      return { kind: 'usage-error', message: `unknown option "${arg}"` };
    }
  }
  if (help || positional[0] === 'help') return { kind: 'help' };
  if (version) return { kind: 'version' };
  const [command, ...files] = positional;
  if (command === undefined)
    return { kind: 'usage-error', message: 'no command given; try "validate"' };
  if (command !== 'validate')
    return { kind: 'usage-error', message: `unknown command "${command}"` };
  if (files.length === 0)
    return { kind: 'usage-error', message: 'validate needs a practice model file' };
  if (files.length > 2) {
    return {
      kind: 'usage-error',
      message: 'validate takes a model file and at most one case record file',
    };
  }
  if (files.includes('-'))
    return { kind: 'usage-error', message: 'reading from standard input is not supported' };
  return { kind: 'validate', files, json };
}

// ---------------------------------------------------------------------------------------------
// Validation

interface Loaded {
  readonly file: string;
  readonly text: string;
  readonly value: unknown;
}

type LoadResult =
  | { readonly ok: true; readonly loaded: Loaded }
  | { readonly ok: false; readonly report: FileReport };

async function validate(files: readonly string[], json: boolean, io: CliIo): Promise<ExitCode> {
  const texts: string[] = [];
  for (const file of files) {
    try {
      texts.push(await io.readFile(file));
    } catch (error) {
      io.stderr(`practice-elements: cannot read ${printable(file)}: ${readError(error)}`);
      return EXIT_CODES.usage;
    }
  }

  const [modelFile = '', recordFile] = files;
  const [modelText = '', recordText = ''] = texts;
  const reports: FileReport[] = [];
  const notes: string[] = [];

  const modelLoad = load(modelFile, modelText, 'practice-model');
  let model: PracticeModel | undefined;
  if (modelLoad.ok) {
    const result = parsePracticeModel(modelLoad.loaded.value);
    if (result.ok) model = result.model;
    reports.push(fileReport(modelLoad.loaded, 'practice-model', result.ok ? [] : result.issues));
  } else {
    reports.push(modelLoad.report);
  }
  if (model)
    notes.push(`${modelFile}: valid practice model "${model.id}" version "${model.version}"`);

  if (recordFile !== undefined) {
    const recordLoad = load(recordFile, recordText, 'case-record');
    if (recordLoad.ok) {
      const result = parseCaseRecord(recordLoad.loaded.value, model);
      reports.push({
        ...fileReport(recordLoad.loaded, 'case-record', result.ok ? [] : result.issues),
        checkedAgainstModel: model !== undefined,
      });
      if (!model) {
        notes.push(
          `${recordFile}: checked without the model, which has problems; its event, relationship ` +
            'and agency types were not checked',
        );
      } else if (result.ok) {
        const { record } = result;
        notes.push(
          `${recordFile}: valid case record "${record.id}" (${count(record.persons.length, 'person')}, ` +
            `${count(record.events?.length ?? 0, 'event')})`,
        );
      }
    } else {
      reports.push(recordLoad.report);
    }
  }

  const problems = reports.reduce((sum, r) => sum + r.issues.length, 0);
  if (json) {
    const report: ValidateReport = { valid: problems === 0, problems, files: reports };
    io.stdout(JSON.stringify(report, null, 2));
  } else {
    for (const report of reports) {
      for (const found of report.issues) io.stdout(printable(formatIssue(report.file, found)));
    }
    for (const note of notes) io.stdout(printable(note));
    io.stdout(summary(reports, problems));
  }
  return problems === 0 ? EXIT_CODES.valid : EXIT_CODES.problems;
}

function load(file: string, text: string, kind: CheckedKind): LoadResult {
  const parsed = parseJsonText(text);
  if (parsed.ok) return { ok: true, loaded: { file, text, value: parsed.value } };
  const found: ReportedIssue = {
    path: '',
    segments: [],
    code: 'invalid-json',
    message: `not valid JSON: ${parsed.message}`,
    line: parsed.position.line,
    column: parsed.position.column,
  };
  return { ok: false, report: { file, kind, valid: false, issues: [found] } };
}

function fileReport(
  loaded: Loaded,
  kind: CheckedKind,
  issues: readonly ValidationIssue[],
): FileReport {
  const positions = issues.length
    ? locatePaths(
        loaded.text,
        issues.map((i) => i.segments),
      )
    : [];
  return {
    file: loaded.file,
    kind,
    valid: issues.length === 0,
    issues: issues.map((found, i) => withPosition(found, positions[i])),
  };
}

function withPosition(found: ValidationIssue, position: TextPosition | undefined): ReportedIssue {
  const { path, segments, code, message } = found;
  return position
    ? { path, segments, code, message, line: position.line, column: position.column }
    : { path, segments, code, message };
}

// ---------------------------------------------------------------------------------------------
// Output

/** `file:line:column: path: message`, leaving out what is unknown. */
function formatIssue(file: string, found: ReportedIssue): string {
  const where = found.line === undefined ? file : `${file}:${found.line}:${found.column ?? 1}`;
  return found.path ? `${where}: ${found.path}: ${found.message}` : `${where}: ${found.message}`;
}

function summary(reports: readonly FileReport[], problems: number): string {
  const checked = count(reports.length, 'file');
  if (problems === 0) return `${checked} checked: no problems found.`;
  const failing = reports.filter((r) => r.issues.length > 0).length;
  return `${checked} checked: ${count(problems, 'problem')} found in ${count(failing, 'file')}.`;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
}

/** Why a file could not be read, without a stack trace. */
function readError(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Makes text safe for a terminal: control characters (which could move the cursor or recolour
 * the screen) and bidirectional overrides (which could reorder what is shown) are escaped.
 */
function printable(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    const unsafe =
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x200e ||
      code === 0x200f ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069);
    out += unsafe ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }
  return out;
}
