import data from '../../data/roles.json' with { type: 'json' };
import type { Catalogue } from './schema.js';

/**
 * The catalogue shipped with the library. The JSON is checked against the schema by the test
 * suite (catalogue.test.ts), so the cast here cannot hide a mismatch that reaches a release.
 */
export const bundledCatalogue = data as Catalogue;
