// Which built files a module brings with it: its relative imports, static (`import … from "./x.js"`,
// `import "./x.js"`, `export … from "./x.js"`) and, when asked, dynamic (`import("./x.js")`),
// followed transitively. The one reader of a built chunk's imports, for the WordPress plugin's
// file list (wordpress-zip.mjs) and the page weights (page-weight.mjs), so the two agree.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const STATIC = /(?:^|[;}\s])(?:import|export)[^"'()]*?from\s*"(\.[^"]+)"|(?:^|[;}\s])import\s*"(\.[^"]+)"/g;
const DYNAMIC = /import\("(\.[^"]+)"\)/g;

/** The files `file` imports on demand (`import("./x.js")`), as paths joined to its folder. */
export function dynamicImports(file) {
  return [...readFileSync(file, 'utf8').matchAll(DYNAMIC)].map(([, path]) => join(dirname(file), path));
}

/**
 * `file` and every file it imports, transitively, added to `found`: statically only, or with
 * `dynamic` the chunks it imports on demand too (everything a page could fetch from it).
 */
export function withImports(file, { dynamic = false, found = new Set() } = {}) {
  if (found.has(file)) return found;
  found.add(file);
  const code = readFileSync(file, 'utf8');
  const specs = [...code.matchAll(STATIC)].map(([, from, bare]) => from ?? bare);
  if (dynamic) specs.push(...[...code.matchAll(DYNAMIC)].map(([, path]) => path));
  for (const spec of specs) withImports(join(dirname(file), spec), { dynamic, found });
  return found;
}
