/**
 * Assessment responses of the sample case: the authorised child and family assessment of
 * November 2023 to January 2024, and a draft three-column map from a core group in 2024.
 */
import type { AssessmentResponse } from '../model/index.js';

const MODEL = { id: 'sample-england', version: '1.0.0' };

/** The child and family assessment: family sections once, per-child sections for Ellie and Tyler. */
export const sampleAssessment: AssessmentResponse = {
  id: 'assessment-response-1',
  model: MODEL,
  template: 'child-and-family-assessment',
  subjects: ['ellie', 'tyler'],
  status: 'authorised',
  started: '2023-11-22',
  answers: {
    'reason-for-assessment': {
      value:
        'Police referral after a domestic incident at 7 Brook Street on 19 November 2023, the third reported this year, with all four children in the home. A neighbour had already raised concerns about shouting at night and Tyler being outside alone after dark.',
    },
    'adults-in-household': {
      value: [
        { adult: 'kelly', 'adult-relationship': 'Mother', 'adult-agreed': true },
        {
          adult: 'dean',
          'adult-relationship': 'Mother’s partner; father of Mia and Maisie',
          'adult-agreed': false,
          'adult-not-agreed-reason':
            'Dean declined two home visits and did not reply to a letter. He told Kelly he "won’t talk to social services".',
        },
      ],
    },
    'parenting-capacity-of': { value: ['kelly', 'dean'] },
    'basic-care-strengths': {
      value: 'Kelly makes sure the twins are fed and changed; the health visitor finds them well.',
    },
    'basic-care-concerns': {
      value:
        'Ellie and Tyler often arrive at school hungry and in the same clothes for several days. The kitchen had no food on two unannounced visits.',
    },
    'basic-care-evidence': { value: ['school', 'observation', 'health'] },
    'ensuring-safety-strengths': {
      value:
        'Kelly called the police herself on one occasion and has accepted a referral to the domestic abuse service.',
    },
    'ensuring-safety-concerns': {
      value:
        'The children are repeatedly present during domestic abuse. Tyler is outside alone after dark.',
      sensitivity: { tags: ['third-party'], source: 'Neighbour' },
    },
    'ensuring-safety-evidence': { value: ['police', 'family', 'observation'] },
    'emotional-warmth-strengths': {
      value: 'Kelly is affectionate with all four children and they seek her out for comfort.',
    },
    'emotional-warmth-evidence': { value: ['observation', 'child'] },
    'stability-concerns': {
      value:
        'Two changes of partner and three homes in six years; routines depend on Kelly’s mood.',
    },
    'stability-evidence': { value: ['parent', 'records'] },
    'housing-strengths': { value: 'Secure tenancy with a housing association.' },
    'housing-concerns': { value: 'Damp in the children’s bedroom; broken banister.' },
    'housing-evidence': { value: ['observation'] },
    'wider-family-strengths': {
      value: 'Maternal grandmother Patricia is close to Tyler and offers to help with school runs.',
    },
    'wider-family-concerns': {
      value:
        'Kelly has not spoken to her father since 2016, which limits how much the grandparents can help.',
    },
    'wider-family-evidence': { value: ['family', 'parent'] },
    'income-concerns': { value: 'Rent arrears of about £900; Kelly uses a food bank most months.' },
    'income-evidence': { value: ['parent'] },
    'domestic-abuse': { value: true },
    'domestic-abuse-details': {
      value:
        'Kelly describes Dean checking her phone, controlling money and pushing her. Police have attended three times in 2023. Ellie has looked after the twins during incidents.',
      sensitivity: { tags: ['third-party'], source: 'Kelly Hollis and police' },
    },
    'marac-referral': { value: true },
    'substance-misuse': { value: false },
    'parental-mental-health': { value: true, sensitivity: { tags: ['health'] } },
    'home-safety-scale': { value: { worker: 3, parent: 7, child: 4, manager: 3 } },
  },
  childAnswers: {
    ellie: {
      'health-strengths': { value: 'Up to date with immunisations; no health concerns reported.' },
      'education-strengths': { value: 'Working at the expected standard in Year 6.' },
      'education-concerns': { value: 'Attendance 86% this term; late most Mondays.' },
      'education-evidence': { value: ['school'] },
      'emotional-behavioural-concerns': {
        value: 'Ellie is anxious and watchful; she takes on a parenting role with the twins.',
      },
      'emotional-behavioural-evidence': { value: ['school', 'child', 'observation'] },
      'child-seen': { value: true },
      'child-seen-alone': { value: true },
      'wishes-and-feelings': {
        value: [
          {
            id: 'ellie-voice-1',
            text: 'I don’t like it when Dean shouts. I take the twins upstairs and put the telly on loud.',
            saidBy: 'ellie',
            recordedBy: 'amira-hussain',
            recordedOn: '2023-12-05',
            method: 'own-words',
          },
          {
            id: 'ellie-voice-2',
            text: 'I want Mum to be happy again and I want to stay with Mum.',
            saidBy: 'ellie',
            recordedBy: 'amira-hussain',
            recordedOn: '2024-01-09',
            method: 'own-words',
          },
        ],
      },
      analysis: {
        value:
          'Ellie is showing the impact of living with domestic abuse: anxiety, lateness and a caring role beyond her age. Her mother’s warmth is a strength, but without change in the home Ellie is likely to suffer significant emotional harm.',
        cites: ['wishes-and-feelings', 'domestic-abuse-details', 'emotional-behavioural-concerns'],
      },
      'primary-need': { value: 'N1' },
      decision: { value: 'cin-plan' },
      'cin-factors': { value: ['3B', '4B', '7A', '17A'] },
    },
    tyler: {
      'health-concerns': {
        value: 'Asthma poorly controlled; two missed asthma clinic appointments.',
        sensitivity: { tags: ['health'] },
      },
      'health-evidence': { value: ['health', 'records'] },
      'education-concerns': { value: 'Behind with reading; attendance 84%.' },
      'education-evidence': { value: ['school'] },
      'emotional-behavioural-concerns': {
        value:
          'Outbursts in class after weekends; hides under the table when adults raise their voices.',
      },
      'emotional-behavioural-evidence': { value: ['school', 'observation'] },
      'self-care-concerns': { value: 'Often unwashed; has had head lice for several weeks.' },
      'self-care-evidence': { value: ['school'] },
      'child-seen': { value: true },
      'child-seen-alone': { value: true },
      'wishes-and-feelings': {
        value: [
          {
            id: 'tyler-voice-1',
            text: 'Tyler drew his house with a big black cloud over the living room and said the cloud is "when Dean is angry".',
            saidBy: 'tyler',
            recordedBy: 'amira-hussain',
            recordedOn: '2023-12-05',
            method: 'drawing-described',
          },
          {
            id: 'tyler-voice-2',
            text: 'I like going to Nanny Pat’s because she makes pancakes.',
            saidBy: 'tyler',
            recordedBy: 'amira-hussain',
            recordedOn: '2024-01-09',
            method: 'own-words',
          },
        ],
      },
      analysis: {
        value:
          'Tyler’s basic care is neglected and he is frightened at home. His behaviour at school makes sense as a response to what he sees. His relationship with his grandmother is a protective factor to build on.',
        cites: [
          'wishes-and-feelings',
          'basic-care-concerns',
          'self-care-concerns',
          'domestic-abuse-details',
        ],
      },
      'primary-need': { value: 'N1' },
      decision: { value: 'cin-plan' },
      'cin-factors': { value: ['3B', '4B', '16A'] },
    },
  },
  changes: [
    {
      question: 'home-safety-scale',
      at: '2024-01-09T15:10',
      by: 'amira-hussain',
      old: { worker: 4, parent: 7 },
      new: { worker: 3, parent: 7, child: 4, manager: 3 },
    },
    {
      question: 'decision',
      child: 'tyler',
      at: '2024-01-18T11:02',
      by: 'amira-hussain',
      new: 'cin-plan',
    },
  ],
  history: [
    { status: 'submitted', at: '2024-01-17T16:45', by: 'amira-hussain' },
    {
      status: 'returned',
      at: '2024-01-18T09:30',
      by: 'gareth-lloyd',
      reason: 'Please add Tyler’s own words and the school’s attendance figures.',
    },
    { status: 'submitted', at: '2024-01-19T12:00', by: 'amira-hussain' },
    { status: 'authorised', at: '2024-01-23T10:15', by: 'gareth-lloyd' },
  ],
  comments: [
    {
      id: 'comment-1',
      question: 'wishes-and-feelings',
      at: '2024-01-18T09:28',
      by: 'gareth-lloyd',
      text: 'Tyler’s voice is missing: what did he say or draw?',
      resolved: true,
    },
  ],
};

