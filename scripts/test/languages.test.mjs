// What ships for languages, read from the built files (npm test builds dist/ first): Welsh is a
// chunk no English page loads, reached only by a dynamic import, and stays out of the classic file.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, it } from 'node:test';
import { pageWeight } from '../page-weight.mjs';

const chunks = readdirSync('dist/chunks').filter((name) => name.endsWith('.js'));
const welshChunk = chunks.find((name) => /^cy-[\w-]{8}\.js$/.test(name));
const WELSH = 'Dangos y proffil llawn';

describe('languages in the built files', () => {
  it('Welsh is a chunk of its own', () => {
    assert.ok(welshChunk, `no cy-….js among ${chunks.join(', ')}`);
    assert.match(readFileSync(`dist/chunks/${welshChunk}`, 'utf8'), new RegExp(WELSH));
    // No other script-tag file carries the Welsh.
    for (const name of chunks.filter((chunk) => chunk !== welshChunk)) assert.doesNotMatch(readFileSync(`dist/chunks/${name}`, 'utf8'), new RegExp(WELSH), name);
  });

  for (const tags of [['salary-band'], ['role-card', 'salary-band', 'role-compare'], ['role-finder', 'role-card', 'role-compare', 'salary-band', 'role-catalogue']]) {
    it(`a page with ${tags.join(', ')} loads no Welsh up front`, () => {
      const files = pageWeight('dist/role-widgets.js', tags).files.map((file) => basename(file));
      assert.ok(!files.includes(welshChunk), files.join(', '));
    });
  }

  it('the shared base reaches Welsh only through a dynamic import', () => {
    const importers = chunks.filter((name) => name !== welshChunk && readFileSync(`dist/chunks/${name}`, 'utf8').includes(welshChunk));
    assert.ok(importers.length > 0);
    for (const name of importers) {
      const code = readFileSync(`dist/chunks/${name}`, 'utf8');
      assert.match(code, new RegExp(`import\\("\\./${welshChunk.replace('.', '\\.')}"\\)`), name);
      assert.doesNotMatch(code, new RegExp(`from\\s*"\\./${welshChunk.replace('.', '\\.')}"`), name);
    }
  });

  it('the classic file leaves Welsh out and fetches i18n/cy.js beside itself', () => {
    const classic = readFileSync('dist/role-widgets.classic.js', 'utf8');
    assert.doesNotMatch(classic, new RegExp(WELSH));
    assert.match(classic, /import\(new URL\("i18n\/cy\.js"/);
    assert.ok(existsSync('dist/i18n/cy.js'));
    assert.match(readFileSync('dist/i18n/cy.js', 'utf8'), new RegExp(`${WELSH}[\\s\\S]*export\\s*\\{\\s*\\w+ as default\\s*\\}`));
  });
});
