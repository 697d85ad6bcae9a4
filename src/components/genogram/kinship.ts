/**
 * How each person is related to the index child ("Grandparent", "Aunt or uncle", "Foster carer"),
 * read from the kinship graph: the text view shows it on every card and its "Find a person" filter
 * matches it. The relations come from `kinRelations` (src/model/genogram); this words them.
 */
import type { Localiser } from '../../i18n/localiser.js';
import type { TextMessageKey } from '../../i18n/messages.js';
import type { Person } from '../../model/case-record/schema.js';
import type { KinshipGraph } from '../../model/genogram/generations.js';
import { kinRelations, type KinRelation } from '../../model/genogram/kinship.js';
import { isRedacted } from '../../model/redaction.js';
import { nameOf } from '../shared/people.js';

const RELATIVE_TERMS: Readonly<Record<string, TextMessageKey>> = {
  '1,1': 'genogram.kin.halfSibling',
  '2,0': 'genogram.kin.grandparent',
  '3,0': 'genogram.kin.greatGrandparent',
  '0,2': 'genogram.kin.grandchild',
  '0,3': 'genogram.kin.greatGrandchild',
  '2,1': 'genogram.kin.auntOrUncle',
  '3,1': 'genogram.kin.greatAuntOrUncle',
  '1,2': 'genogram.kin.nieceOrNephew',
  '1,3': 'genogram.kin.greatNieceOrNephew',
  '2,2': 'genogram.kin.cousin',
};

/** A relation in words ("Grandparent", "Partner of Kelly Hollis"). */
export function describeKin(
  relation: KinRelation,
  i18n: Localiser,
  name: (personId: string) => string,
): string {
  switch (relation.kind) {
    case 'index':
      return i18n.t('genogram.indexChild');
    case 'parent':
      return i18n.text(relation.link.type.label);
    case 'child': {
      const type = relation.link.type;
      return type.category === 'parent-child'
        ? i18n.t(`genogram.child.${type.notation}`)
        : i18n.text(type.label);
    }
    case 'partner':
      return i18n.t('genogram.kin.partner');
    case 'sibling':
      return i18n.t(relation.half ? 'genogram.kin.halfSibling' : 'genogram.kin.sibling');
    case 'relative': {
      const { up, down } = relation;
      // Second cousins and cousins once removed are cousins too, in everyday words.
      const key = up >= 2 && down >= 2 ? '2,2' : `${up},${down}`;
      return i18n.t(RELATIVE_TERMS[key] ?? 'genogram.kin.relative');
    }
    case 'partner-of':
      return i18n.t('genogram.kin.partnerOf', { name: name(relation.person) });
  }
}

/** A relation to the index child in words, and the words a search for it may match. */
export interface KinTerm {
  /** "Partner of Kelly Hollis". */
  readonly text: string;
  /** "Partner": a search for Kelly's family name finds Kelly's family, not their partners. */
  readonly search: string;
}

/**
 * Everyone's relation to the index child in words, by person id. People whose details are
 * withheld from the audience have none: a card that says "Name withheld" says nothing more.
 */
export function kinTerms(
  graph: KinshipGraph,
  index: string | undefined,
  persons: ReadonlyMap<string, Person>,
  i18n: Localiser,
  redacting: boolean,
): Map<string, KinTerm> {
  const name = (id: string) => nameOf(id, persons, i18n, redacting);
  const terms = new Map<string, KinTerm>();
  for (const [id, relation] of kinRelations(graph, index)) {
    const person = persons.get(id);
    if (!person || isRedacted(person)) continue;
    const text = describeKin(relation, i18n, name);
    const search = relation.kind === 'partner-of' ? i18n.t('genogram.kin.partner') : text;
    terms.set(id, { text, search });
  }
  return terms;
}
