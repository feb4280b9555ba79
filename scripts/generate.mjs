#!/usr/bin/env node
// Writes the files generated from the sources: data/catalogue.schema.json (from the valibot
// schema), custom-elements.json (from the elements' JSDoc) and what is read from it: the framework
// types (src/frameworks/elements.generated.ts), the editor data in editor/ (VS Code custom data,
// JetBrains web-types), the CKEditor 5 plugin's attribute list (src/ckeditor5/attributes.generated.ts) and its
// Drupal definition (docs/drupal/role_widgets.ckeditor5.yml)
// and the demo's API reference (demo/api.html); and the whole catalogue,
// data/roles.json, from data/catalogue.json and data/roles/. With --check it writes nothing
// and fails when a committed file differs from what the sources produce. Both ways it checks that
// data/roles.json passes the JSON Schema, with ajv as an independent validator.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { apiPage } from './api-page.mjs';
import { CKEDITOR_ATTRIBUTES_FILE, DRUPAL_PLUGIN_FILE, ckeditorAttributes, drupalPluginDefinition, editorData } from './editor-data.mjs';
import { importTypeScript } from './load-typescript.mjs';

const check = process.argv.includes('--check');
// The analyzer resolves --outdir against the working directory, so the scratch folder lives here.
mkdirSync('node_modules/.cache', { recursive: true });
const scratch = mkdtempSync('node_modules/.cache/role-widgets-gen-');

async function catalogueSchema() {
  const { default: schema } = await importTypeScript(`
    import { toJsonSchema } from '@valibot/to-json-schema';
    import { CatalogueSchema } from './src/catalogue/schema.ts';
    export default toJsonSchema(CatalogueSchema, { errorMode: 'ignore' });`);
  return JSON.stringify(
    {
      ...schema,
      $id: 'https://unpkg.com/role-widgets/data/catalogue.schema.json',
      title: 'role-widgets catalogue',
      description: 'A catalogue of engineering job roles for role-widgets elements. Generated from src/catalogue/schema.ts: edit that file, then run npm run generate.',
    },
    null,
    2,
  ) + '\n';
}

function manifest() {
  const result = spawnSync(
    'node_modules/.bin/cem',
    ['analyze', '--config', 'scripts/cem.config.mjs', '--outdir', scratch, '--quiet'],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`custom-elements-manifest analyzer failed:\n${result.stderr}`);
  // The analyzer lists modules in the order its file reads finish; sort them so the file is stable.
  const manifest = shippedManifest(JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8')));
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  checkManifestSchema(manifest);
  return JSON.stringify(manifest, null, 2) + '\n';
}

/**
 * The analyzer (0.11) writes schemaVersion 1.0.0; what it writes is also valid under schema 2.1.0,
 * the version tools check for (2.1.0 adds `deprecated` and CSS custom states, both optional). The
 * generator says 2.1.0 and proves it: the manifest must pass the published 2.1.0 JSON Schema.
 */
const SCHEMA_VERSION = '2.1.0';

function checkManifestSchema(manifest) {
  const schema = JSON.parse(readFileSync('node_modules/custom-elements-manifest/schema.json', 'utf8'));
  const installed = JSON.parse(readFileSync('node_modules/custom-elements-manifest/package.json', 'utf8')).version;
  if (installed !== SCHEMA_VERSION) throw new Error(`custom-elements-manifest ${installed} is installed; the manifest is written for schema ${SCHEMA_VERSION}`);
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (validate(manifest)) return;
  throw new Error(`custom-elements.json does not pass the ${SCHEMA_VERSION} schema:\n${validate.errors.map((error) => `  ${error.instancePath} ${error.message}`).join('\n')}`);
}

/**
 * Base classes: exported for authors who extend them, but not elements (no tag, never registered).
 * The analyzer records every LitElement subclass as a custom element; these are written as plain
 * classes, described as bases. What they declare (locale, region, the loading part, the shared
 * --rw-* properties) stays documented on each element that inherits it.
 */
const BASE_CLASSES = { 'src/shared/role-widget-element.ts': 'RoleWidgetElement' };
const ELEMENT_ONLY_FIELDS = ['customElement', 'tagName', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates'];

function documentBases(manifest) {
  for (const [path, name] of Object.entries(BASE_CLASSES)) {
    const declaration = manifest.modules.find((module) => module.path === path)?.declarations?.find((candidate) => candidate.name === name);
    if (!declaration) throw new Error(`The base class ${name} is no longer in ${path}: update BASE_CLASSES in scripts/generate.mjs`);
    for (const field of ELEMENT_ONLY_FIELDS) delete declaration[field];
  }
  // Any other element must have a tag: one without is a mistake in its JSDoc, not a base.
  const untagged = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && !declaration.tagName).map((declaration) => `${declaration.name} (${module.path})`));
  if (untagged.length) throw new Error(`Elements without a tag: ${untagged.join(', ')}. Add @tag, or list the class in BASE_CLASSES if it is a base.`);
}

