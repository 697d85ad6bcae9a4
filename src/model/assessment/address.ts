/**
 * Answer addresses: where one answer lives in a response (shared, per child, inside a repeating
 * group's item), and the same address written as one string key.
 */

/**
 * The place of one answer:
 * - a shared question: `{ question: 'domestic-abuse' }`;
 * - a per-child question: `{ question: 'analysis', child: 'ellie' }`;
 * - a question inside a repeating group: `{ question: 'adults-in-household', item: 1, inner:
 *   'adult-agreed' }` (with `child` too when the group is in a per-child section).
 *
 * An address with `item` but no `inner` names the whole item (its record of inner values).
 */
export interface AnswerAddress {
  /** The template question id (the group's id, for a question inside a group). */
  readonly question: string;
  /** The subject child, for a question in a per-child section. */
  readonly child?: string;
  /** The item of a repeating group, counted from 0. */
  readonly item?: number;
  /** The question inside the group's item. */
  readonly inner?: string;
}

/**
 * An address written as one string, for maps, DOM ids and change logs: `question`,
 * `child/question`, `question[item]/inner` or `child/question[item]/inner`. Unambiguous because
 * identifiers never contain `/`, `[` or `]`.
 */
export type AnswerKey = string;

const KEY = /^(?:([^/[\]]+)\/)?([^/[\]]+)(?:\[(\d+)\](?:\/([^/[\]]+))?)?$/;

/** Writes an address as an {@link AnswerKey}. */
export function answerKey(address: AnswerAddress): AnswerKey {
  let key = address.child === undefined ? address.question : `${address.child}/${address.question}`;
  if (address.item !== undefined) {
    key += `[${address.item}]`;
    if (address.inner !== undefined) key += `/${address.inner}`;
  }
  return key;
}

/** Reads an {@link AnswerKey} back into an address; undefined when it is not one. */
export function parseAnswerKey(key: string): AnswerAddress | undefined {
  const match = KEY.exec(key);
  if (!match) return undefined;
  const [, child, question, item, inner] = match;
  if (question === undefined) return undefined;
  const address: { -readonly [K in keyof AnswerAddress]: AnswerAddress[K] } = { question };
  if (child !== undefined) address.child = child;
  if (item !== undefined) address.item = Number(item);
  if (inner !== undefined) address.inner = inner;
  return address;
}

/** True when two addresses name the same answer. */
export function sameAddress(a: AnswerAddress, b: AnswerAddress): boolean {
  return (
    a.question === b.question && a.child === b.child && a.item === b.item && a.inner === b.inner
  );
}
