/**
 * Assessment templates of the England sample model: the Assessment Framework triangle child and
 * family assessment, and three-column mapping with 0-10 scaling (named neutrally). The triangle's
 * domains and dimensions are from the Framework for the Assessment of Children in Need and their
 * Families (DH 2000, Crown copyright); the prompts are our own words.
 */
import type { AssessmentTemplate, Question, Section } from '../model/index.js';
import { bilingual } from './code-lists.js';

interface Dimension {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
}

/** Strengths, concerns and evidence source for one dimension of the triangle. */
function dimensionQuestions(dimension: Dimension): Question[] {
  return [
    {
      id: dimension.id,
      type: 'content',
      label: dimension.label,
      body: dimension.hint,
    },
    {
      id: `${dimension.id}-strengths`,
      type: 'long-text',
      label: `${dimension.label}: strengths`,
      hint: 'What is going well, and who says so.',
    },
    {
      id: `${dimension.id}-concerns`,
      type: 'long-text',
      label: `${dimension.label}: concerns`,
      hint: 'What worries you, how often it happens and what impact it has on the child.',
    },
    {
      id: `${dimension.id}-evidence`,
      type: 'multiple-choice',
      label: `${dimension.label}: evidence source`,
      codeList: 'evidence-source',
    },
  ];
}

const developmentalNeeds: Dimension[] = [
  {
    id: 'health',
    label: 'Health',
    hint: 'Growth, development, physical and mental health, health care and appointments kept.',
  },
  {
    id: 'education',
    label: 'Education',
    hint: 'Learning, attendance, progress and special educational needs.',
  },
  {
    id: 'emotional-behavioural',
    label: 'Emotional and behavioural development',
    hint: 'Feelings and behaviour, attachment, resilience, responses to stress.',
  },
  {
    id: 'identity',
    label: 'Identity',
    hint: 'Sense of self, culture, religion, language, gender and sexuality.',
  },
  {
    id: 'family-social-relationships',
    label: 'Family and social relationships',
    hint: 'Relationships with parents, siblings, wider family and friends.',
  },
  {
    id: 'social-presentation',
    label: 'Social presentation',
    hint: 'How the child appears to others and understands how they come across.',
  },
  {
    id: 'self-care',
    label: 'Self-care skills',
    hint: 'Practical and emotional independence for the child’s age.',
  },
];

const parentingCapacity: Dimension[] = [
  {
    id: 'basic-care',
    label: 'Basic care',
    hint: 'Food, warmth, shelter, clean clothing, hygiene and health care.',
  },
  {
    id: 'ensuring-safety',
    label: 'Ensuring safety',
    hint: 'Protection from harm and danger at home and elsewhere.',
  },
  {
    id: 'emotional-warmth',
    label: 'Emotional warmth',
    hint: 'Praise, encouragement, comfort and a secure relationship.',
  },
  { id: 'stimulation', label: 'Stimulation', hint: 'Play, talk, learning and school attendance.' },
  {
    id: 'guidance-boundaries',
    label: 'Guidance and boundaries',
    hint: 'Consistent, age-appropriate rules and modelling of behaviour.',
  },
  {
    id: 'stability',
    label: 'Stability',
    hint: 'Consistent care givers, routines and relationships.',
  },
];

const familyEnvironment: Dimension[] = [
  {
    id: 'family-history',
    label: 'Family history and functioning',
    hint: 'Who lives in the home, family history, relationships and changes.',
  },
  {
    id: 'wider-family',
    label: 'Wider family',
    hint: 'Who else matters to the child and what support they give.',
  },
  { id: 'housing', label: 'Housing', hint: 'Suitability, safety, amenities and tenancy.' },
  {
    id: 'employment',
    label: 'Employment',
    hint: 'Who works in the household and how work affects the family.',
  },
  {
    id: 'income',
    label: 'Income',
    hint: 'Whether income meets the family’s needs; debts and benefits.',
  },
  {
    id: 'social-integration',
    label: "Family's social integration",
    hint: 'Links with neighbours and community; isolation or discrimination.',
  },
  {
    id: 'community-resources',
    label: 'Community resources',
    hint: 'Access to health, schools, transport, play and faith groups.',
  },
];

const aboutSection: Section = {
  id: 'about',
  title: bilingual('About the assessment', 'Am yr asesiad'),
  questions: [
    {
      id: 'reason-for-assessment',
      type: 'long-text',
      label: bilingual('Why is this assessment happening?', 'Pam mae’r asesiad hwn yn digwydd?'),
      required: true,
    },
    {
      id: 'adults-in-household',
      type: 'group',
      label: 'Adults in the household',
      itemLabel: 'Adult',
      minItems: 1,
      questions: [
        { id: 'adult', type: 'person', label: 'Who is this adult?', offer: 'adults' },
        {
          id: 'adult-relationship',
          type: 'text',
          label: 'Relationship to the children',
          maxLength: 200,
        },
        { id: 'adult-agreed', type: 'yes-no', label: 'Have they agreed to take part?' },
        {
          id: 'adult-not-agreed-reason',
          type: 'long-text',
          label: 'Why not, and what has been tried?',
          visibleWhen: { question: 'adult-agreed', op: 'equals', value: false },
          requiredWhen: { question: 'adult-agreed', op: 'equals', value: false },
        },
      ],
    },
  ],
};

