#!/usr/bin/env node
// Lints the library (npm run lint; npm test runs it too): eslint with eslint-plugin-lit and
// eslint-plugin-wc for templates and element classes, then lit-analyzer, which type-checks every
// binding against the element it targets, so a misspelt property or a wrong value type fails.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

/** Source files, tests left out: tests set bad values on purpose to see the elements cope. */
function librarySources(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : librarySources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const eslintOk = run(process.execPath, ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', 'src']);
const analyzerOk = run(process.execPath, [
  '--require',
  './scripts/lint/typescript5.cjs',
  'node_modules/lit-analyzer/cli.js',
  '--strict',
  '--maxWarnings',
  '0',
  // Its CSS data predates container queries and SVG presentation properties; the browsers check CSS.
  '--rules.no-invalid-css',
  'off',
  // Element modules are free of side effects by design: each element's define.ts registers the
  // elements it renders, so a module using <salary-band> does not import its definition itself.
  '--rules.no-missing-import',
  'off',
  ...librarySources(),
]);
process.exit(eslintOk && analyzerOk ? 0 : 1);
