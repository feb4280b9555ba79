import { bundledCatalogue } from './bundled.js';
import type { Catalogue } from './schema.js';

let fallback: Catalogue = bundledCatalogue;

/** The catalogue elements read when no `<role-catalogue>` surrounds them. */
export function defaultCatalogue(): Catalogue {
  return fallback;
}

/**
 * Replaces the catalogue used outside any `<role-catalogue>`: for server rendering with a site's
 * own data, or for pages that load their catalogue once by script.
 */
export function setDefaultCatalogue(catalogue: Catalogue): void {
  fallback = catalogue;
}
