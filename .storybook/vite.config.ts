import { defineConfig, type Plugin } from 'vite';

/** `src/define.ts` and the registration files `src/components/<name>/practice-<name>.ts`. */
const REGISTRATION = /\/src\/(define|components\/[^/]+\/practice-[^/]+)\.ts$/;

/**
 * package.json `sideEffects` lists the registration files as they are published (`./dist/...`),
 * so a production bundle of the sources treats `src/define.ts` as side-effect free and drops the
 * `customElements.define` calls: the built Storybook would show undefined elements. This marks
 * the source registration files as having side effects, for the showcase build only.
 */
function keepRegistrations(): Plugin {
  return {
    name: 'practice-elements:keep-registrations',
    transform(code, id) {
      if (!REGISTRATION.test(id.split('?')[0] ?? '')) return null;
      return { code, map: null, moduleSideEffects: true };
    },
  };
}

/**
 * Vite config for Storybook only (see `.storybook/main.ts`); the repo's `vite.config.ts` is the
 * library build. Lit's legacy decorators (`@property`, `@state`) are compiled by Vite's TypeScript
 * transform, which reads `experimentalDecorators` and `useDefineForClassFields: false` from the
 * repo tsconfig.json.
 */
export default defineConfig({
  plugins: [keepRegistrations()],
  build: { target: 'es2022' },
});