/**
 * The analyzer describes the TypeScript sources; tools (editors, Storybook, linters) need the
 * modules the package ships. Paths become dist/esm/…js, modules that are not shipped as such (the
 * CLI, the script-tag loader) are left out, the analyzer's misreading of the generic
 * defineElement(name, constructor) is dropped, and each tag is linked to the define module that
 * registers it.
 */
/** Source modules that only re-export and are not entry points: the build ships no file for them. */
const BARRELS = ['src/catalogue/index.ts'];

function shippedManifest(manifest) {
  documentBases(manifest);
  const shipped = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/esm/$1.js');
  // The analyzer writes a re-export's module relative to the file ("./bundled.js"); tools expect package paths.
  const resolve = (from, path) => (/^\.\.?\//.test(path) ? join(dirname(from), path) : path);
  const rewrite = (value, from) => {
    if (Array.isArray(value)) return value.map((item) => rewrite(item, from));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === 'module' || key === 'path' ? shipped(resolve(from, item)) : rewrite(item, from)]));
    return value;
  };
  // Rollup keeps no file for a barrel that is not an entry point: its re-exports move to whoever re-exports it.
  const barrels = new Map(manifest.modules.filter((module) => BARRELS.includes(module.path)).map((module) => [shipped(module.path), rewrite(module, module.path).exports]));
  const modules = manifest.modules
    // The build writes bundled-layout's values into the script-tag files; the npm modules have nothing of it to ship.
    .filter((module) => !/^src\/(cli\/|loader\.ts$|catalogue\/bundled-layout\.ts$)/.test(module.path) && !BARRELS.includes(module.path))
    .map((module) => ({ ...module, exports: module.exports?.filter((entry) => !(entry.kind === 'custom-element-definition' && module.path === 'src/shared/define.ts')) }))
    .map((module) => rewrite(module, module.path))
    .map((module) => ({ ...module, exports: module.exports?.flatMap((entry) => (entry.name === '*' && barrels.has(entry.declaration?.module) ? barrels.get(entry.declaration.module) : [entry])) }));
  for (const module of modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const definer = modules.find((candidate) => candidate.path === module.path.replace(/[^/]+\.js$/, 'define.js'));
      if (!definer) throw new Error(`No define module beside ${module.path} registers <${declaration.tagName}>`);
      definer.exports = [...(definer.exports ?? []), { kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: module.path } }];
    }
  }
  keepValueLists(modules);
  attributesLikeTheirFields(modules);
  return { ...manifest, schemaVersion: SCHEMA_VERSION, modules };
}

/**
 * An attribute's default and type as its property's: the analyzer resolves a constant for the
 * property (`timeout = DEFAULT_TIMEOUT_MS` defaults to 10_000) but copies the constant's name onto
 * the attribute, which tools then show as its default.
 */
function attributesLikeTheirFields(modules) {
  for (const declaration of modules.flatMap((module) => module.declarations ?? [])) {
    for (const attribute of declaration.attributes ?? []) {
      const field = declaration.members?.find((member) => member.kind === 'field' && member.name === attribute.fieldName);
      if (!field) continue;
      if (field.default !== undefined) attribute.default = field.default;
      if (!attribute.type && field.type) attribute.type = field.type;
    }
  }
}

/**
 * The type parser spells out every alias; editors need that only where a type is a list of values
 * ('compact' | 'full'), which they offer as completions. Spelled-out object types (a whole
 * catalogue) are long, and lossy where they nest arrays, so only value lists are kept.
 */
const VALUE = String.raw`(?:'[^']*'|"[^"]*"|-?\d+(?:\.\d+)?|true|false|null|undefined|string|number|boolean)`;
const VALUE_LIST = new RegExp(String.raw`^${VALUE}(?: \| ${VALUE})*$`);

