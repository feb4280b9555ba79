// How a whole catalogue is cut into the pieces the script-tag loader fetches, for the build
// (rollup.config.mjs through catalogue.mjs) and the Node tests: the rules are written once, in
// src/cli/split.ts (which takes its texts rule from the one browsers run, catalogue/texts.ts), and
// loaded from there as generate.mjs loads the schema.
import { importTypeScript } from './load-typescript.mjs';

export const { EDITOR_FIELDS, TEXT_FIELDS, factsOf, languagesOf, listingEntryOf, pieces, textsOf } = await importTypeScript(
  "export * from './src/cli/split.ts';",
);
