/**
 * Side effect: makes the bundled catalogue the default at once. The one-file builds import this
 * first, so elements render roles from their first update instead of loading the catalogue later.
 *
 * The classic file (`role-widgets.classic.js`) bundles the catalogue in English only, so no
 * English page pays for other languages; a page in another language fetches that language's
 * texts from the `catalogue/` folder beside the script, piece by piece, as the module loader does.
 */
import { bundledCatalogue } from './bundled.js';
import { BUNDLED_PIECES } from './bundled-layout.js';
import { useBundledCatalogue } from './default-catalogue.js';

// Only a classic script knows where it was loaded from, and only while it first runs.
const script = typeof document === 'undefined' ? null : document.currentScript;
const base = BUNDLED_PIECES && script instanceof HTMLScriptElement && script.src ? new URL('catalogue/', script.src).href : undefined;
useBundledCatalogue(
  bundledCatalogue,
  base && BUNDLED_PIECES ? { texts: `${base}texts/{lang}/{id}.json?v=${BUNDLED_PIECES.version}`, languages: BUNDLED_PIECES.languages } : undefined,
);