function keepValueLists(value) {
  if (Array.isArray(value)) value.forEach(keepValueLists);
  else if (value && typeof value === 'object') {
    const parsed = value.parsedType?.text;
    if (parsed !== undefined && (!VALUE_LIST.test(parsed) || !/['"\d]/.test(parsed) || parsed === value.type?.text)) delete value.parsedType;
    Object.values(value).forEach(keepValueLists);
  }
}

/**
 * Every element's attributes, properties and events as TypeScript, read from the manifest, so the
 * JSX (React, Preact) and Vue types in src/frameworks/ cannot drift from the elements. Each type is
 * the element's own property type (RoleCard['variant'] is 'full' | 'compact'), so a misspelt value
 * is an error; numbers written as markup strings ("3") are accepted too.
 */
/** "CustomEvent<RoleSelectDetail>" → RoleSelectDetail, for each of an element's events. */
const detailTypes = (element) => [...new Set((element.events ?? []).map((event) => /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1]).filter(Boolean))];

function frameworkTypes(manifestText) {
  const elements = JSON.parse(manifestText)
    .modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => ({ ...declaration, module: module.path })))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const source = (module) => `../${module.replace(/^dist\/esm\//, '')}`;
  const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */\n` : '');
  const lines = [
    '// Generated by scripts/generate.mjs from custom-elements.json: run npm run generate, do not edit.',
    // Each event's detail type is exported by the module of the element that fires it first (a finder
    // re-fires its cards' role-select), so a type is imported once, from the first element that names it.
    ...elements.map((element, index) => {
      const earlier = new Set(elements.slice(0, index).flatMap(detailTypes));
      return `import type { ${[element.name, ...detailTypes(element).filter((type) => !earlier.has(type))].join(', ')} } from '${source(element.module)}';`;
    }),
    '',
    '/** A number attribute as markup writes it: 3 or "3". */',
    'type Numeric<T> = [Extract<T, number>] extends [never] ? T : T | `${number}`;',
    '',
  ];
  for (const element of elements) {
    lines.push(`/** Attributes of <${element.tagName}>, by their markup names. */`, `export interface ${element.name}Attributes {`);
    for (const attribute of element.attributes ?? []) {
      if (!attribute.fieldName) continue;
      lines.push(`${doc(attribute.description)}  '${attribute.name}'?: Numeric<${element.name}['${attribute.fieldName}']>;`);
    }
    lines.push('}', '', `/** Properties of <${element.tagName}> that a framework may set. */`, `export type ${element.name}Properties = Partial<Pick<${element.name}, ${[...new Set((element.attributes ?? []).filter((attribute) => attribute.fieldName).map((attribute) => `'${attribute.fieldName}'`))].join(' | ')}>>;`, '');
    lines.push(`/** Events <${element.tagName}> fires, with their details. */`, `export interface ${element.name}Events {`);
    for (const event of element.events ?? []) lines.push(`${doc(event.description)}  '${event.name}': ${event.type.text};`);
    lines.push('}', '');
  }
  const map = (suffix) => elements.map((element) => `  '${element.tagName}': ${element.name}${suffix};`).join('\n');
  lines.push('/** Each tag\'s element class. */', `export interface RoleWidgetsElements {\n${map('')}\n}`, '');
  lines.push('/** Each tag\'s attributes. */', `export interface RoleWidgetsAttributes {\n${map('Attributes')}\n}`, '');
  lines.push('/** Each tag\'s settable properties. */', `export interface RoleWidgetsProperties {\n${map('Properties')}\n}`, '');
  lines.push('/** Each tag\'s events. */', `export interface RoleWidgetsEvents {\n${map('Events')}\n}`, '');
  return lines.join('\n');
}

const manifestText = manifest();
const { assembleCatalogue } = await import('./catalogue.mjs');
const { formatJson } = await import('./figures.mjs');
const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
const outputs = {
  // The whole catalogue in one file, as sites, the CLI and <role-catalogue src> read it: made from data/roles/.
  'data/roles.json': `${formatJson(assembleCatalogue())}\n`,
  'data/catalogue.schema.json': await catalogueSchema(),
  'custom-elements.json': manifestText,
  'src/frameworks/elements.generated.ts': frameworkTypes(manifestText),
  ...editorData(JSON.parse(manifestText), packageJson),
  [CKEDITOR_ATTRIBUTES_FILE]: ckeditorAttributes(JSON.parse(manifestText)),
  [DRUPAL_PLUGIN_FILE]: drupalPluginDefinition(JSON.parse(manifestText)),
  'demo/api.html': apiPage(JSON.parse(manifestText), packageJson),
};
rmSync(scratch, { recursive: true, force: true });

let stale = false;
for (const [file, content] of Object.entries(outputs)) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current === content) continue;
  if (check) {
    console.error(`${file} is out of date with the sources. Run: npm run generate`);
    stale = true;
  } else {
    writeFileSync(file, content);
    console.log(`wrote ${file}`);
  }
}
/**
 * The bundled data must pass the JSON Schema that site editors use, checked by an independent
 * validator (ajv), not only by the valibot schema it was generated from.
 */
function checkDataAgainstSchema() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(outputs['data/catalogue.schema.json']));
  const catalogue = JSON.parse(outputs['data/roles.json']);
  if (validate(catalogue)) return true;
  console.error('The catalogue does not pass data/catalogue.schema.json:');
  // Name the file a contributor edits: /roles/3/… is data/roles/<that role's id>.json.
  const where = (path) => path.replace(/^\/roles\/(\d+)/, (_, index) => `data/roles/${catalogue.roles[index]?.id}.json:`) || '(root)';
  for (const error of validate.errors) console.error(`  ${where(error.instancePath)} ${error.message}`);
  return false;
}

if (!checkDataAgainstSchema()) stale = true;
if (stale) process.exit(1);
