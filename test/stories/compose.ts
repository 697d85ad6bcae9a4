/**
 * Composes the stories of a CSF file the way Storybook's preview does (its `processCSFFile`,
 * `normalizeStory` and `prepareStory`, and the web-components renderer's `renderToCanvas`), so
 * that test/stories/story-tests.ts can render every story, run its play function and check it
 * with axe, in web-test-runner, without a Storybook build.
 *
 * Supported: every named export is a story unless `includeStories`/`excludeStories` say
 * otherwise; story objects and story functions; `args` (project, meta, story) with `argTypes`
 * `mapping`; `render` (story, meta, project, then the default `<component>` render); decorators;
 * `parameters`; `tags` (a story tagged `!test` is not tested, as in Storybook's test runners);
 * loaders, `beforeEach` (with its cleanup) and `afterEach`; play functions with `canvasElement`,
 * `canvas`, `args`, `step`, `userEvent` and `mount`; Storybook's reset of `fn()` mocks before each
 * story; the a11y addon's parameters (`a11y.test`, `a11y.disable`, and rules switched off in
 * `a11y.config.rules`). A story that uses a Storybook feature not listed here (conditional args,
 * axe `options` or `context`) fails with a message naming it, rather than being checked
 * differently from Storybook.
 */
import { render as litRender } from 'lit';
import { isTemplateResult } from 'lit/directive-helpers.js';
import {
  clearAllMocks,
  isMockFunction,
  resetAllMocks,
  restoreAllMocks,
  uninstrumentedUserEvent,
  within,
} from 'storybook/test';

/** Story arguments, by name. */
export type Args = Record<string, unknown>;

/** Story, meta or project parameters. */
export type Parameters = Record<string, unknown>;

/** The story context handed to render functions, decorators, loaders, hooks and play functions. */
export interface StoryContext {
  id: string;
  name: string;
  title: string;
  tags: string[];
  component: unknown;
  args: Args;
  initialArgs: Args;
  argTypes: Record<string, ArgType>;
  parameters: Parameters;
  globals: Record<string, unknown>;
  loaded: Record<string, unknown>;
  viewMode: 'story';
  abortSignal: AbortSignal;
  canvasElement: HTMLElement;
  canvas: ReturnType<typeof within>;
  userEvent: ReturnType<typeof uninstrumentedUserEvent.setup>;
  step: (label: string, play: (context: StoryContext) => unknown) => Promise<void>;
  mount: () => Promise<ReturnType<typeof within>>;
  context: StoryContext;
}

/** The part of an `argTypes` entry that changes what a story receives. */
export interface ArgType {
  mapping?: Record<string, unknown>;
  if?: unknown;
}

type StoryFunction = (update?: Partial<StoryContext>) => unknown;
type Render = (args: Args, context: StoryContext) => unknown;
type Decorator = (story: StoryFunction, context: StoryContext) => unknown;
type Hook = (context: StoryContext) => unknown;

/** Annotations a project (`.storybook/preview.ts`), a meta or a story may carry. */
export interface Annotations {
  args?: Args;
  argTypes?: Record<string, ArgType>;
  parameters?: Parameters;
  decorators?: Decorator | Decorator[];
  loaders?: Hook | Hook[];
  beforeEach?: Hook | Hook[];
  afterEach?: Hook | Hook[];
  render?: Render;
  tags?: string[];
}

/** The default export of a CSF file. */
interface ComponentAnnotations extends Annotations {
  title?: string;
  id?: string;
  component?: unknown;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}

/** A named export of a CSF file, as an object (CSF 3) or a function with properties (CSF 2). */
interface StoryAnnotations extends Annotations {
  name?: string;
  storyName?: string;
  play?: Hook;
}

/** How the a11y addon checks a story: fail on violations, only report them, or not at all. */
export interface A11yCheck {
  test: 'error' | 'todo' | 'off';
  /** axe rules switched off: the addon's own (`region`) and any the story's parameters add. */
  ignoredRules: string[];
}

