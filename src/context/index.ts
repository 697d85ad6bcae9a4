/** Context keys shared between `<practice-case>` and the views inside it. */
export { caseContext, type CaseContextValue } from './case-context.js';
