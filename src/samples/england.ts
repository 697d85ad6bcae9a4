/**
 * The built-in England sample practice model: the Assessment Framework triangle, three-column
 * mapping with scaling, statutory code lists and timescales. Validated when the module loads.
 */
import { definePracticeModel, type PracticeModel } from '../model/index.js';
import { bilingual, englandCodeLists } from './code-lists.js';
import { childAndFamilyAssessment, threeColumnMapping } from './templates.js';
import { englandTimescales } from './timescales.js';
import {
  standardAgencyKinds,
  standardAudiences,
  standardEventTypes,
  standardLanes,
  standardRelationshipTypes,
} from './vocabularies.js';

/** The England sample practice model (`sample-england`), in English with some Welsh. */
export const sampleModel: PracticeModel = definePracticeModel({
  id: 'sample-england',
  version: '1.0.0',
  name: bilingual('England sample practice model', 'Model ymarfer enghreifftiol Lloegr'),
  description:
    'A sample model for children’s social care in England: the Assessment Framework triangle, three-column mapping with scaling, statutory codes and timescales.',
  division: 'england-and-wales',
  locales: ['en-GB', 'cy'],
  codeLists: englandCodeLists,
  templates: [childAndFamilyAssessment, threeColumnMapping],
  relationshipTypes: standardRelationshipTypes,
  genogram: {
    notation: 'mcgoldrick',
    show: { ages: true, dates: true, occupation: true, genderIdentity: true },
  },
  lanes: standardLanes,
  agencyKinds: standardAgencyKinds,
  eventTypes: standardEventTypes,
  timescales: englandTimescales,
  audiences: standardAudiences,
});

/** The three-column mapping preset on its own: the England model with only that template. */
export const threeColumnModel: PracticeModel = definePracticeModel({
  ...sampleModel,
  id: 'sample-three-column',
  name: bilingual('Three-column mapping with scaling', 'Mapio tair colofn gyda graddio'),
  description:
    'Safety mapping: what are we worried about, what is working well, what needs to happen, and a 0 to 10 scale.',
  templates: [threeColumnMapping],
});
