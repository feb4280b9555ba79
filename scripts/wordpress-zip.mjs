#!/usr/bin/env node
// Packs the WordPress plugin (wordpress/) with the built script-tag files (the module, its chunks,
// the catalogue's pieces, the stylesheet) and a roles list made
// from data/roles.json: dist/wordpress/role-widgets/ (the plugin folder) and
// dist/wordpress/role-widgets.zip (what Plugins → Add New → Upload takes). Run after rollup.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { withImports } from './module-imports.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PLUGIN_DIR = join(root, 'dist/wordpress/role-widgets');
export const PLUGIN_ZIP = join(root, 'dist/wordpress/role-widgets.zip');

// How the catalogue groups its roles, and the catalogue's own words for its groups, from the built
// npm module (this runs after the build): the one grouping the CKEditor 5 plugin's form uses too,
// so the editor's list reads as the finder and compare do.
const { groupRoles } = await import('../dist/esm/catalogue/groups.js');

const REGION_WORDS = { GB: 'in the UK', US: 'in the US' };

/** "£42,289 to £75,794 a year, typical pay in the UK": the fallback line's figures, from the catalogue only. */
function payText(region, salary) {
  const money = new Intl.NumberFormat(region === 'US' ? 'en-US' : 'en-GB', { style: 'currency', currency: salary.currency, maximumFractionDigits: 0 });
  const where = REGION_WORDS[region] ?? `in ${region}`;
  return `typical pay ${where}, ${money.format(salary.min)} to ${money.format(salary.max)} a year.`;
}

/** The roles list the plugin reads (ids, titles, groups, pay for the fallback text). */
export function rolesList(catalogue) {
  const groups = groupRoles(catalogue.roles);
  const roles = {};
  const regions = new Set();
  for (const role of catalogue.roles) {
    const group = groups.find((candidate) => candidate.roles.includes(role)).id;
    const pay = {};
    for (const [region, salary] of Object.entries(role.salary ?? {})) {
      regions.add(region);
      if (Number.isFinite(salary.min) && Number.isFinite(salary.max)) pay[region] = payText(region, salary);
    }
    roles[role.id] = { title: role.title, group, pay };
  }
  return { regions: [...regions], groups: groups.map(({ id, label, roles: members }) => ({ id, label, roles: members.map((role) => ({ id: role.id, title: role.title })) })), roles };
}

/** The files a page fetches from role-widgets.js: the entry and every chunk it imports, statically or on demand. */
function moduleFiles(distDir) {
  return [...withImports(join(distDir, 'role-widgets.js'), { dynamic: true })].map((file) => relative(distDir, file).split('\\').join('/'));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip of the given entries ({ name, data } files and { name } folders ending in "/"), deflated, with a fixed date so builds repeat. */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const isDir = entry.name.endsWith('/');
    const raw = isDir ? Buffer.alloc(0) : entry.data;
    const packed = isDir ? raw : deflateRawSync(raw, { level: 9 });
    const method = isDir ? 0 : 8;
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // 00:00
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by Unix, so the modes below are read
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((((isDir ? 0o40755 : 0o100644) << 16) | (isDir ? 0x10 : 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? [path + '/', ...walk(path)] : [path];
  });
}

/**
 * Builds the plugin folder and zip from dist/ (rollup's output) and data/roles.json, into
 * dist/wordpress/ or `outDir` (tests build elsewhere, so two test files never race on one folder).
 */
export function buildWordPressPlugin({ outDir = join(root, 'dist/wordpress') } = {}) {
  const distDir = join(root, 'dist');
  if (!existsSync(join(distDir, 'role-widgets.js'))) throw new Error('dist/role-widgets.js is missing: run the rollup build first (npm run build)');
  const PLUGIN_DIR = join(outDir, 'role-widgets');
  const PLUGIN_ZIP = join(outDir, 'role-widgets.zip');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(PLUGIN_DIR, { recursive: true });
  cpSync(join(root, 'wordpress'), PLUGIN_DIR, { recursive: true });
  const files = [...moduleFiles(distDir), 'role-widgets.css'];
  for (const file of files) cpSync(join(distDir, file), join(PLUGIN_DIR, 'build', file));
  // The bundled catalogue's pieces, fetched beside the module: each page takes only its roles' files.
  cpSync(join(distDir, 'catalogue'), join(PLUGIN_DIR, 'build', 'catalogue'), { recursive: true });
  const catalogue = JSON.parse(readFileSync(join(root, 'data/roles.json'), 'utf8'));
  const json = JSON.stringify(rolesList(catalogue)).replaceAll('\\', '\\\\').replaceAll("'", "\\'");
  writeFileSync(join(PLUGIN_DIR, 'roles.php'), `<?php\n// Made by scripts/wordpress-zip.mjs from data/roles.json (catalogue of ${catalogue.updated}). Do not edit.\ndefined( 'ABSPATH' ) || exit;\nreturn json_decode( '${json}', true );\n`);
  const entries = walk(PLUGIN_DIR).map((path) => {
    const name = `role-widgets/${relative(PLUGIN_DIR, path).split('\\').join('/')}${path.endsWith('/') ? '/' : ''}`;
    return path.endsWith('/') ? { name } : { name, data: readFileSync(path) };
  });
  writeFileSync(PLUGIN_ZIP, zip([{ name: 'role-widgets/' }, ...entries]));
  return { dir: PLUGIN_DIR, zip: PLUGIN_ZIP, files: entries.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { zip: file, files } = buildWordPressPlugin();
  console.log(`${relative(root, file)}: ${files} entries, ${(statSync(file).size / 1024).toFixed(1)} KB`);
}
