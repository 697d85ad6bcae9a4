// The timeline's benchmark page (ours.mjs) built from one or more checkouts, for comparing builds
// in the same browser: `/<name>.js` and `/<name>.html` for each, served by `startServer`.
import { bundle } from '../harness.mjs';

/** Files of the page for each build: `roots` maps a name to a checkout's directory. */
export async function pagesOf(roots) {
  const files = {};
  for (const [name, root] of Object.entries(roots)) {
    const { code } = await bundle({ contents: `await import('./bench/timeline/ours.mjs');`, root });
    files[`/${name}.js`] = code;
    files[`/${name}.html`] = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<style>body { margin: 0; } .stage { width: 1200px; min-height: 800px; }</style></head>
<body><div class="stage"></div><script type="module" src="/${name}.js"></script></body></html>`;
  }
  return files;
}
