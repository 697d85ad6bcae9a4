// Finds the Chromium that @web/test-runner will drive, or explains how to install one.
// Runs before `npm test` so a missing browser is a one-line fix, not a stack trace.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

const found = candidates.find((path) => existsSync(path));
if (!found) {
  console.error(
    [
      'practice-elements: no Chromium found for the browser tests.',
      'Install Debian/Ubuntu Chromium:   sudo apt-get install -y chromium',
      'or point CHROME_PATH at a Chrome or Chromium executable:   CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
