import { provideCatalogueAtRoot } from '../catalogue/default-catalogue.js';

const noted = new Set<string>();

/**
 * Registers a tag unless it is already registered. Pages often load a library twice (a CMS
 * plugin and a theme, or module and classic builds); the second copy must not throw
 * "has already been used with this registry", and one set of working elements is enough.
 * The catalogue is provided at the page root first, so the elements find it as they upgrade.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  provideCatalogueAtRoot();
  const existing = customElements.get(name);
  if (!existing) {
    customElements.define(name, constructor);
  } else if (existing !== constructor && !noted.has(name)) {
    noted.add(name);
    console.info(`role-widgets: <${name}> was already defined by another copy of the library; that copy is used.`);
  }
}
