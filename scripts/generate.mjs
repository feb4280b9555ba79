#!/usr/bin/env node
// Writes the files generated from the sources: data/catalogue.schema.json (from the valibot
// schema) and custom-elements.json (from the elements' JSDoc). With --check it writes nothing
// and fails when a committed file differs from what the sources produce. Both ways it checks that
// data/roles.json passes the JSON Schema, with ajv as an independent validator.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { build } from 'esbuild';

const check = process.argv.includes('--check');
// The analyzer resolves --outdir against the working directory, so the scratch folder lives here.
mkdirSync('node_modules/.cache', { recursive: true });
const scratch = mkdtempSync('node_modules/.cache/role-widgets-gen-');

async function catalogueSchema() {
  const entry = join(process.cwd(), scratch, 'schema.mjs');
  await build({
    stdin: {
      contents: `
        import { toJsonSchema } from '@valibot/to-json-schema';
        import { CatalogueSchema } from './src/catalogue/schema.ts';
        export default toJsonSchema(CatalogueSchema, { errorMode: 'ignore' });`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: entry,
    logLevel: 'error',
  });
  const { default: schema } = await import(pathToFileURL(entry).href);
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
  const manifest = JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8'));
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  return JSON.stringify(manifest, null, 2) + '\n';
}

const outputs = { 'data/catalogue.schema.json': await catalogueSchema(), 'custom-elements.json': manifest() };
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
  if (validate(JSON.parse(readFileSync('data/roles.json', 'utf8')))) return true;
  console.error('data/roles.json does not pass data/catalogue.schema.json:');
  for (const error of validate.errors) console.error(`  ${error.instancePath || '(root)'} ${error.message}`);
  return false;
}

if (!checkDataAgainstSchema()) stale = true;
if (stale) process.exit(1);
