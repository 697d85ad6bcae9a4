// Makes the built CLI runnable as `practice-elements` (package.json "bin"): vite's library build
// may drop the `#!/usr/bin/env node` line of src/cli.ts, and npm only links executable files.
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const shebang = '#!/usr/bin/env node';

let text;
try {
  text = await readFile(cli, 'utf8');
} catch (error) {
  console.error(`postbuild-cli: cannot read ${cli}; run \`vite build\` first.`);
  console.error(error);
  process.exit(1);
}
if (!text.startsWith('#!')) {
  await writeFile(cli, `${shebang}\n${text}`);
  console.log('postbuild-cli: added the shebang to dist/cli.js');
}
await chmod(cli, 0o755);
