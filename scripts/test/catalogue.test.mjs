// The catalogue's sources: one file per role in data/roles/, assembled into data/roles.json and cut
// into the pieces the script-tag loader fetches (scripts/catalogue.mjs).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { assembleCatalogue, DATA_DIR, pieces, WHOLE_FILE } from '../catalogue.mjs';
import { formatJson } from '../figures.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'role-widgets-catalogue-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of data/ to change, as a contributor's checkout would be. */
function copyOfData(name) {
  const dir = join(scratch, name);
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

describe('the catalogue, one file per role', () => {
  it('data/roles.json is exactly what data/catalogue.json and data/roles/ make', () => {
    assert.equal(readFileSync(WHOLE_FILE, 'utf8'), `${formatJson(assembleCatalogue())}\n`);
  });

  it('a role is added by adding a file: it joins the whole catalogue, the index and the pieces', () => {
    const dir = copyOfData('added');
    const role = JSON.parse(readFileSync(join(dir, 'roles', 'qa-test.json'), 'utf8'));
    const added = { ...role, id: 'accessibility-tester', title: 'Accessibility tester', aliases: ['Digital accessibility auditor'], summary: 'Checks that websites and apps work for disabled people.' };
    writeFileSync(join(dir, 'roles', 'accessibility-tester.json'), JSON.stringify(added));
    const before = assembleCatalogue();
    const catalogue = assembleCatalogue(dir);
    assert.equal(catalogue.roles.length, before.roles.length + 1);
    assert.equal(catalogue.roles.at(-1).id, 'accessibility-tester', 'a role not named in order comes after those that are');
    const { files, ids } = pieces(catalogue);
    assert.ok(ids.includes('accessibility-tester'));
    assert.equal(JSON.parse(files['roles/accessibility-tester.json']).title, 'Accessibility tester');
    assert.equal(JSON.parse(files['texts/en/accessibility-tester.json']).summary, added.summary);
    assert.ok(JSON.parse(files['index.json']).roles.some((entry) => entry.id === 'accessibility-tester'));
  });

  it('texts in another language come from <id>.<lang>.json and reach the whole file, the index titles and a piece of their own', () => {
    const dir = copyOfData('welsh');
    rmSync(join(dir, 'roles', 'back-end.cy.json'), { force: true });
    const welsh = { title: 'Peiriannydd sicrhau ansawdd', summary: 'Testun.', duties: ['Un'], environment: { summary: 'Testun.' }, requirements: { skills: ['Un'], routesIn: ['Un'], qualifications: 'Dim.' }, prospects: 'Da.', interviewQuestions: ['Pam?'] };
    writeFileSync(join(dir, 'roles', 'qa-test.cy.json'), JSON.stringify({ id: 'qa-test', ...welsh }));
    const catalogue = assembleCatalogue(dir);
    assert.deepEqual(catalogue.roles.find((role) => role.id === 'qa-test').translations.cy, welsh);
    const { files, languages } = pieces(catalogue);
    assert.ok(languages.includes('cy'));
    assert.deepEqual(JSON.parse(files['texts/cy/qa-test.json']), welsh);
    assert.equal(JSON.parse(files['roles/qa-test.json']).titles.cy, 'Peiriannydd sicrhau ansawdd');
    // A role without Welsh texts gets no Welsh piece: the element shows its English, marked as such.
    assert.equal(files['texts/cy/back-end.json'], undefined);
  });

  it('no piece carries another role, and the index carries no texts', () => {
    const { files } = pieces(assembleCatalogue());
    const index = JSON.parse(files['index.json']);
    for (const role of index.roles) for (const field of ['summary', 'duties', 'requirements', 'prospects', 'interviewQuestions']) assert.equal(role[field], undefined, `${role.id}.${field}`);
    for (const role of index.roles) assert.equal(role.environment.summary, undefined);
    assert.equal(JSON.parse(files['texts/en/back-end.json']).title, 'Back-end engineer');
  });

  it('says which file is wrong: a file named apart from its id, texts with no role, a stray name, an order naming no file', () => {
    const misnamed = copyOfData('misnamed');
    writeFileSync(join(misnamed, 'roles', 'tester.json'), readFileSync(join(misnamed, 'roles', 'qa-test.json')));
    assert.throws(() => assembleCatalogue(misnamed), /data\/roles\/tester\.json: its id is "qa-test"/);
    const orphan = copyOfData('orphan');
    writeFileSync(join(orphan, 'roles', 'nobody.cy.json'), '{}');
    assert.throws(() => assembleCatalogue(orphan), /nobody\.cy\.json: there is no data\/roles\/nobody\.json/);
    const stray = copyOfData('stray');
    writeFileSync(join(stray, 'roles', 'Back End.json'), '{}');
    assert.throws(() => assembleCatalogue(stray), /a role file is named <id>\.json/);
    const broken = copyOfData('broken');
    writeFileSync(join(broken, 'roles', 'qa-test.json'), '{ not json');
    assert.throws(() => assembleCatalogue(broken), /qa-test\.json/);
    const ordered = copyOfData('ordered');
    rmSync(join(ordered, 'roles', 'qa-test.json'));
    rmSync(join(ordered, 'roles', 'qa-test.cy.json'), { force: true });
    assert.throws(() => assembleCatalogue(ordered), /order names "qa-test"/);
  });
});
