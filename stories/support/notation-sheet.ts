/**
 * A small invented family that uses every symbol and line the genogram draws, for the notation
 * sheet story: sex and gender apart (non-binary, a trans man with "AFAB" under his square), a
 * death, the index child, a pregnancy, a miscarriage, a termination, a stillbirth, identical and
 * non-identical twins, adoption, fostering, step, kinship care and special guardianship, every
 * couple line and status, a consanguineous couple, every emotional line, and two households.
 * Validated at load with `definePracticeModel` and `defineCaseRecord`.
 */
import {
  defineCaseRecord,
  definePracticeModel,
  type CaseRecord,
  type PracticeModel,
} from '../../src/index.js';
import { sampleModel } from '../../src/samples/index.js';

/** The sample model, plus the few notations its vocabulary leaves out (affair, donor, surrogacy). */
export const notationModel: PracticeModel = definePracticeModel({
  ...sampleModel,
  relationshipTypes: [
    ...sampleModel.relationshipTypes,
    { id: 'affair', label: 'Affair', category: 'couple', notation: 'affair' },
    { id: 'donor', label: 'Donor', category: 'parent-child', notation: 'donor' },
    { id: 'surrogate', label: 'Surrogate', category: 'parent-child', notation: 'surrogate' },
  ],
});

const person = (
  id: string,
  given: string,
  sex: 'female' | 'male' | 'unknown',
  extra: object = {},
) => ({ id, name: { given, family: 'Example' }, sex, ...extra });

const link = (type: string, from: string, to: string, extra: object = {}) => ({
  id: `${type}-${from}-${to}`,
  type,
  from,
  to,
  ...extra,
});

/** Every notation in one family of three generations. */
export const notationRecord: CaseRecord = defineCaseRecord(
  {
    id: 'notation-sheet',
    subjects: ['ivy'],
    index: 'ivy',
    persons: [
      person('arthur', 'Arthur', 'male', {
        dateOfBirth: '1941',
        lifeStatus: 'deceased',
        dateOfDeath: '2019',
      }),
      person('beryl', 'Beryl', 'female', { dateOfBirth: '1944-02-11', occupation: 'Retired' }),
      person('carl', 'Carl', 'male', { dateOfBirth: '1975-06-03', occupation: 'Driver' }),
      person('dawn', 'Dawn', 'female', { dateOfBirth: '1980-09-14' }),
      person('evan', 'Evan', 'male', { dateOfBirth: '1978' }),
      person('frank', 'Frank', 'male', { dateOfBirth: '1983' }),
      person('gail', 'Gail', 'female', { dateOfBirth: '1972-01-30', gender: 'woman' }),
      person('hana', 'Hana', 'female', { dateOfBirth: '1974' }),
      person('rae', 'Rae', 'female', { gender: 'non-binary', dateOfBirth: '1986-04-04' }),
      person('toby', 'Toby', 'male', { dateOfBirth: '1985' }),
      person('sam', 'Sam', 'female', { gender: 'man', dateOfBirth: '1990-12-01' }),
      person('uma', 'Uma', 'female'),
      person('vera', 'Vera', 'female'),
      person('ivy', 'Ivy', 'female', { dateOfBirth: '2014-05-20', gender: 'woman' }),
      person('jack', 'Jack', 'male', {
        dateOfBirth: '2016-08-08',
        multipleBirth: { group: 'jj', identical: true },
      }),
      person('jake', 'Jake', 'male', {
        dateOfBirth: '2016-08-08',
        multipleBirth: { group: 'jj', identical: true },
      }),
      person('kai', 'Kai', 'male', { dateOfBirth: '2017-03-01' }),
      person('lou', 'Lou', 'female', { dateOfBirth: '2012-10-10' }),
      person('max', 'Max', 'male', { dateOfBirth: '2010-01-15' }),
      person('mo', 'Mo', 'male', {
        dateOfBirth: '2019-02-02',
        multipleBirth: { group: 'mm' },
      }),
      person('mia', 'Mia', 'female', {
        dateOfBirth: '2019-02-02',
        multipleBirth: { group: 'mm' },
      }),
      person('nell', 'Nell', 'female', { dateOfBirth: '2015-07-07' }),
      person('unborn', 'Unborn baby', 'unknown', { lifeStatus: 'pregnancy', dueDate: '2026-03' }),
      person('loss', 'Miscarriage', 'unknown', { lifeStatus: 'miscarriage', dateOfBirth: '2013' }),
      person('ended', 'Termination', 'unknown', { lifeStatus: 'termination', dateOfBirth: '2011' }),
      person('still', 'Stillborn', 'male', { lifeStatus: 'stillbirth', dateOfBirth: '2018-11-02' }),
    ],
    relationships: [
      link('marriage', 'arthur', 'beryl', { start: '1968' }),
      ...['carl', 'gail', 'rae', 'sam'].flatMap((child) => [
        link('biological-parent', 'arthur', child),
        link('biological-parent', 'beryl', child),
      ]),
      link('marriage', 'carl', 'dawn', { start: '2008', end: '2021', status: 'divorced' }),
      link('cohabiting', 'dawn', 'evan', { start: '2009', status: 'separated' }),
      link('engaged', 'dawn', 'frank', { start: '2024' }),
      link('civil-partnership', 'gail', 'hana', { start: '2012' }),
      link('consanguineous-couple', 'rae', 'toby'),
      link('dating', 'evan', 'uma'),
      link('affair', 'carl', 'vera'),
      ...['ivy', 'jack', 'jake', 'loss', 'ended', 'still', 'mo', 'mia'].flatMap((child) => [
        link('biological-parent', 'carl', child),
        link('biological-parent', 'dawn', child),
      ]),
      link('identical-twins', 'jack', 'jake'),
      link('fraternal-twins', 'mo', 'mia'),
      link('adoptive-parent', 'carl', 'kai'),
      link('adoptive-parent', 'dawn', 'kai'),
      link('foster-parent', 'dawn', 'lou'),
      link('biological-parent', 'dawn', 'max'),
      link('biological-parent', 'evan', 'max'),
      link('biological-parent', 'dawn', 'unborn'),
      link('biological-parent', 'frank', 'unborn'),
      link('biological-parent', 'gail', 'nell'),
      link('donor', 'toby', 'nell'),
      link('step-parent', 'hana', 'nell'),
      link('kinship-carer', 'beryl', 'max'),
      link('special-guardian', 'beryl', 'lou'),
      link('surrogate', 'uma', 'nell'),
      link('close', 'ivy', 'beryl'),
      link('fused', 'dawn', 'max'),
      link('distant', 'carl', 'gail'),
      link('hostile', 'carl', 'evan'),
      link('close-hostile', 'dawn', 'gail'),
      link('cut-off', 'rae', 'carl'),
      link('focused-on', 'dawn', 'ivy'),
      link('physical-abuse', 'evan', 'dawn'),
      link('emotional-abuse', 'carl', 'kai'),
      link('sexual-abuse', 'frank', 'lou'),
      link('neglect', 'carl', 'jack'),
      link('harmonious', 'gail', 'hana'),
    ],
    households: [
      {
        id: 'home',
        label: 'Family home',
        members: ['dawn', 'ivy', 'jack', 'jake', 'kai', 'lou', 'mo', 'mia'].map((id) => ({
          person: id,
        })),
      },
      {
        id: 'gail-home',
        label: "Gail and Hana's home",
        members: [{ person: 'gail' }, { person: 'hana' }, { person: 'nell' }],
      },
    ],
  },
  notationModel,
);
