// Writes the JSON Schema files editors use to check hand-written models and records:
//   dist/schemas/practice-model.schema.json
//   dist/schemas/case-record.schema.json
// Runs after `vite build`, from the built model entry, so the files match the shipped validator.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = pathToFileURL(`${root}dist/model/index.js`).href;
const outDir = `${root}dist/schemas/`;

let model;
try {
  model = await import(entry);
} catch (error) {
  console.error(`json-schemas: cannot import ${entry}; run \`vite build\` first.`);
  console.error(error);
  process.exit(1);
}

const { practiceModelJsonSchema, caseRecordJsonSchema } = model;
if (typeof practiceModelJsonSchema !== 'function' || typeof caseRecordJsonSchema !== 'function') {
  console.error(
    'json-schemas: dist/model/index.js does not export practiceModelJsonSchema and ' +
      "caseRecordJsonSchema; add `export * from './json-schema.js';` to src/model/index.ts.",
  );
  process.exit(1);
}

await mkdir(outDir, { recursive: true });
for (const [file, schema] of [
  ['practice-model.schema.json', practiceModelJsonSchema()],
  ['case-record.schema.json', caseRecordJsonSchema()],
]) {
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  await writeFile(`${outDir}${file}`, text);
  console.log(`json-schemas: wrote dist/schemas/${file} (${(text.length / 1024).toFixed(1)} KiB)`);
}
