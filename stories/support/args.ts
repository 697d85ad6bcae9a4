/**
 * The presentation attributes every view story exposes as controls: audience (redaction), locale
 * and today's date. The data (`.model`, `.record`) is not a control: each story passes one of the
 * sample data sets from `src/samples`.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { SAMPLE_TODAY, sampleModel } from '../../src/samples/index.js';

/** Controls shared by the timeline, genogram, assessment and case stories. */
export interface ViewArgs {
  /** An audience id of the model, or `''` for a practitioner's full view. */
  audience: string;
  /** `en-GB` or `cy`. */
  locale: string;
  /** Today's date for ages and timescales. */
  today: string;
}

/** The defaults: a practitioner's view in English on the sample case's "today". */
export const viewArgs: ViewArgs = { audience: '', locale: 'en-GB', today: SAMPLE_TODAY };

/** Select controls for the shared attributes, listing the sample model's audiences. */
export const viewArgTypes: Partial<ArgTypes<ViewArgs>> = {
  audience: {
    control: 'select',
    options: ['', ...(sampleModel.audiences ?? []).map((audience) => audience.id)],
    description: 'Audience id whose redaction applies (empty: practitioner, sees everything).',
  },
  locale: { control: 'inline-radio', options: ['en-GB', 'cy'] },
  today: { control: 'text', description: "Today's date, YYYY-MM-DD." },
};

/** An attribute value, or `undefined` (attribute left off) for an empty control. */
export function optional(value: string): string | undefined {
  return value === '' ? undefined : value;
}
