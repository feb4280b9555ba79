import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';

// Runs after the build. A browser install of role-widgets leaves out Lit's server renderer, which
// only `role-widgets render` needs: a resolve hook makes it missing, as it is in such an install.
const dir = mkdtempSync(join(tmpdir(), 'rw-cli-'));
writeFileSync(
  join(dir, 'hooks.mjs'),
  `export async function resolve(specifier, context, next) {
    if (specifier === '@lit-labs/ssr' || specifier.startsWith('@lit-labs/ssr/')) throw Object.assign(new Error('Cannot find package ' + specifier), { code: 'ERR_MODULE_NOT_FOUND' });
    return next(specifier, context);
  }`,
);
writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
const withoutSsr = ['--import', pathToFileURL(join(dir, 'register.mjs')).href];
const cli = (nodeArgs, ...args) => spawnSync(process.execPath, [...nodeArgs, 'dist/cli.js', ...args], { encoding: 'utf8' });

describe('CLI without the optional server renderer', () => {
  it('validates a catalogue', () => {
    const result = cli(withoutSsr, 'validate', 'data/roles.json');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /valid, 36 roles/);
  });

  it('says how to install what render needs', () => {
    const result = cli(withoutSsr, 'render', 'salary-band', '--role', 'back-end');
    // 2, as for every other command-line mistake the user can correct.
    assert.equal(result.status, 2);
    assert.match(result.stderr, /npm install --save-dev @lit-labs\/ssr/);
  });

  it('renders once it is there', () => {
    const result = cli([], 'render', 'salary-band', '--role', 'back-end');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /shadowrootmode="open"/);
  });

  it('renders in Welsh with --lang cy, nested elements included, and in English without it', () => {
    const welsh = cli([], 'render', 'role-card', '--role', 'back-end', '--attr', 'variant=compact', '--lang', 'cy');
    assert.equal(welsh.status, 0, welsh.stderr);
    assert.match(welsh.stdout, /<role-card[^>]* lang="cy"/);
    // The card's own words, and those of the band it renders inside it.
    assert.match(welsh.stdout, /Dangos y proffil llawn/);
    assert.match(welsh.stdout, /awr yr wythnos/);
    // The role's Welsh title and texts come from the catalogue's Welsh translation.
    assert.match(welsh.stdout, /aria-label="Peiriannydd ochr y gweinydd, Y Deyrnas Unedig: mae&#39;r hanner canol yn ennill £42,289 i £75,794 y flwyddyn, y canolrif yw £56,914/);
    assert.match(welsh.stdout, /Mae&#39;r peirianwyr hyn yn ysgrifennu/);
    assert.doesNotMatch(welsh.stdout, /Show full profile|hours a week|the middle half earn|United Kingdom/);
    const english = cli([], 'render', 'role-card', '--role', 'back-end', '--attr', 'variant=compact');
    assert.match(english.stdout, /Show full profile/);
    assert.doesNotMatch(english.stdout, /Dangos y proffil llawn/);
  });
});

describe('role-widgets split: a site catalogue in the pieces <role-catalogue texts-src> reads', () => {
  it('writes the index without texts, one file of texts per role and language, and says how to use them', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const out = join(dir, 'split');
    const result = cli([], 'split', 'data/roles.json', '--out', out);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /texts-src=".*\/texts\/\{lang\}\/\{id\}\.json"/);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    assert.ok(index.roles.length > 10);
    assert.ok(index.roles.every((role) => role.summary === undefined && role.duties === undefined));
    assert.deepEqual(readdirSync(join(out, 'texts', 'en')).length, index.roles.length);
    assert.match(JSON.parse(readFileSync(join(out, 'texts', 'en', 'back-end.json'), 'utf8')).summary, /\w/);
  });

  it('refuses a catalogue that is not valid, naming its problems, and writes nothing', async () => {
    const { existsSync } = await import('node:fs');
    const out = join(dir, 'split-bad');
    const result = cli([], 'split', 'src/test/fixtures/invalid-catalogue.json', '--out', out);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /is not a valid catalogue/);
    assert.equal(existsSync(out), false);
    assert.equal(cli([], 'split', 'data/roles.json').status, 2, 'no --out');
  });
});
