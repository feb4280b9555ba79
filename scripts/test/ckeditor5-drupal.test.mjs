// The Drupal recipe in docs/ckeditor5.md maps what the CKEditor 5 plugin imports from 'ckeditor5' to
// Drupal's DLL builds. Nothing runs that file here (no Drupal), so this checks it against the
// plugin's source: a class the plugin starts to import must be added to the recipe too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const pluginFiles = readdirSync('src/ckeditor5').filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
const names = (list) => list.split(',').map((name) => name.trim()).filter(Boolean);

test('the Drupal recipe maps every class the plugin imports from ckeditor5, and no other', () => {
  const imported = new Set();
  for (const file of pluginFiles) {
    const source = readFileSync(`src/ckeditor5/${file}`, 'utf8');
    // Value imports only: `import type` is erased and needs nothing at run time.
    for (const [, list] of source.matchAll(/^import \{([^}]*)\} from 'ckeditor5';/gm)) for (const name of names(list)) imported.add(name);
  }
  assert.ok(imported.size > 0, 'the plugin imports from ckeditor5');
  const docs = readFileSync('docs/ckeditor5.md', 'utf8');
  const shim = /```js\n\s*\/\/ What role-widgets\/ckeditor5 imports from 'ckeditor5'[^\n]*\n([\s\S]*?)```/.exec(docs);
  assert.ok(shim, 'docs/ckeditor5.md has the DLL mapping file');
  const mapped = new Set([...shim[1].matchAll(/export \{([^}]*)\} from 'ckeditor5\/src\/\w+';/g)].flatMap(([, list]) => names(list)));
  assert.deepEqual([...mapped].sort(), [...imported].sort());
});

test('the Drupal plugin definition lists every element the plugin keeps', () => {
  const definition = readFileSync('docs/drupal/role_widgets.ckeditor5.yml', 'utf8');
  const attributes = readFileSync('src/ckeditor5/attributes.generated.ts', 'utf8');
  const tags = [...attributes.matchAll(/^ {2}"([a-z]+-[a-z-]+)": \{$/gm)].map(([, tag]) => tag);
  assert.ok(tags.length >= 5);
  for (const tag of tags) assert.match(definition, new RegExp(`- <${tag}>\\n\\s+- <${tag} [^>]+>`), tag);
  assert.match(definition, /plugins:\n\s+- roleWidgets\.RoleWidgets/);
  assert.match(definition, /insertRole:/);
});
