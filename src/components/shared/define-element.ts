import { VERSION } from '../../version.js';

/** A custom element class that may say which version of practice-elements it comes from. */
type VersionedElement = CustomElementConstructor & { readonly version?: string };

/**
 * Registers `tag`, unless it is already defined (another copy of the library, or a second import):
 * then it warns, naming the tag and both versions, instead of throwing. Does nothing where there
 * is no `customElements` (server rendering).
 */
export function defineElement(tag: string, element: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing) {
    const theirs = existing === element ? 'this copy' : `version ${existing.version ?? 'unknown'}`;
    console.warn(
      `practice-elements ${VERSION}: <${tag}> is already defined (by ${theirs}); ` +
        'this definition was skipped. Load practice-elements once per page.',
    );
    return;
  }
  customElements.define(tag, element);
}
