// The npm modules as a bundler that honours package.json's `sideEffects` sees them (webpack, esbuild,
// Rollup and Vite drop a module imported only for its effects unless sideEffects names it). Each
// element's module must keep the code that defines it and the English words it registers: without
// them a bundled page shows message keys ("section.pay") instead of words. Runs after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

/** What each entry must still carry once bundled: its tag's definition and a word of each message set it uses. */
const ENTRIES = {
  'dist/esm/elements/role-card/define.js': ['role-card', 'Show full profile', 'a year'],
  'dist/esm/elements/salary-band/define.js': ['salary-band', 'Bar: the middle half of earners', 'a year'],
  'dist/esm/elements/role-compare/define.js': ['role-compare'],
  'dist/esm/elements/role-finder/define.js': ['role-finder'],
  'dist/esm/elements/role-catalogue/define.js': ['role-catalogue'],
  'dist/esm/role-widgets.js': ['role-card', 'Show full profile', 'Bar: the middle half of earners', 'a year'],
};

for (const [entry, words] of Object.entries(ENTRIES)) {
  test(`bundled with esbuild, ${entry} keeps its element and its English words`, async () => {
    const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, logLevel: 'silent', external: ['@lit-labs/ssr*'] });
    const code = result.outputFiles.map((file) => file.text).join('\n');
    assert.match(code, /customElements\.define|\.define\(/, 'no element is defined');
    for (const word of words) assert.ok(code.includes(word), `"${word}" was dropped`);
  });
}
