import { defineConfig } from 'vite';

/**
 * Vite config for Storybook only (see `.storybook/main.ts`). Lit's legacy decorators
 * (`@property`, `@state`) are compiled by Vite's TypeScript transform, which reads
 * `experimentalDecorators` and `useDefineForClassFields: false` from the repo tsconfig.json.
 */
export default defineConfig({
  build: { target: 'es2022' },
});
