#!/usr/bin/env node
// npm run catalogue: assembles the whole catalogue, data/roles.json, from its sources — data/catalogue.json
// (the catalogue's own facts, the order roles are shown in, who wrote each language) and one file per role
// in data/roles/ (<id>.json: the role with its English texts; <id>.<lang>.json: its texts in another
// language). A contributor adds a role by adding a file. With --check it writes nothing and fails when
// data/roles.json is not what the sources make. The build (rollup.config.mjs) makes from the same
// catalogue the pieces the script-tag loader fetches: see `pieces` (src/cli/split.ts, re-exported below).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
export const WHOLE_FILE = join(DATA_DIR, 'roles.json');

export { EDITOR_FIELDS, factsOf, languagesOf, pieces, textsOf } from './catalogue-pieces.mjs';
const ROLE_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;
const TRANSLATION_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.json$/;

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error.message}`);
  }
};

/** Reads data/catalogue.json and every file in data/roles/ into one catalogue object. */
export function assembleCatalogue(dataDir = DATA_DIR) {
  const { $comment, order = [], ...meta } = readJson(join(dataDir, 'catalogue.json'));
  const rolesDir = join(dataDir, 'roles');
  const names = readdirSync(rolesDir).filter((name) => name.endsWith('.json')).sort();
  const roles = new Map();
  const translations = [];
  for (const name of names) {
    const role = ROLE_FILE.exec(name);
    const translation = TRANSLATION_FILE.exec(name);
    if (role) {
      const data = readJson(join(rolesDir, name));
      if (data.id !== role[1]) throw new Error(`data/roles/${name}: its id is "${data.id}"; a role's file is named after its id (${data.id}.json)`);
      roles.set(data.id, data);
    } else if (translation) translations.push([translation[1], translation[2], name]);
    else throw new Error(`data/roles/${name}: a role file is named <id>.json, and its texts in another language <id>.<lang>.json`);
  }
  for (const [id, lang, name] of translations) {
    const role = roles.get(id);
    if (!role) throw new Error(`data/roles/${name}: there is no data/roles/${id}.json for these texts`);
    const { id: textId, ...texts } = readJson(join(rolesDir, name));
    if (textId !== undefined && textId !== id) throw new Error(`data/roles/${name}: its id is "${textId}", not "${id}"`);
    role.translations = { ...role.translations, [lang]: texts };
  }
  for (const id of order) if (!roles.has(id)) throw new Error(`data/catalogue.json: order names "${id}", which has no file in data/roles/`);
  const ordered = [...order, ...[...roles.keys()].filter((id) => !order.includes(id))].map((id) => roles.get(id));
  const whole = { $schema: './catalogue.schema.json', version: meta.version, updated: meta.updated, roles: ordered };
  if (meta.waysOfWorking) whole.waysOfWorking = meta.waysOfWorking;
  if (meta.languages) whole.languages = meta.languages;
  return whole;
}

/**
 * A catalogue grown to `size` roles for the bench: each added role is a real one under a new id,
 * title and aliases, with its lists in another order, so its pieces weigh what a real role's do.
 */
export function syntheticCatalogue(catalogue, size) {
  const roles = [...catalogue.roles];
  for (let n = 1; roles.length < size; n++) {
    const model = catalogue.roles[n % catalogue.roles.length];
    const rotate = (list) => [...list.slice(n % list.length), ...list.slice(0, n % list.length)];
    roles.push({
      ...model,
      id: `${model.id}-${n}`,
      title: `${model.title} ${n}`,
      aliases: model.aliases.map((alias) => `${alias} ${n}`),
      technologies: rotate(model.technologies),
      duties: rotate(model.duties),
      interviewQuestions: rotate(model.interviewQuestions),
    });
  }
  return { ...catalogue, roles };
}

/** JSON as data/roles.json is kept (the formatting figures.mjs also uses). */
async function format(value) {
  const { formatJson } = await import('./figures.mjs');
  return `${formatJson(value)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await format(assembleCatalogue());
  const current = (() => {
    try {
      return readFileSync(WHOLE_FILE, 'utf8');
    } catch {
      return '';
    }
  })();
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error('data/roles.json is not what data/catalogue.json and data/roles/ make. Run: npm run catalogue');
      process.exit(1);
    }
    console.log('data/roles.json matches data/roles/.');
  } else if (current !== text) {
    writeFileSync(WHOLE_FILE, text);
    console.log('wrote data/roles.json');
  } else console.log('data/roles.json is already current.');
}
