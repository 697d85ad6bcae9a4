/**
 * The language of the page around an element, for elements whose `locale` is not set: a Welsh page
 * (`<html lang="cy">`, or `lang="cy"` on any ancestor) gets Welsh without configuring each element.
 * Read through shadow roots, so an element inside another component's shadow tree inherits the
 * language of the page that component is in.
 */
import { catalogueLocale, type BuiltInLocale } from './resolve.js';

/**
 * The nearest `lang` attribute: the element's own, an ancestor's, or (across shadow roots) that of
 * a host or its ancestors. `undefined` when nothing up to the document says.
 */
export function inheritedLanguage(element: Element): string | undefined {
  let node: Element | undefined = element;
  while (node) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? undefined;
    // A document has no host: the walk ends there.
    node = (node.getRootNode() as Partial<ShadowRoot>).host;
  }
  return undefined;
}

/**
 * The locale for an element with no `locale` of its own: Welsh (`cy`) when the page around it is
 * in Welsh (`cy`, `cy-GB`), UK English (`en-GB`) for English, for any other language and when the
 * page does not say.
 */
export function pageLocale(element: Element): BuiltInLocale {
  const language = inheritedLanguage(element);
  return language === undefined ? 'en-GB' : catalogueLocale(language);
}
