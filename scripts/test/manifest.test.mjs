import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

// Runs after the build: the manifest must describe the files the package ships.
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** Every module path the manifest names, in modules, declarations and references. */
function referencedPaths(value, found = new Set()) {
  if (Array.isArray(value)) value.forEach((item) => referencedPaths(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'module' || key === 'path') && typeof item === 'string') found.add(item);
      else referencedPaths(item, found);
    }
  }
  return found;
}

describe('custom-elements.json, as tools read it', () => {
  it('is the file package.json names, and the package ships it', () => {
    assert.equal(packageJson.customElements, 'custom-elements.json');
    assert.ok(packageJson.files.includes('custom-elements.json'));
  });

  it('names only modules the package ships', () => {
    const missing = [...referencedPaths(manifest)].filter((path) => !path.startsWith('dist/esm/') || !existsSync(new URL(`../../${path}`, import.meta.url)));
    assert.deepEqual(missing, []);
  });

  it('links every tag to the module that defines it, and records nothing else as a definition', () => {
    const tags = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => declaration.tagName));
    const definitions = manifest.modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ ...entry, definedIn: module.path })));
    assert.deepEqual(definitions.map((definition) => definition.name).sort(), [...tags].sort());
    assert.deepEqual(tags.sort(), ['role-card', 'role-catalogue', 'role-compare', 'role-finder', 'salary-band']);
    for (const definition of definitions) {
      assert.equal(definition.definedIn, `dist/esm/elements/${definition.name}/define.js`);
      const source = readFileSync(new URL(`../../${definition.definedIn}`, import.meta.url), 'utf8');
      assert.match(source, new RegExp(`defineElement\\(['"]${definition.name}['"], ${definition.declaration.name}\\)`), `${definition.definedIn} registers <${definition.name}>`);
    }
  });
});

describe('package.json exports', () => {
  it('gives every script entry types, and every file it names exists after the build', () => {
    for (const [entry, target] of Object.entries(packageJson.exports)) {
      if (/\.(css|json)$|\*/.test(entry)) continue;
      assert.equal(typeof target, 'object', `${entry} has no types`);
      // ./types/* entries are types only (JSX and Vue declarations); every other entry is code with its types.
      const files = entry.startsWith('./types/') ? [target.types] : [target.types, target.default];
      for (const file of files) assert.ok(file && existsSync(new URL(`../../${file}`, import.meta.url)), `${entry}: ${file} is missing`);
    }
  });
});

describe('README and docs/', () => {
  it('show only code that is part of an example app (which npm test type-checks, builds and runs)', () => {
    // The framework snippets live in docs/npm-and-frameworks.md since the README was cut down to its first screen.
    const pages = ['README.md', ...readdirSync(new URL('../../docs/', import.meta.url)).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
    const readme = pages.map((page) => readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8')).join('\n');
    const snippets = [...readme.matchAll(/<!-- example: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)];
    assert.ok(snippets.length >= 6, `found ${snippets.length} example snippets`);
    for (const [, file, code] of snippets) {
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      assert.ok(source.includes(code), `the docs' snippet from ${file} is not in that file:\n${code}`);
    }
  });
});