/** A story ready to render into a canvas. */
export interface ComposedStory {
  /** Storybook's story id, as in its URLs (`timeline--court-chronology`). */
  id: string;
  /** The name shown in Storybook's sidebar. */
  name: string;
  title: string;
  tags: string[];
  /** False for a story tagged `!test`. */
  tested: boolean;
  a11y: A11yCheck;
  hasPlay: boolean;
  /** Resets mocks, runs loaders and `beforeEach`, renders into `canvasElement`. */
  render(canvasElement: HTMLElement): Promise<void>;
  /** Runs the play function, if any, then `afterEach`. */
  play(): Promise<void>;
  /** Runs the cleanups `beforeEach` returned, last first. */
  cleanup(): Promise<void>;
}

/** The rules the a11y addon always switches off (landmarks are not always present in a story). */
export const ADDON_DISABLED_RULES = ['region'] as const;

const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Storybook's `toStartCaseStr`: `InvalidModel` -> `Invalid Model`. */
export function storyNameFromExport(key: string): string {
  return key
    .replace(/[_.-]/g, ' ')
    .replace(/([^\n])([A-Z])([a-z])/g, '$1 $2$3')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([a-z])([0-9])/gi, '$1 $2')
    .replace(/([0-9])([a-z])/gi, '$1 $2')
    .replace(/(\s|^)(\w)/g, (_match, space: string, letter: string) => space + letter.toUpperCase())
    .replace(/ +/g, ' ')
    .trim();
}

/** Storybook's `sanitize`: the form titles and names take in story ids. */
export function sanitize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');
}

/** Storybook's `isExportStory`. */
function isExportStory(key: string, meta: ComponentAnnotations): boolean {
  const matches = (pattern: string[] | RegExp): boolean =>
    Array.isArray(pattern) ? pattern.includes(key) : pattern.test(key);
  return (
    key !== '__esModule' &&
    key !== '__namedExportsOrder' &&
    (!meta.includeStories || matches(meta.includeStories)) &&
    (!meta.excludeStories || !matches(meta.excludeStories))
  );
}

/** Storybook's `combineTags`: later lists add tags, `!tag` removes one. */
function combineTags(...lists: string[][]): string[] {
  const tags = new Set<string>();
  for (const tag of lists.flat()) {
    if (tag.startsWith('!')) tags.delete(tag.slice(1));
    else tags.add(tag);
  }
  return [...tags];
}

