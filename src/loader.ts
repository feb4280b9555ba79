/**
 * The script-tag module, `<script type="module" src="role-widgets.js">`: registers each element the
 * page uses when its tag first appears, loading that element's code then (and the elements it
 * renders, side by side, so there is no waterfall). A page with a card never downloads the finder.
 * Exposes the catalogue API to page scripts; validation stays out (the CLI and the npm modules have
 * it), so no validator is downloaded for the bundled catalogue, which CI checks.
 */
import './catalogue/use-bundled.js';
import { provideCatalogueAtRoot } from './catalogue/default-catalogue.js';
import type { MatchableCatalogue, TitleMatch, TitleMatchOptions } from './catalogue/match-title.js';

export * from './catalogue/lookup.js';
export * from './catalogue/format.js';
export * from './catalogue/merge.js';
export * from './catalogue/context.js';
export * from './catalogue/labels.js';
export { bundledCatalogue } from './catalogue/bundled.js';
export { defaultCatalogue, setDefaultCatalogue } from './catalogue/default-catalogue.js';
export * from './catalogue/vocabulary.js';
export type * from './catalogue/schema.js';
export type { MatchableCatalogue, MatchableRole, MatchStrength, TitleMatch, TitleMatchOptions } from './catalogue/match-title.js';

/**
 * The role a job title is for (see the npm module's `matchJobTitle`), or undefined when none fits.
 * Here it returns a promise: the matcher is a chunk of its own, fetched on first use, so pages
 * that never match a title do not download it.
 */
export async function matchJobTitle(catalogue: MatchableCatalogue, title: string | null | undefined, options?: TitleMatchOptions): Promise<TitleMatch | undefined> {
  return (await import('./catalogue/match-title.js')).matchJobTitle(catalogue, title, options);
}

const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'salary-band': () => import('./elements/salary-band/define.js'),
  'role-card': () => import('./elements/role-card/define.js'),
  'role-compare': () => import('./elements/role-compare/define.js'),
  'role-finder': () => import('./elements/role-finder/define.js'),
  'role-catalogue': () => import('./elements/role-catalogue/define.js'),
};
/** What each element renders inside itself, fetched in parallel with it. */
const RENDERS: Record<string, string[]> = {
  'role-card': ['salary-band'],
  'role-compare': ['salary-band'],
  'role-finder': ['role-card', 'role-compare', 'salary-band'],
};

const requested = new Map<string, Promise<unknown>>();

/**
 * On a page with `job-posting`, elements are defined once the JobPosting reader has run, so their
 * first render already shows the advert: until then they keep the space role-widgets.css reserves
 * for undefined elements, where a "loading" message would change height as the advert arrived.
 */
const readerFirst = document.querySelector('[job-posting]')
  ? import('./shared/job-posting-reader.js').catch((error: Error) => console.error(`role-widgets: the JobPosting reader could not be loaded (${error.message})`))
  : Promise.resolve();

/**
 * Loads and registers an element (and what it renders); resolves when it is defined. Only needed
 * for elements the page cannot see yet, such as ones inside another component's shadow root.
 */
export function loadElement(tag: string): Promise<unknown> {
  const load = ELEMENTS[tag];
  if (!load) return Promise.reject(new Error(`role-widgets: there is no <${tag}>; elements: ${Object.keys(ELEMENTS).join(', ')}`));
  // The base every element shares (lit included) is asked for alongside, not after, the element's own code.
  void import('./shared/role-widget-element.js');
  for (const used of RENDERS[tag] ?? []) void loadElement(used);
  let loading = requested.get(tag);
  if (!loading) {
    loading = readerFirst.then(load).catch((error: Error) => console.error(`role-widgets: <${tag}> could not be loaded (${error.message})`));
    requested.set(tag, loading);
  }
  return loading;
}

/** Loads every element at once, for pages that add elements where no observer can see them. */
export function loadAllElements(): Promise<unknown[]> {
  return Promise.all(Object.keys(ELEMENTS).map(loadElement));
}

function loadFound(root: ParentNode) {
  for (const tag of Object.keys(ELEMENTS)) if (!requested.has(tag) && root.querySelector(tag)) void loadElement(tag);
}

provideCatalogueAtRoot();
loadFound(document);

// Elements added later (a client-side route, a CMS preview) are loaded when they arrive.
const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (ELEMENTS[node.localName] && !requested.has(node.localName)) void loadElement(node.localName);
      if (node.firstElementChild) loadFound(node);
    }
  }
  if (requested.size === Object.keys(ELEMENTS).length) observer.disconnect();
});
observer.observe(document.documentElement, { childList: true, subtree: true });
