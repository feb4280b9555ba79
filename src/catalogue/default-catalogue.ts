import { ContextProvider } from '@lit/context';
import { catalogueContext, type CatalogueState } from './context.js';
import { SplitCatalogue, type SplitCatalogueLayout } from './pieces.js';
import type { Catalogue, CatalogueIndex } from './schema.js';

export const EMPTY_CATALOGUE: Catalogue = { version: 1, updated: '', roles: [], waysOfWorking: [] };

/** What the page root provides until the bundled catalogue has been asked for and has arrived. */
export const BUNDLED_PENDING: CatalogueState = Object.freeze({ catalogue: EMPTY_CATALOGUE, status: 'loading', problems: [], complete: false });

let fallback: Catalogue | undefined;
let split: SplitCatalogue | undefined;
let loading: Promise<CatalogueIndex> | undefined;

const readyState = (catalogue: Catalogue): CatalogueState => ({ catalogue, status: 'ready', problems: [], complete: true });

/**
 * The page's root provider of the catalogue context: every element outside a `<role-catalogue>`
 * reads its catalogue from here, so every context request is answered (none piles up unanswered)
 * and a new default reaches the elements already on the page. One per page, shared by every copy
 * of the library; none during server rendering, where elements read `defaultCatalogue()` instead.
 */
const ROOT_KEY = Symbol.for('role-widgets/catalogue-root');
type Globals = typeof globalThis & { [ROOT_KEY]?: ContextProvider<typeof catalogueContext> };

export function provideCatalogueAtRoot(): void {
  const globals = globalThis as Globals;
  if (globals[ROOT_KEY] || typeof document === 'undefined') return;
  globals[ROOT_KEY] = new ContextProvider(document.documentElement, { context: catalogueContext, initialValue: rootState() });
}

function rootState(): CatalogueState {
  // A split catalogue given its whole index (the classic file's English catalogue) reads other languages through it.
  if (split) return split.state;
  return fallback ? readyState(fallback) : BUNDLED_PENDING;
}

function provideAtRoot(state: CatalogueState) {
  (globalThis as Globals)[ROOT_KEY]?.setValue(state);
}

/** True when the page root already shows a catalogue (this copy's or another copy's of the library). */
function rootHasCatalogue(): boolean {
  const root = (globalThis as Globals)[ROOT_KEY];
  return Boolean(root && (root.value.pieces || root.value.catalogue.roles.length > 0));
}

/**
 * The whole catalogue used outside any `<role-catalogue>`, or undefined until it is loaded (and
 * always on a page that reads the bundled catalogue in pieces: see `loadDefaultCatalogue`). The
 * npm modules load it on first use, so a page that only draws explicit figures, or brings its own
 * catalogue, never downloads it.
 */
export function defaultCatalogue(): Catalogue | undefined {
  return fallback;
}

/** The bundled catalogue kept in pieces (script-tag loader pages), or undefined. */
export function defaultPieces(): SplitCatalogue | undefined {
  return split;
}

/**
 * Replaces the catalogue used outside any `<role-catalogue>`: elements already on the page show
 * it at once. For server rendering with a site's own data, or pages that load one by script.
 */
export function setDefaultCatalogue(catalogue: Catalogue): void {
  fallback = catalogue;
  split = undefined;
  loading = undefined;
  provideAtRoot(readyState(catalogue));
}

/**
 * Makes the bundled catalogue the default, unless the page already has one: a second copy of the
 * library on the page must not replace what the first copy, or the site, provided. `translations`:
 * where texts in languages the bundled catalogue does not carry are fetched from (the classic file
 * carries English only).
 */
export function useBundledCatalogue(bundled: Catalogue, translations?: SplitCatalogueLayout): void {
  if (split) return;
  if (!fallback && translations) {
    split = new SplitCatalogue(translations, provideAtRoot, bundled);
  }
  fallback ??= bundled;
  if (!rootHasCatalogue()) provideAtRoot(rootState());
}

/**
 * Makes a catalogue kept in pieces (the script-tag loader's) the default: each role's facts and
 * texts are fetched when an element first shows that role. Returns it, so the loader can fetch the
 * pieces of the roles it sees before the elements' code has arrived; undefined when the page
 * already has a catalogue.
 */
export function useSplitCatalogue(layout: SplitCatalogueLayout): SplitCatalogue | undefined {
  // The classic file and the module loader on one page: the first to arrive keeps the page's catalogue.
  if (fallback || split || rootHasCatalogue()) return undefined;
  split = new SplitCatalogue(layout, provideAtRoot);
  provideAtRoot(split.state);
  return split;
}

/**
 * Loads the bundled catalogue the first time it is needed; resolves at once when one is set. With a
 * catalogue kept in pieces, resolves with its index: every role's facts, without their texts.
 */
export function loadDefaultCatalogue(): Promise<CatalogueIndex> {
  if (fallback) return Promise.resolve(fallback);
  if (split) return split.loadIndex();
  loading ??= import('./bundled.js').then(
    ({ bundledCatalogue }) => {
      useBundledCatalogue(bundledCatalogue);
      return fallback!;
    },
    (error: Error) => {
      // A chunk that failed to arrive (offline, a blocked path): the elements say no catalogue is
      // loaded instead of waiting for ever; a later <role-catalogue mode="extend"> may try again.
      loading = undefined;
      const problem = `the bundled role catalogue could not be loaded (${error.message})`;
      console.warn(`role-widgets: ${problem}`);
      provideAtRoot({ catalogue: EMPTY_CATALOGUE, status: 'error', problems: [problem], complete: false });
      return EMPTY_CATALOGUE;
    },
  );
  return loading;
}
