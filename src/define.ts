/**
 * `practice-elements/define`: registers every element. The one import a page needs:
 * `import 'practice-elements/define';`. Each element can also be registered on its own
 * (`practice-elements/practice-timeline`).
 */
import './components/case/practice-case.js';
import './components/assessment/practice-assessment.js';
import './components/genogram/practice-genogram.js';
import './components/timeline/practice-timeline.js';
