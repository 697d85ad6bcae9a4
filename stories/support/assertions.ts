/**
 * Checks the hostile-strings stories run as play functions (see the Interactions panel): hostile
 * input must arrive as text, never as markup, and nothing may carry an inline style (CSP).
 */
import { expect, waitFor } from 'storybook/test';
import { hostileStrings } from '../../src/samples/index.js';

/** Every element under `root`, through open shadow roots. */
function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** All text under `root`, through open shadow roots. */
function allText(root: ParentNode): string {
  return allElements(root)
    .map((element) =>
      [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join(''),
    )
    .join('\n');
}

/**
 * No element was created from hostile markup (no img, script, or `on*` handler attribute), no
 * element has a `style` attribute, and the first hostile string is shown as text.
 */
export async function expectHostileStringsAsText(root: ParentNode): Promise<void> {
  // The elements render asynchronously: wait for the hostile text to arrive first.
  await waitFor(() => expect(allText(root)).toContain(hostileStrings[0]));
  const elements = allElements(root);
  await expect(elements.filter((element) => element.matches('img, script, iframe'))).toEqual([]);
  await expect(
    elements.filter((element) => element.getAttributeNames().some((name) => name.startsWith('on'))),
  ).toEqual([]);
  await expect(elements.filter((element) => element.hasAttribute('style'))).toEqual([]);
}
