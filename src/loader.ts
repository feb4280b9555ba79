/**
 * The script-tag module, `<script type="module" src="role-widgets.js">`: registers each element the
 * page uses when its tag first appears, loading that element's code then (and the elements it
 * renders, side by side, so there is no waterfall). A page with a card never downloads the finder.
 * Exposes the catalogue API to page scripts; validation stays out (the CLI and the npm modules have
 * it), so no validator is downloaded for the bundled catalogue, which CI checks.
 *
 * The bundled catalogue is not in this file: it sits beside it in pieces (`catalogue/`), and a page
 * fetches the facts and texts of the roles it shows, in the reader's language, while the elements'
 * code is on its way. The whole index is fetched only by the finder, which filters every role;
 * compare fetches a short list of titles for its pickers.
 */
import { BUNDLED_PIECES } from './catalogue/bundled-layout.js';
import { provideCatalogueAtRoot, useSplitCatalogue } from './catalogue/default-catalogue.js';
import type { MatchableCatalogue, TitleMatch, TitleMatchOptions } from './catalogue/match-title.js';
import { nearestLanguage } from './i18n/localize.js';

export * from './catalogue/lookup.js';
export * from './catalogue/format.js';
export * from './catalogue/merge.js';
export * from './catalogue/context.js';
export * from './catalogue/labels.js';
export * from './catalogue/texts.js';
export { defaultCatalogue, loadDefaultCatalogue, setDefaultCatalogue } from './catalogue/default-catalogue.js';
export * from './catalogue/vocabulary.js';
export type * from './catalogue/schema.js';
export { registerMessages, type Message, type MessageSet, type PluralMessage } from './i18n/localize.js';
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

/** The pieces are found beside this file, wherever a site serves it from. */
const piecesBase = new URL('./catalogue/', import.meta.url).href;
const pieceUrl = (path: string) => `${piecesBase}${path}?v=${BUNDLED_PIECES?.version}`;
const bundled = BUNDLED_PIECES
  ? useSplitCatalogue({ index: pieceUrl('index.json'), list: pieceUrl('list.json'), listing: pieceUrl('listing.json'), role: pieceUrl('roles/{id}.json'), texts: pieceUrl('texts/{lang}/{id}.json'), ids: BUNDLED_PIECES.ids, languages: BUNDLED_PIECES.languages })
  : undefined;

/**
 * Starts fetching what the roles on the page need as soon as their tags are seen, beside the
 * elements' own code rather than after it: a card's facts and texts, a band's facts, a
 * comparison's roles, a finder's index. Elements inside a `<role-catalogue>` read that instead.
 */
function prefetchPieces(element: Element) {
  if (!bundled || element.closest('role-catalogue')) return;
  // A job advert's title is matched against every role, and its band drawn, from one listing of them all.
  if ((element.hasAttribute('job-posting') || element.hasAttribute('job-title')) && !element.hasAttribute('role-id')) {
    bundled.requestListing();
    if (element.localName === 'salary-band') return;
  }
  // The texts' language as the element itself will read it.
  const lang = nearestLanguage(element);
  switch (element.localName) {
    case 'role-card':
      return bundled.prefetch(element.getAttribute('role-id'), lang);
    case 'salary-band':
      return bundled.prefetch(element.getAttribute('role-id'), 'none');
    case 'role-compare':
      bundled.requestList();
      for (const key of (element.getAttribute('roles') ?? '').split(',')) bundled.prefetch(key.trim() || null, lang);
      return;
    case 'role-finder':
      return bundled.requestIndex();
  }
}

/** The pieces for every element at or under `root`. */
function prefetchFound(root: Element | Document) {
  if (!bundled) return;
  if (root instanceof Element && ELEMENTS[root.localName]) prefetchPieces(root);
  for (const element of root.querySelectorAll('role-card, salary-band, role-compare, role-finder')) prefetchPieces(element);
}

/**
 * The first number and date formats a page makes load the engine's locale data: 50 ms and more of
 * main thread in Chromium, which the first element to show a figure would otherwise pay inside its
 * render. Made here, each in a task of its own while the elements' code and the pieces are on the
 * network, they leave the renders short. The formats themselves are thrown away.
 */
function warmFigureFormats() {
  const lang = document.documentElement.lang;
  setTimeout(() => {
    try {
      new Intl.NumberFormat(lang || 'en-GB').format(0);
    } catch {
      new Intl.NumberFormat('en-GB').format(0); // a malformed lang; the elements fall back to en-GB too
    }
    setTimeout(() => new Intl.DateTimeFormat('en-GB', { month: 'long' }).format(0));
  });
}

provideCatalogueAtRoot();
loadFound(document);
prefetchFound(document);
if (requested.size) warmFigureFormats();

// Elements added later (a client-side route, a CMS preview) are loaded when they arrive.
const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (ELEMENTS[node.localName] && !requested.has(node.localName)) void loadElement(node.localName);
      prefetchFound(node);
      if (node.firstElementChild) loadFound(node);
    }
  }
  if (requested.size === Object.keys(ELEMENTS).length && !bundled) observer.disconnect();
});
observer.observe(document.documentElement, { childList: true, subtree: true });