/** A draft three-column map from the core group of 24 September 2024. */
export const sampleMapping: AssessmentResponse = {
  id: 'mapping-response-1',
  model: MODEL,
  template: 'three-column-mapping',
  subjects: ['ellie', 'tyler', 'mia', 'maisie'],
  status: 'draft',
  started: '2024-09-24',
  answers: {
    harm: {
      value: [
        {
          id: 'harm-1',
          text: 'In May 2024 Tyler was burned by an iron and not taken to hospital for two days.',
        },
        { id: 'harm-2', text: 'The children have seen Dean hurt Kelly at least three times.' },
      ],
    },
    'danger-statements': {
      value: [
        {
          id: 'danger-1',
          text: 'We are worried that if Dean and Kelly fight again, the children will be hurt or frightened and Ellie will have to look after the twins.',
          safetyGoal:
            'Everyone, including the children, knows the children are safe when adults argue, because a safety plan is in place and followed.',
        },
      ],
    },
    strengths: {
      value: [
        { id: 'strength-1', text: 'Kelly takes the twins to every health visitor appointment.' },
        { id: 'strength-2', text: 'Nanny Pat collects Tyler from school on Wednesdays.' },
      ],
    },
    'next-steps': {
      value: [
        {
          id: 'step-1',
          text: 'Kelly to finish the Freedom Programme.',
          owner: 'Kelly Hollis',
          due: '2024-11-30',
        },
        {
          id: 'step-2',
          text: 'Write a family safety plan with Ellie and Tyler.',
          owner: 'Amira Hussain',
          due: '2024-10-15',
        },
      ],
    },
    'safety-scale': { value: { worker: 3, parent: 6, child: 5, manager: 2 } },
    'scaling-differences': {
      value:
        'Kelly sees more safety because Dean is working away; the team’s view is that nothing has changed when he returns.',
    },
  },
};