const developmentalSection: Section = {
  id: 'developmental-needs',
  title: bilingual("Child's developmental needs", 'Anghenion datblygiadol y plentyn'),
  description: 'Answered for each child: their own development, whatever their siblings’.',
  perChild: true,
  questions: developmentalNeeds.flatMap(dimensionQuestions),
};

const parentingSection: Section = {
  id: 'parenting-capacity',
  title: bilingual('Parenting capacity', 'Gallu i rianta'),
  questions: [
    {
      id: 'parenting-capacity-of',
      type: 'person',
      label: 'Parenting capacity of',
      hint: 'Choose the parents and carers this section is about.',
      offer: 'adults',
      multiple: true,
      required: true,
    },
    ...parentingCapacity.flatMap(dimensionQuestions),
  ],
};

const familySection: Section = {
  id: 'family-environment',
  title: bilingual('Family and environmental factors', 'Ffactorau teuluol ac amgylcheddol'),
  questions: familyEnvironment.flatMap(dimensionQuestions),
};

const risksSection: Section = {
  id: 'risks',
  title: bilingual('Risks in the household', 'Risgiau yn y cartref'),
  questions: [
    {
      id: 'domestic-abuse',
      type: 'yes-no',
      label: bilingual('Is there domestic abuse?', 'A oes cam-drin domestig?'),
      allowUnknown: true,
      required: true,
    },
    {
      id: 'domestic-abuse-details',
      type: 'long-text',
      label: 'What is happening, and how does it affect the children?',
      visibleWhen: { question: 'domestic-abuse', op: 'equals', value: true },
      requiredWhen: { question: 'domestic-abuse', op: 'equals', value: true },
      sensitivity: ['third-party'],
    },
    {
      id: 'marac-referral',
      type: 'yes-no',
      label: 'Has the adult been referred to a multi-agency risk assessment conference?',
      visibleWhen: { question: 'domestic-abuse', op: 'equals', value: true },
    },
    {
      id: 'substance-misuse',
      type: 'yes-no',
      label: 'Does a parent or carer misuse drugs or alcohol?',
      allowUnknown: true,
    },
    {
      id: 'parental-mental-health',
      type: 'yes-no',
      label: 'Does a parent or carer have mental health difficulties that affect their care?',
      allowUnknown: true,
      sensitivity: ['health'],
    },
    {
      id: 'home-safety-scale',
      type: 'scale',
      label: 'On a scale of 0 to 10, how safe is home for the children?',
      hint: 'Ask each person for their own number.',
      min: 0,
      max: 10,
      anchors: [
        { value: 0, label: 'The children will certainly be harmed again' },
        { value: 5, label: 'Some safety, not yet enough' },
        { value: 10, label: 'Safe enough for the children to stay at home without us' },
      ],
      raters: ['worker', 'parent', 'child', 'manager'],
      polarity: 'higher-is-better',
    },
  ],
};

const voiceSection: Section = {
  id: 'child-voice',
  title: bilingual("Child's wishes and feelings", 'Dymuniadau a theimladau’r plentyn'),
  description: 'In the child’s own words, as far as possible.',
  perChild: true,
  questions: [
    {
      id: 'child-seen',
      type: 'yes-no',
      label: 'Was the child seen during the assessment?',
      required: true,
    },
    {
      id: 'child-seen-alone',
      type: 'yes-no',
      label: 'Was the child seen alone?',
      visibleWhen: { question: 'child-seen', op: 'equals', value: true },
      requiredWhen: { question: 'child-seen', op: 'equals', value: true },
    },
    {
      id: 'wishes-and-feelings',
      type: 'entries',
      entry: 'child-voice',
      label: bilingual('What the child told us', 'Beth ddywedodd y plentyn wrthym'),
      hint: 'Record who said it, when, and how (own words, a drawing described, an advocate).',
      minItems: 1,
    },
  ],
};

