// Share 1 of 2 of the Storybook stories: see ./story-tests.ts.
import { defineStoryTests } from './story-tests.js';

defineStoryTests(1, 2);
