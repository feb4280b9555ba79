// Loads TypeScript from src/ into a Node script, so a rule the browsers run (the catalogue schema,
// how a role splits into facts and texts) is written once and the build runs that same copy.
// esbuild bundles the module and its imports into one scratch file that Node then imports.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Imports `contents`, a TypeScript module whose imports resolve from the repository's root (e.g.
 * `export * from './src/cli/split.ts'`), and returns its exports. Each call has its own
 * scratch folder, so builds and tests running side by side never read each other's file.
 */
export async function importTypeScript(contents) {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const scratch = mkdtempSync(join(root, 'node_modules/.cache/role-widgets-ts-'));
  const outfile = join(scratch, 'module.mjs');
  try {
    await build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