const analysisSection: Section = {
  id: 'analysis',
  title: bilingual('Analysis and decision', 'Dadansoddiad a phenderfyniad'),
  perChild: true,
  questions: [
    {
      id: 'analysis',
      type: 'long-text',
      label: bilingual('Analysis', 'Dadansoddiad'),
      hint: 'What does the evidence mean for this child? Cite the answers you rely on.',
      citations: true,
      required: true,
    },
    {
      id: 'primary-need',
      type: 'single-choice',
      label: 'Primary need',
      codeList: 'primary-need',
      display: 'select',
    },
    {
      id: 'decision',
      type: 'single-choice',
      label: bilingual('Decision', 'Penderfyniad'),
      codeList: 'assessment-decision',
      display: 'radios',
      required: true,
    },
    {
      id: 'decision-reason',
      type: 'long-text',
      label: 'Why is no further service needed?',
      visibleWhen: { question: 'decision', op: 'in', value: ['nfa', 'universal'] },
      requiredWhen: { question: 'decision', op: 'in', value: ['nfa', 'universal'] },
    },
    {
      id: 'cin-factors',
      type: 'multiple-choice',
      label: 'Factors identified at the end of assessment',
      hint: 'Select every factor the assessment found.',
      codeList: 'cin-assessment-factors',
      minSelected: 1,
      required: true,
    },
  ],
};

/** The Assessment Framework triangle as a family assessment: 3 domains, 20 dimensions. */
export const childAndFamilyAssessment: AssessmentTemplate = {
  id: 'child-and-family-assessment',
  name: bilingual('Child and family assessment', 'Asesiad plentyn a theulu'),
  description:
    'The Assessment Framework triangle: the child’s developmental needs, parenting capacity, and family and environmental factors.',
  subject: 'family',
  sections: [
    aboutSection,
    developmentalSection,
    parentingSection,
    familySection,
    risksSection,
    voiceSection,
    analysisSection,
  ],
  scores: [
    {
      id: 'household-risk-factors',
      label: 'Household risk factors present',
      method: 'count-yes',
      of: ['domestic-abuse', 'substance-misuse', 'parental-mental-health'],
      bands: [
        { min: 0, max: 0, label: 'None recorded' },
        { min: 1, max: 1, label: 'One factor' },
        { min: 2, max: 3, label: 'Several factors together' },
      ],
    },
    {
      id: 'home-safety-worker',
      label: 'Worker’s safety reading',
      method: 'mean',
      of: ['home-safety-scale'],
      rater: 'worker',
    },
  ],
  timescale: 'child-and-family-assessment',
  requiresAuthorisation: true,
};

/** Three-column mapping with 0-10 scaling (the safety-mapping family of models, named neutrally). */
export const threeColumnMapping: AssessmentTemplate = {
  id: 'three-column-mapping',
  name: bilingual('Three-column mapping with scaling', 'Mapio tair colofn gyda graddio'),
  description:
    'What are we worried about, what is working well, what needs to happen, and how safe the children are on a scale of 0 to 10.',
  subject: 'family',
  sections: [
    {
      id: 'worried',
      title: bilingual('What are we worried about?', 'Beth sy’n ein poeni?'),
      questions: [
        {
          id: 'harm',
          type: 'entries',
          entry: 'worry',
          label: 'Harm: what has happened',
          hint: 'Past harm and its impact on the children, in plain words.',
        },
        {
          id: 'danger-statements',
          type: 'entries',
          entry: 'danger-statement',
          label: 'Danger statements and safety goals',
          hint: 'What we fear will happen if nothing changes, each paired with the safety goal that would answer it.',
          minItems: 1,
        },
        {
          id: 'complicating-factors',
          type: 'entries',
          entry: 'worry',
          label: 'Complicating factors',
        },
      ],
    },
    {
      id: 'working-well',
      title: bilingual('What’s working well?', 'Beth sy’n gweithio’n dda?'),
      questions: [
        { id: 'strengths', type: 'entries', entry: 'strength', label: 'Strengths' },
        {
          id: 'existing-safety',
          type: 'entries',
          entry: 'strength',
          label: 'Existing safety',
          hint: 'Times the children were kept safe when the danger was present.',
        },
      ],
    },
    {
      id: 'needs-to-happen',
      title: bilingual('What needs to happen?', 'Beth sydd angen digwydd?'),
      questions: [
        {
          id: 'next-steps',
          type: 'entries',
          entry: 'next-step',
          label: 'Next steps',
          hint: 'Who will do what, and by when.',
          minItems: 1,
        },
      ],
    },
    {
      id: 'scaling',
      title: bilingual('Scaling', 'Graddio'),
      questions: [
        {
          id: 'safety-scale',
          type: 'scale',
          label: bilingual(
            'On a scale of 0 to 10, where are we?',
            'Ar raddfa o 0 i 10, ble rydyn ni?',
          ),
          min: 0,
          max: 10,
          anchors: [
            { value: 0, label: 'It is certain the children will be harmed again' },
            { value: 10, label: 'Everyone knows the children are safe enough to close the case' },
          ],
          raters: ['worker', 'parent', 'child', 'manager'],
          polarity: 'higher-is-better',
        },
        {
          id: 'scaling-differences',
          type: 'long-text',
          label: 'Where people see it differently, and why',
          visibleWhen: { question: 'safety-scale', op: 'answered' },
        },
      ],
    },
  ],
  scores: [
    {
      id: 'safety-worker',
      label: 'Worker’s scaling',
      method: 'mean',
      of: ['safety-scale'],
      rater: 'worker',
    },
  ],
};
