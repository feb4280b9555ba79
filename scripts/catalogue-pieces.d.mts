// Types for scripts/catalogue-pieces.mjs, that the command line (src/cli/cli.ts) bundles.
import type { Catalogue } from '../src/catalogue/schema.js';

export function pieces(catalogue: Catalogue): { files: Record<string, string>; ids: string[]; languages: string[]; version: string };
