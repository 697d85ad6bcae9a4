#!/usr/bin/env node
/**
 * The `practice-elements` command (package.json "bin"): the Node wrapper around
 * {@link runCli}, which holds all the logic. See docs/cli.md.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli/validate.js';
import { VERSION } from './version.js';

/**
 * The installed package's version, from the package.json next to dist/, so it is always the one
 * that runs. (A path, not `new URL('../package.json', import.meta.url)`: Vite would inline the
 * whole file into the build as a data URL.)
 */
async function packageVersion(): Promise<string> {
  try {
    const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json');
    const { version } = JSON.parse(await readFile(file, 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : VERSION;
  } catch {
    return VERSION;
  }
}

// exitCode rather than exit(): lets a piped stdout finish writing before Node stops.
process.exitCode = await runCli(
  process.argv.slice(2),
  {
    readFile: (path) => readFile(path, 'utf8'),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  },
  { version: await packageVersion() },
);
