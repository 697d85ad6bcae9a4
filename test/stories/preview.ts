/**
 * What `.storybook/preview.ts` gives every story at run time, for test/stories/story-tests.ts.
 * That file cannot be imported here (it reads custom-elements.json through Vite's
 * `import.meta.glob`), so its run-time parts are repeated: keep the two in step. Its
 * `storySort` and `controls` settings only concern the Storybook UI.
 */
import '../../src/define.js';
import type { Annotations } from './compose.js';

/** The project annotations of `.storybook/preview.ts` that change how a story renders or is checked. */
export const preview: Annotations = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
  },
};
