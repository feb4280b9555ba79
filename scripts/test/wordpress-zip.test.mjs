// The WordPress plugin's packer: the roles list follows the catalogue's grouping, and the zip is
// one WordPress can unpack (checked with Info-ZIP's unzip where it is installed).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildWordPressPlugin, rolesList, zip } from '../wordpress-zip.mjs';

const salary = { GB: { currency: 'GBP', min: 30000, max: 40000 } };

test('roles are grouped by family when the catalogue has it, else by stack', () => {
  assert.deepEqual(rolesList({ roles: [{ id: 'd', title: 'D engineer', stack: 'back-end', salary }] }).groups.map((group) => [group.id, group.label]), [['back-end', 'Back end']]);
  const list = rolesList({
    roles: [
      { id: 'a', title: 'A engineer', stack: 'back-end', family: 'stack', salary },
      { id: 'b', title: 'B analyst', stack: 'other', family: 'data-ai', salary },
      { id: 'c', title: 'C engineer', stack: 'front-end', family: 'stack', salary: {} },
    ],
  });
  assert.deepEqual(list.groups.map((group) => [group.label, group.roles.map((role) => role.id)]), [['By part of the stack', ['a', 'c']], ['Data and AI', ['b']]]);
  assert.equal(list.roles.a.pay.GB, 'typical pay in the UK, £30,000 to £40,000 a year.');
  assert.deepEqual(list.roles.c.pay, {});
});

test("today's catalogue is grouped by its stack field, in the catalogue's order", () => {
  const catalogue = JSON.parse(readFileSync('data/roles.json', 'utf8'));
  const list = rolesList(catalogue);
  const expected = [...new Set(catalogue.roles.map((role) => role.family ?? role.stack))];
  assert.deepEqual(list.groups.map((group) => group.id), expected);
  assert.equal(list.groups.flatMap((group) => group.roles).length, catalogue.roles.length);
});

test('the zip holds the plugin, the module with every chunk it imports, and the roles list', { skip: !existsSync('dist/role-widgets.js') && 'run the build first' }, (t) => {
  const outDir = mkdtempSync(join(tmpdir(), 'rw-plugin-'));
  t.after(() => rmSync(outDir, { recursive: true, force: true }));
  const { zip: file } = buildWordPressPlugin({ outDir });
  const listing = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' });
  if (listing.error) return; // no unzip here: the round trip below still checks the format
  const names = listing.stdout.trim().split('\n');
  for (const name of ['role-widgets/role-widgets.php', 'role-widgets/roles.php', 'role-widgets/build/role-widgets.js', 'role-widgets/build/role-widgets.css', 'role-widgets/editor/editor.js', 'role-widgets/blocks/role-card/block.json', 'role-widgets/build/catalogue/index.json', 'role-widgets/build/catalogue/roles/back-end.json', 'role-widgets/build/catalogue/texts/cy/back-end.json']) {
    assert.ok(names.includes(name), `${name} in the zip`);
  }
  const entry = readFileSync('dist/role-widgets.js', 'utf8');
  for (const [, chunk] of entry.matchAll(/"\.\/(chunks\/[^"]+\.js)"/g)) assert.ok(names.includes(`role-widgets/build/${chunk}`), `${chunk} in the zip`);
  assert.equal(spawnSync('unzip', ['-tq', file]).status, 0, 'unzip -t finds no error');
});

test('the hand-written zip writer round-trips through unzip', { skip: spawnSync('unzip', ['-v']).error && 'unzip is not installed' }, async (t) => {
  const { writeFileSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'rw-zip-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 't.zip'), zip([{ name: 'd/' }, { name: 'd/a.txt', data: Buffer.from('héllo '.repeat(100)) }]));
  const out = spawnSync('unzip', ['-p', join(dir, 't.zip'), 'd/a.txt'], { encoding: 'utf8' });
  assert.equal(out.stdout, 'héllo '.repeat(100));
});
