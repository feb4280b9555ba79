import type { Catalogue } from './schema.js';

let fallback: Catalogue | undefined;
let loading: Promise<Catalogue> | undefined;

/**
 * The catalogue elements read when no `<role-catalogue>` surrounds them, or undefined until it
 * is loaded. The script-tag builds set it on load; per-element npm modules load it on first use,
 * so a page that only draws explicit figures, or brings its own catalogue, never downloads it.
 */
export function defaultCatalogue(): Catalogue | undefined {
  return fallback;
}

/**
 * Replaces the catalogue used outside any `<role-catalogue>`: for server rendering with a site's
 * own data, or for pages that load their catalogue once by script.
 */
export function setDefaultCatalogue(catalogue: Catalogue): void {
  fallback = catalogue;
}

/** Loads the bundled catalogue the first time it is needed; resolves at once when one is set. */
export function loadDefaultCatalogue(): Promise<Catalogue> {
  if (fallback) return Promise.resolve(fallback);
  loading ??= import('./bundled.js').then(({ bundledCatalogue }) => {
    fallback ??= bundledCatalogue;
    return fallback;
  });
  return loading;
}

export const EMPTY_CATALOGUE: Catalogue = { version: 1, updated: '', roles: [], waysOfWorking: [] };
