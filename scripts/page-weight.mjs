// What a page downloads from the script-tag loader (dist/role-widgets.js) for the elements it uses:
// the entry, the chunk of each element and of what it renders, and every chunk those import.
// Read from the built files, so CI can check it without a browser; npm run bench measures the same
// pages in Chromium.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dynamicImports, withImports } from './module-imports.mjs';

/** The chunk each tag's loader entry imports, read from the minified loader. */
function elementChunks(entry) {
  const code = readFileSync(entry, 'utf8');
  return Object.fromEntries([...code.matchAll(/"([a-z]+(?:-[a-z]+)+)":\(\)=>import\("([^"]+)"\)/g)].map(([, tag, path]) => [tag, join(dirname(entry), path)]));
}

/**
 * The files and gzip bytes of a page using `tags` through the loader at `entry`, and the pieces of
 * the bundled catalogue it fetches (paths in catalogue/ beside the loader, e.g. "roles/qa-test.json",
 * "texts/en/qa-test.json", "index.json"), and the chunks named in `lazy` that its files import on first use.
 */
export function pageWeight(entry, tags, pieces = [], lazy = []) {
  const chunks = elementChunks(entry);
  const files = withImports(entry);
  for (const tag of tags) {
    if (!chunks[tag]) throw new Error(`${entry} has no chunk for <${tag}>`);
    withImports(chunks[tag], { found: files });
  }
  // Chunks the page loads on first use (the job advert reader, the matcher), named without their hash.
  for (const name of lazy) {
    const found = [...files].flatMap(dynamicImports).find((file) => file.split('/').pop().startsWith(`${name}-`));
    if (!found) throw new Error(`no chunk named ${name} is imported by the page's files`);
    withImports(found, { found: files });
  }
  for (const piece of pieces) files.add(join(dirname(entry), 'catalogue', piece));
  const gzip = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  return { files: [...files], gzip };
}
