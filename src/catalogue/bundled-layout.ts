/**
 * What the script-tag loader knows of the bundled catalogue kept in pieces beside it (in
 * `catalogue/`): every role's id, the languages its texts are written in, and a version added to
 * each piece's URL so a cache never mixes two releases. The build (rollup.config.mjs) writes the
 * real values in place of this null, and the pieces beside the loader; a build without the bundled
 * catalogue keeps the null.
 */
export const BUNDLED_PIECES: { ids: string[]; languages: string[]; version: string } | null = null;
