import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * Library build: one ES module per source module (preserveModules), so a host that imports one
 * element loads only what that element needs. Runtime dependencies stay external.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: src('index.ts'),
        define: src('define.ts'),
        'model/index': src('model/index.ts'),
        'samples/index': src('samples/index.ts'),
        'components/case/practice-case': src('components/case/practice-case.ts'),
        'components/assessment/practice-assessment': src(
          'components/assessment/practice-assessment.ts',
        ),
        'components/genogram/practice-genogram': src('components/genogram/practice-genogram.ts'),
        'components/timeline/practice-timeline': src('components/timeline/practice-timeline.ts'),
        'controllers/autosave-indexeddb': src('controllers/autosave-indexeddb.ts'),
        cli: src('cli.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^node:/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