/** The title Storybook would infer for a CSF file with no `title`: its path under stories/. */
function titleFromPath(path: string): string {
  return path
    .replace(/^stories\//, '')
    .replace(/\.stories\.ts$/, '')
    .split('/')
    .map(storyNameFromExport)
    .join('/');
}

/** The a11y addon's parameters for a story, read as the addon reads them. */
export function a11yCheck(parameters: Parameters): A11yCheck {
  const a11y = isObject(parameters['a11y']) ? parameters['a11y'] : {};
  const unsupported = ['options', 'context', 'element'].filter((key) => a11y[key] !== undefined);
  const config = isObject(a11y['config']) ? a11y['config'] : {};
  unsupported.push(
    ...Object.keys(config)
      .filter((key) => key !== 'rules')
      .map((key) => `config.${key}`),
  );
  const ignoredRules: string[] = [...ADDON_DISABLED_RULES];
  for (const rule of list(config['rules'] as unknown[] | undefined)) {
    if (!isObject(rule) || typeof rule['id'] !== 'string') continue;
    if (rule['enabled'] === false) ignoredRules.push(rule['id']);
    else if (rule['enabled'] === true) {
      const at = ignoredRules.indexOf(rule['id']);
      if (at !== -1) ignoredRules.splice(at, 1);
    }
    if (Object.keys(rule).some((key) => key !== 'id' && key !== 'enabled')) {
      unsupported.push(`config.rules (${rule['id']}: only "enabled" is supported)`);
    }
  }
  if (unsupported.length > 0) {
    const names = unsupported.map((key) => `\`${key}\``).join(', ');
    throw new Error(
      `The a11y parameters ${names} are not supported by test/stories/compose.ts: extend it ` +
        'so that this story is checked as the a11y addon checks it.',
    );
  }
  const test = a11y['disable'] === true ? 'off' : a11y['test'];
  return {
    test: test === 'off' || test === 'todo' ? test : 'error',
    ignoredRules,
  };
}

/** Applies `argTypes[name].mapping`, as Storybook does before a story receives its args. */
function mapArgs(args: Args, argTypes: Record<string, ArgType>): Args {
  const mapped: Args = { ...args };
  for (const [name, value] of Object.entries(args)) {
    const mapping = argTypes[name]?.mapping;
    if (mapping && typeof value === 'string' && value in mapping) mapped[name] = mapping[value];
  }
  return mapped;
}

/** The web-components renderer's default render: `<component>` with every arg as a property. */
function defaultRender(args: Args, context: StoryContext): unknown {
  if (typeof context.component !== 'string') {
    throw new Error(
      `Unable to render story ${context.id}: no render function and no component tag name.`,
    );
  }
  const element = document.createElement(context.component);
  Object.assign(element, args);
  return element;
}

/** The web-components renderer's `renderToCanvas`. */
function renderToCanvas(result: unknown, canvasElement: HTMLElement, name: string): void {
  if (isTemplateResult(result)) {
    const inner = document.createElement('div');
    inner.id = 'root-inner';
    canvasElement.replaceChildren(inner);
    litRender(result, inner);
  } else if (typeof result === 'string') {
    // As Storybook does for a story that returns an HTML snippet: the story's own markup.
    const template = document.createElement('template');
    template.innerHTML = result;
    canvasElement.replaceChildren(template.content);
  } else if (result instanceof Node) {
    canvasElement.replaceChildren(result);
  } else {
    throw new Error(`Expecting an HTML snippet or DOM node from the story "${name}".`);
  }
}

/** Storybook's reset of `fn()` mocks before each story (its `resetAllMocksLoader`). */
function resetMocks(parameters: Parameters): void {
  const test = isObject(parameters['test']) ? parameters['test'] : {};
  if (test['mockReset'] === true) resetAllMocks();
  else if (test['clearMocks'] === true) clearAllMocks();
  else if (test['restoreMocks'] !== false) restoreAllMocks();
}

/** Wraps the render function in the decorators, the first one innermost (story, meta, project). */
function decorate(
  render: (context: StoryContext) => unknown,
  decorators: Decorator[],
): (context: StoryContext) => unknown {
  return decorators.reduce<(context: StoryContext) => unknown>(
    (inner, decorator) => (context) =>
      decorator(
        (update) =>
          inner(
            update ? { ...context, ...update, args: { ...context.args, ...update.args } } : context,
          ),
        context,
      ),
    render,
  );
}

/** Storybook names each `fn()` mock in the args after its arg, for its messages. */
function nameMocks(args: Args): void {
  for (const [name, value] of Object.entries(args)) {
    if (isMockFunction(value)) value.mockName(name);
  }
}

/** The a11y check of a story, or the reason its parameters cannot be honoured here. */
function readA11y(parameters: Parameters): A11yCheck | Error {
  try {
    return a11yCheck(parameters);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function composeStory(
  exportName: string,
  exported: unknown,
  meta: ComponentAnnotations,
  title: string,
  project: Annotations,
): ComposedStory {
  // Problems found now are thrown when the story renders: they fail its test, not the file.
  const problems: Error[] = [];
  if (!isObject(exported) && typeof exported !== 'function') {
    problems.push(
      new Error(
        `The export "${exportName}" of "${title}" is not a story: export it from another ` +
          'module, or list it in the default export’s `excludeStories`.',
      ),
    );
  }
  const story = (exported ?? {}) as StoryAnnotations;
  const storyFunction = typeof exported === 'function' ? (exported as Render) : undefined;
  const name = story.name ?? story.storyName ?? storyNameFromExport(exportName);
  const id = `${sanitize(meta.id ?? title)}--${sanitize(storyNameFromExport(exportName))}`;
  const tags = combineTags(['dev', 'test'], project.tags ?? [], meta.tags ?? [], story.tags ?? []);
  const parameters: Parameters = {
    ...project.parameters,
    ...meta.parameters,
    ...story.parameters,
  };
  const argTypes: Record<string, ArgType> = {
    ...project.argTypes,
    ...meta.argTypes,
    ...story.argTypes,
  };
  const conditional = Object.keys(argTypes).filter((key) => argTypes[key]?.if !== undefined);
  if (conditional.length > 0) {
    problems.push(
      new Error(
        `Conditional args (argTypes ${conditional.join(', ')} with "if") are not supported by ` +
          'test/stories/compose.ts: extend it so that this story gets the args Storybook gives it.',
      ),
    );
  }
  const a11y = readA11y(parameters);
  if (a11y instanceof Error) problems.push(a11y);
  const initialArgs: Args = { ...project.args, ...meta.args, ...story.args };
  const render = storyFunction ?? story.render ?? meta.render ?? project.render ?? defaultRender;
  const decorators = [
    ...list(story.decorators),
    ...list(meta.decorators),
    ...list(project.decorators),
  ];
  const loaders = [...list(project.loaders), ...list(meta.loaders), ...list(story.loaders)];
  const beforeEach = [
    ...list(project.beforeEach),
    ...list(meta.beforeEach),
    ...list(story.beforeEach),
  ];
  const afterEach = [...list(story.afterEach), ...list(meta.afterEach), ...list(project.afterEach)];
  const cleanups: (() => unknown)[] = [];
  let context: StoryContext | undefined;

  return {
    id,
    name,
    title,
    tags,
    tested: tags.includes('test'),
    a11y: a11y instanceof Error ? { test: 'error', ignoredRules: [...ADDON_DISABLED_RULES] } : a11y,
    hasPlay: typeof story.play === 'function',

    async render(canvasElement) {
      const [problem] = problems;
      if (problem) throw problem;
      const canvas = within(canvasElement);
      const current: StoryContext = {
        id,
        name,
        title,
        tags,
        component: meta.component,
        args: mapArgs(initialArgs, argTypes),
        initialArgs,
        argTypes,
        parameters,
        globals: {},
        loaded: {},
        viewMode: 'story',
        abortSignal: new AbortController().signal,
        canvasElement,
        canvas,
        userEvent: uninstrumentedUserEvent.setup(),
        step: async (_label, play) => {
          await play(current);
        },
        mount: async () => canvas,
        get context() {
          return current;
        },
      };
      context = current;
      resetMocks(parameters);
      nameMocks(current.args);
      for (const loader of loaders) {
        const loaded = await loader(current);
        if (isObject(loaded)) Object.assign(current.loaded, loaded);
      }
      for (const hook of beforeEach) {
        const cleanup = await hook(current);
        if (typeof cleanup === 'function') cleanups.push(cleanup as () => unknown);
      }
      const storyFn = decorate((ctx) => render(ctx.args, ctx), decorators);
      renderToCanvas(storyFn(current), canvasElement, name);
    },

    async play() {
      if (!context) throw new Error(`Story ${id}: render it before playing it.`);
      if (typeof story.play === 'function') await story.play(context);
      for (const hook of afterEach) await hook(context);
    },

    async cleanup() {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    },
  };
}

/**
 * The stories of one CSF file, in export order.
 *
 * @param path the file's path from the repo root (for the inferred title and messages)
 * @param moduleExports the file's module namespace
 * @param project what `.storybook/preview.ts` adds to every story
 */
export function composeStories(
  path: string,
  moduleExports: Record<string, unknown>,
  project: Annotations,
): ComposedStory[] {
  const { default: defaultExport, ...named } = moduleExports;
  if (!isObject(defaultExport)) {
    throw new Error(`${path} has no default export (the story file's meta).`);
  }
  const meta = defaultExport as ComponentAnnotations;
  const title = meta.title ?? titleFromPath(path);
  return Object.keys(named)
    .filter((key) => isExportStory(key, meta))
    .map((key) => composeStory(key, named[key], meta, title, project));
}
