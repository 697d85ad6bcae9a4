/**
 * `virtual:stories`, served by test/stories/wtr-plugin.mjs: every `stories/**\/*.stories.ts`
 * file, found when the test runs.
 */
declare module 'virtual:stories' {
  /** One story file: its path from the repo root and a lazy import of its module. */
  export interface StoryFile {
    path: string;
    load: () => Promise<Record<string, unknown>>;
  }

  /** Every story file, sorted by path. */
  export const storyFiles: readonly StoryFile[];
}
