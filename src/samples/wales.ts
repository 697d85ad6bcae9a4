/**
 * The Wales "what matters" preset: a children's assessment under Part 3 of the Social Services
 * and Well-being (Wales) Act 2014, bilingual throughout, with the 42-working-day timescale.
 */
import { definePracticeModel, type CodeList, type PracticeModel } from '../model/index.js';
import { bilingual, englandCodeLists } from './code-lists.js';
import { walesTimescales } from './timescales.js';
import {
  standardAgencyKinds,
  standardAudiences,
  standardEventTypes,
  standardLanes,
  standardRelationshipTypes,
} from './vocabularies.js';

/** The language a person prefers to be worked with in (Welsh Language Standards). */
const languagePreference: CodeList = {
  id: 'language-preference',
  version: '1',
  name: bilingual('Language preference', 'Dewis iaith'),
  codes: [
    { code: 'cy', label: bilingual('Welsh', 'Cymraeg') },
    { code: 'en', label: bilingual('English', 'Saesneg') },
    { code: 'bilingual', label: bilingual('Welsh and English', 'Cymraeg a Saesneg') },
    { code: 'other', label: bilingual('Another language', 'Iaith arall') },
  ],
};

/** The eligibility decision at the end of a Part 3 assessment. Local wording (sample). */
const eligibilityDecisions: CodeList = {
  id: 'eligibility-decision',
  version: '1',
  name: bilingual('Eligibility decision', 'Penderfyniad cymhwystra'),
  source: 'Local list (sample), after the Part 4 Code of Practice eligibility criteria',
  codes: [
    {
      code: 'eligible',
      label: bilingual(
        'Eligible: a care and support plan is needed',
        'Cymwys: mae angen cynllun gofal a chymorth',
      ),
    },
    {
      code: 'information-advice',
      label: bilingual(
        'Needs can be met by information, advice or assistance',
        'Gellir diwallu anghenion drwy wybodaeth, cyngor neu gymorth',
      ),
    },
    {
      code: 'preventative',
      label: bilingual(
        'Needs can be met by preventative or community services',
        'Gellir diwallu anghenion drwy wasanaethau ataliol neu gymunedol',
      ),
    },
    {
      code: 'no-needs',
      label: bilingual('No care and support needs', 'Dim anghenion gofal a chymorth'),
    },
  ],
};

/** Wales "what matters": personal outcomes in the person's own words and an eligibility decision. */
export const whatMattersModel: PracticeModel = definePracticeModel({
  id: 'sample-wales-what-matters',
  version: '1.0.0',
  name: bilingual('Wales sample: what matters', 'Enghraifft Cymru: beth sy’n bwysig'),
  description: bilingual(
    'A children’s assessment under the Social Services and Well-being (Wales) Act 2014.',
    'Asesiad plant o dan Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014.',
  ),
  division: 'england-and-wales',
  locales: ['en-GB', 'cy'],
  codeLists: [...englandCodeLists, languagePreference, eligibilityDecisions],
  templates: [
    {
      id: 'what-matters',
      name: bilingual('Children’s assessment: what matters', 'Asesiad plant: beth sy’n bwysig'),
      subject: 'child',
      timescale: 'wales-children-assessment',
      requiresAuthorisation: true,
      sections: [
        {
          id: 'language',
          title: bilingual('Language', 'Iaith'),
          questions: [
            {
              id: 'active-offer',
              type: 'yes-no',
              label: bilingual(
                'Was the child and family offered the assessment in Welsh?',
                'A gynigiwyd yr asesiad yn Gymraeg i’r plentyn a’r teulu?',
              ),
              required: true,
            },
            {
              id: 'preferred-language',
              type: 'single-choice',
              label: bilingual('Preferred language', 'Dewis iaith'),
              codeList: 'language-preference',
              required: true,
            },
            {
              id: 'other-language',
              type: 'text',
              label: bilingual('Which language?', 'Pa iaith?'),
              visibleWhen: { question: 'preferred-language', op: 'equals', value: 'other' },
              requiredWhen: { question: 'preferred-language', op: 'equals', value: 'other' },
            },
            {
              id: 'interpreter-needed',
              type: 'yes-no',
              label: bilingual('Is an interpreter needed?', 'A oes angen cyfieithydd?'),
            },
          ],
        },
        {
          id: 'what-matters',
          title: bilingual('What matters to me', 'Beth sy’n bwysig i mi'),
          questions: [
            {
              id: 'personal-outcomes',
              type: 'entries',
              entry: 'outcome',
              label: bilingual(
                'Personal outcomes, in the child’s own words',
                'Canlyniadau personol, yng ngeiriau’r plentyn ei hun',
              ),
              minItems: 1,
              required: true,
            },
            {
              id: 'child-voice',
              type: 'entries',
              entry: 'child-voice',
              label: bilingual('What the child told us', 'Beth ddywedodd y plentyn wrthym'),
            },
          ],
        },
        {
          id: 'strengths-barriers-risks',
          title: bilingual('Strengths, barriers and risks', 'Cryfderau, rhwystrau a risgiau'),
          questions: [
            {
              id: 'strengths',
              type: 'entries',
              entry: 'strength',
              label: bilingual(
                'Strengths and resources of the child, family and community',
                'Cryfderau ac adnoddau’r plentyn, y teulu a’r gymuned',
              ),
            },
            {
              id: 'barriers',
              type: 'entries',
              entry: 'worry',
              label: bilingual(
                'Barriers to achieving these outcomes',
                'Rhwystrau rhag cyflawni’r canlyniadau hyn',
              ),
            },
            {
              id: 'risks',
              type: 'entries',
              entry: 'worry',
              label: bilingual('Risks to the child or others', 'Risgiau i’r plentyn neu i eraill'),
            },
          ],
        },
        {
          id: 'eligibility',
          title: bilingual('Eligibility', 'Cymhwystra'),
          questions: [
            {
              id: 'eligibility-decision',
              type: 'single-choice',
              label: bilingual('Eligibility decision', 'Penderfyniad cymhwystra'),
              codeList: 'eligibility-decision',
              display: 'radios',
              required: true,
            },
            {
              id: 'eligibility-reason',
              type: 'long-text',
              label: bilingual('Reasons for the decision', 'Rhesymau dros y penderfyniad'),
              citations: true,
              required: true,
            },
            {
              id: 'next-steps',
              type: 'entries',
              entry: 'next-step',
              label: bilingual('What happens next', 'Beth sy’n digwydd nesaf'),
              visibleWhen: { question: 'eligibility-decision', op: 'notEquals', value: 'no-needs' },
            },
          ],
        },
      ],
    },
  ],
  relationshipTypes: standardRelationshipTypes,
  genogram: { notation: 'mcgoldrick' },
  lanes: standardLanes,
  agencyKinds: standardAgencyKinds,
  eventTypes: standardEventTypes,
  timescales: walesTimescales,
  audiences: standardAudiences,
});
