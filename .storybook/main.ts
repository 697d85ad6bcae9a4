import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook showcase for practice-elements (`npm start`).
 *
 * Storybook builds with its own small Vite config (`.storybook/vite.config.ts`), never the repo's
 * `vite.config.ts`: that one is a library build (`build.lib`, preserveModules, externals) and would
 * leave Lit and zod out of the showcase bundle.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: {
    // The showcase makes no network requests of its own: no telemetry, no crash reports,
    // no "what's new" fetches.
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    // Belt and braces: whatever config Vite found, the showcase is an app, never a library build.
    if (viteConfig.build) delete viteConfig.build.lib;
    return viteConfig;
  },
};

export default config;
