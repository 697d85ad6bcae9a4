/**
 * Every Storybook story, in `npm test`: each story of every `stories/**\/*.stories.ts` file (found
 * when the test runs; nothing to list here) is composed as Storybook composes it
 * (./compose.ts), rendered into a canvas, left to finish updating, its play function run, and
 * then checked with axe as the a11y addon checks it (its "region" rule off, and any rule the
 * story's `a11y` parameters switch off). A story that fails to render, fails its play function or
 * has an axe violation fails its test.
 *
 * The stories are shared out between the `stories-<n>.test.ts` files, so that the test runner
 * checks them in parallel pages. test/stories/wtr-plugin.mjs serves the list of story files
 * (`virtual:stories`), a browser bundle of `storybook/test` and the CSS the stories import.
 * `scripts/check-stories-a11y.mjs` makes the same check against a built Storybook, inside
 * Storybook's own preview.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { storyFiles } from 'virtual:stories';
import { composeStories, type ComposedStory } from './compose.js';
import { preview } from './preview.js';

/**
 * Long enough for the largest stories on a loaded machine (axe over the 2,000-person genogram, about
 * 6,400 elements with its paginated text equivalent); a guard against a hang, not a performance
 * budget.
 */
const STORY_TIMEOUT_MS = 60_000;

/** The viewport `scripts/check-stories-a11y.mjs` uses, so layouts match the Storybook check. */
const VIEWPORT = { width: 1280, height: 900 };

interface LoadedFile {
  path: string;
  stories: ComposedStory[];
  error?: unknown;
}

const files: LoadedFile[] = await Promise.all(
  storyFiles.map(async ({ path, load }): Promise<LoadedFile> => {
    try {
      return { path, stories: composeStories(path, await load(), preview) };
    } catch (error) {
      return { path, stories: [], error };
    }
  }),
);

interface Updating {
  updateComplete?: Promise<unknown>;
}

/** Every element under `root`, through open shadow roots. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/**
 * Waits until every Lit element in `root` has finished updating (an update can schedule its
 * children's: a provider's, say), then for two frames, as the Storybook check does.
 */
async function settle(root: HTMLElement): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const pending = deepElements(root)
      .map((element) => (element as Updating).updateComplete)
      .filter((update): update is Promise<unknown> => update instanceof Promise);
    const results = await Promise.all(pending);
    if (results.every((done) => done !== false)) break;
  }
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

/** Renders the story, runs its play function and checks it with axe, as Storybook would. */
async function checkStory(story: ComposedStory): Promise<void> {
  const canvasElement = document.createElement('div');
  canvasElement.id = 'storybook-root';
  document.body.append(canvasElement);
  try {
    await story.render(canvasElement);
    await settle(canvasElement);
    await story.play();
    await settle(canvasElement);
    if (story.a11y.test === 'off') return;
    const options = { ignoredRules: story.a11y.ignoredRules };
    if (story.a11y.test === 'error') {
      await expect(canvasElement).to.be.accessible(options);
    } else {
      // `a11y: { test: 'todo' }`: the addon shows violations as warnings and the story passes.
      try {
        await expect(canvasElement).to.be.accessible(options);
      } catch (error) {
        console.warn(`${story.id} (a11y todo):`, error);
      }
    }
  } finally {
    await story.cleanup();
    canvasElement.remove();
  }
}

/**
 * Defines the tests of one share of the stories: every `shares`-th story, starting with the
 * `share`-th (1-based), in file and export order. The first share also checks that story files
 * were found and reports story files that fail to load.
 */
export function defineStoryTests(share: number, shares: number): void {
  before(async () => {
    await setViewport(VIEWPORT);
  });

  if (share === 1) {
    describe('Storybook stories', () => {
      it('finds the story files', () => {
        expect(files.map((file) => file.path)).to.not.be.empty;
        expect(files.flatMap((file) => file.stories)).to.not.be.empty;
      });
    });
  }

  // Storybook's test runners leave out a story tagged `!test`.
  const tested = files.flatMap((file) => file.stories.filter((story) => story.tested));
  const mine = new Set(tested.filter((_story, index) => index % shares === share - 1));
  for (const file of files) {
    const stories = file.stories.filter((story) => mine.has(story));
    if (stories.length === 0 && (file.error === undefined || share !== 1)) continue;
    describe(file.path, () => {
      if (file.error !== undefined && share === 1) {
        it('loads', () => {
          throw file.error;
        });
      }
      for (const story of stories) {
        it(`${story.name} (${story.id})`, async function () {
          this.timeout(STORY_TIMEOUT_MS);
          await checkStory(story);
        });
      }
    });
  }
}
