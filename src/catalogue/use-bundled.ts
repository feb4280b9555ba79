/**
 * Side effect: makes the bundled catalogue the default at once. The script-tag builds import this
 * first, so elements render roles from their first update instead of loading the catalogue later.
 */
import { bundledCatalogue } from './bundled.js';
import { useBundledCatalogue } from './default-catalogue.js';

useBundledCatalogue(bundledCatalogue);
