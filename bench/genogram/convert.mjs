// Our case record in each peer's input format, so every library draws the same family.
//
//   family-chart: [{ id, data: { gender: 'M' | 'F', ... }, rels: { parents, spouses, children } }]
//   topola:       { indis: [{ id, firstName, lastName, sex, famc, fams }], fams: [{ id, husb, wife, children }] }
//
// Both peers model a family tree: birth and adoptive parents (at most two per child) and couples.
// Foster, kinship and step links, emotional relationships and households have no place in their
// formats and are left out (our genogram draws them: its work is the larger).

const PARENTAL = new Set(['biological', 'adoptive']);

/** Parents (at most two, birth or adoptive) and partners of every person, read through the model. */
export function familyLinks(record, model) {
  const types = new Map(model.relationshipTypes.map((t) => [t.id, t]));
  const parents = new Map();
  const partners = new Map();
  const add = (map, key, value) => {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  for (const r of record.relationships ?? []) {
    const type = types.get(r.type);
    if (!type || r.from === r.to) continue;
    if (type.category === 'parent-child' && PARENTAL.has(type.notation)) {
      if ((parents.get(r.to) ?? []).length < 2) add(parents, r.to, r.from);
    } else if (type.category === 'couple') {
      add(partners, r.from, r.to);
      add(partners, r.to, r.from);
    }
  }
  return { parents, partners };
}

const nameOf = (person) => ({
  first: person.name.given ?? person.name.display ?? person.id,
  last: person.name.family ?? '',
});

/** family-chart's data: one datum per person with parents, spouses and children. */
export function toFamilyChart(record, model) {
  const { parents, partners } = familyLinks(record, model);
  const children = new Map();
  for (const [child, list] of parents) {
    for (const parent of list) children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  return record.persons.map((person) => {
    const { first, last } = nameOf(person);
    return {
      id: person.id,
      data: {
        gender: person.sex === 'female' ? 'F' : 'M',
        'first name': first,
        'last name': last,
        birthday: typeof person.dateOfBirth === 'string' ? person.dateOfBirth.slice(0, 4) : '',
      },
      rels: {
        parents: parents.get(person.id) ?? [],
        spouses: partners.get(person.id) ?? [],
        children: children.get(person.id) ?? [],
      },
    };
  });
}

/** topola's JSON: individuals and families (a couple, or one parent, with their children). */
export function toTopola(record, model) {
  const { parents, partners } = familyLinks(record, model);
  const sexOf = new Map(record.persons.map((p) => [p.id, p.sex]));
  const fams = new Map();
  const famOf = (a, b) => {
    const key = [a, b].filter(Boolean).sort().join('+');
    let fam = fams.get(key);
    if (!fam) {
      // topola has a husband and a wife per family: put a man (or the first) as husband.
      const [husb, wife] = b && sexOf.get(a) === 'female' ? [b, a] : [a, b];
      fam = { id: `F${fams.size + 1}`, husb, ...(wife ? { wife } : {}), children: [] };
      fams.set(key, fam);
    }
    return fam;
  };
  for (const [a, list] of partners) for (const b of list) famOf(a, b);
  const famc = new Map();
  for (const person of record.persons) {
    const list = parents.get(person.id);
    if (!list?.length) continue;
    const fam = famOf(list[0], list[1]);
    fam.children.push(person.id);
    famc.set(person.id, fam.id);
  }
  const fams2 = [...fams.values()];
  const spouseOf = new Map();
  for (const fam of fams2) {
    for (const id of [fam.husb, fam.wife]) {
      if (id) spouseOf.set(id, [...(spouseOf.get(id) ?? []), fam.id]);
    }
  }
  const indis = record.persons.map((person) => {
    const { first, last } = nameOf(person);
    return {
      id: person.id,
      firstName: first,
      lastName: last,
      sex: person.sex === 'female' ? 'F' : person.sex === 'male' ? 'M' : undefined,
      ...(famc.has(person.id) ? { famc: famc.get(person.id) } : {}),
      fams: spouseOf.get(person.id) ?? [],
    };
  });
  return { indis, fams: fams2 };
}

/**
 * The record's separate families (people linked by birth or adoptive parenthood or as partners),
 * largest first. Family-tree libraries draw one family from one person: each peer draws one chart
 * per family, so that every library draws everyone.
 */
export function familiesOf(record, model) {
  const { parents, partners } = familyLinks(record, model);
  const neighbours = new Map(record.persons.map((p) => [p.id, []]));
  const link = (a, b) => {
    neighbours.get(a)?.push(b);
    neighbours.get(b)?.push(a);
  };
  for (const [child, list] of parents) for (const parent of list) link(child, parent);
  for (const [a, list] of partners) for (const b of list) link(a, b);
  const seen = new Set();
  const groups = [];
  for (const person of record.persons) {
    if (seen.has(person.id)) continue;
    const group = [person.id];
    seen.add(person.id);
    for (const id of group) {
      for (const next of neighbours.get(id) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          group.push(next);
        }
      }
    }
    groups.push(group);
  }
  return groups.sort((a, b) => b.length - a.length);
}

/** The part of a record about some people only. */
export function subRecord(record, ids) {
  const keep = new Set(ids);
  return {
    ...record,
    persons: record.persons.filter((p) => keep.has(p.id)),
    relationships: (record.relationships ?? []).filter((r) => keep.has(r.from) && keep.has(r.to)),
  };
}
