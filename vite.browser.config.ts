import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * V8's explicit compile hint (Chrome and Edge 136 and later; to other browsers, a comment): compile
 * every function of the file while the file loads, on a background thread, rather than each on
 * the main thread the first time it is called. Nearly all of an element's code runs on its first
 * render, so this moves that compilation out of the first render. It has to be a file's first
 * line. test/components/browser-build.test.ts checks every file has it.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Browser build (`dist/browser/`): for pages without a bundler (server-rendered pages, strict CSP,
 * no import map). Each entry is loaded with one `<script type="module" src>`; the dependencies
 * (Lit, zod) are included, the code shared between entries is in `chunks/`, each module loaded
 * once. Minified, with the compile hint on every file.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist/browser',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: {
        index: src('index.ts'),
        define: src('define.ts'),
        'practice-case': src('components/case/practice-case.ts'),
        'practice-assessment': src('components/assessment/practice-assessment.ts'),
        'practice-genogram': src('components/genogram/practice-genogram.ts'),
        'practice-timeline': src('components/timeline/practice-timeline.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: {
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[hash].js',
        banner: COMPILE_HINT,
      },
    },
  },
});
