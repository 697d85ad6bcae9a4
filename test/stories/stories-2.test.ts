// Share 2 of 2 of the Storybook stories: see ./story-tests.ts.
import { defineStoryTests } from './story-tests.js';

defineStoryTests(2, 2);
