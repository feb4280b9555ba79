// `role-widgets translations`: a translator's round trip through XLIFF 2.0, XLIFF 1.2 and CSV, run
// on copies of the Welsh files (src/i18n/cy.ts, data/roles/*.cy.json), after the build.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, it } from 'node:test';
import { csvRows, csvText } from '../csv.mjs';

let dir;
let places;
const cli = (...args) => spawnSync(process.execPath, ['dist/cli.js', 'translations', ...args], { encoding: 'utf8' });
const read = (file) => readFileSync(file, 'utf8');

/** A fresh copy of the Welsh files, and the options that point the command at it. */
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rw-translations-'));
  // Laid out as in the repository: the messages module reads its vocabulary at ../../data/.
  cpSync('src/i18n/cy.ts', join(dir, 'src', 'i18n', 'cy.ts'));
  cpSync('data/vocabulary.cy.json', join(dir, 'data', 'vocabulary.cy.json'));
  cpSync('data/roles', join(dir, 'roles'), { recursive: true, filter: (path) => !path.endsWith('.json') || path.endsWith('.cy.json') });
  places = ['--messages', join(dir, 'src', 'i18n', 'cy.ts'), '--roles', join(dir, 'roles'), '--states', join(dir, 'states.json')];
});

function exportFile(format, lang = 'cy', extra = places) {
  const out = join(dir, `export.${format === 'csv' ? 'csv' : 'xlf'}`);
  const result = cli('export', '--lang', lang, '--format', format, '--out', out, ...extra);
  assert.equal(result.status, 0, result.stderr);
  return out;
}

function importFile(file, lang = 'cy', extra = places) {
  return cli('import', file, '--lang', lang, ...extra);
}

/** What a translator's tool does to one unit of an XLIFF 2.0 file: a new target, a new state. */
function editXliff2(xml, id, { target, state }) {
  const unit = new RegExp(`<unit id="${id}"[^>]*>[\\s\\S]*?</unit>`);
  assert.match(xml, unit, `no unit ${id}`);
  return xml.replace(unit, (block) => {
    let edited = block;
    if (target !== undefined) edited = edited.replace(/<target>[\s\S]*?<\/target>/, `<target>${target}</target>`);
    if (state) edited = edited.replace(/<segment state="[^"]*"( subState="[^"]*")?>/, `<segment state="${state}">`);
    return edited;
  });
}

/** The role files as they are, to check that those not edited stay byte for byte the same. */
const roleFiles = () => Object.fromEntries(readdirSync(join(dir, 'roles')).map((name) => [name, read(join(dir, 'roles', name))]));
const states = () => JSON.parse(read(join(dir, 'states.json')));

describe('translations export', () => {
  it('writes every interface string and role text with its source, note, plural form and state', () => {
    const csv = csvRows(read(exportFile('csv')));
    const [header, ...rows] = csv;
    assert.deepEqual(header, ['id', 'source', 'target', 'state', 'plural', 'max_length', 'note']);
    const unit = (id) => Object.fromEntries(header.map((name, index) => [name, rows.find((row) => row[0] === id)?.[index]]));
    assert.deepEqual(unit('msg:showFull'), {
      id: 'msg:showFull',
      source: 'Show full profile',
      target: 'Dangos y proffil llawn',
      state: 'machine-translated',
      plural: '',
      max_length: '34',
      note: 'Shows in <role-card>. A short label: keep it within 34 characters.',
    });
    assert.equal(unit('msg:noRole').source, 'No role is called "{name}".');
    assert.equal(unit('msg:noRole').target, 'Does dim rôl o\'r enw "{name}".');
    // Welsh counts in six forms; each is a unit, with the English form it stands for.
    const forms = rows.filter((row) => row[0].startsWith('msg:matches:')).map((row) => [row[4], row[1], row[2]]);
    assert.deepEqual(forms, [
      ['zero', '{count} roles match.', 'Does dim un rôl yn cyfateb.'],
      ['one', '1 role matches.', 'Mae un rôl yn cyfateb.'],
      ['two', '{count} roles match.', 'Mae dwy rôl yn cyfateb.'],
      ['few', '{count} roles match.', 'Mae tair rôl yn cyfateb.'],
      ['many', '{count} roles match.', 'Mae chwe rôl yn cyfateb.'],
      ['other', '{count} roles match.', 'Mae {count} rôl yn cyfateb.'],
    ]);
    // Welsh "few" is 3 alone; "other" takes the counts no other form does.
    assert.match(unit('msg:matches:few').note, /Plural form "few", used for counts such as 3;/);
    assert.match(unit('msg:matches:other').note, /counts such as 4, 5, 7;/);
    assert.match(unit('msg:noRole').note, /\{name\}: values the page fills in; keep them\./);
    assert.equal(unit('role:qa-test:duties.4').source, 'Report bugs clearly and check the fixes');
    assert.equal(unit('role:qa-test:title').max_length, '60');
    // Every role's texts are there: one title a role.
    const roleCount = readdirSync('data/roles').filter((name) => /^[a-z-]+\.json$/.test(name)).length;
    assert.equal(rows.filter((row) => /^role:[\w-]+:title$/.test(row[0])).length, roleCount);
    // Nothing is reviewed yet: every Welsh unit is machine-translated.
    assert.deepEqual([...new Set(rows.map((row) => row[3]))], ['machine-translated']);
  });

  it('marks placeholders as <ph> in XLIFF 2.0 and <x> in 1.2, and machine translation as unreviewed', () => {
    const xliff2 = read(exportFile('xliff2'));
    assert.match(xliff2, /<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="cy"/);
    assert.match(xliff2, /<unit id="msg:noRole">[\s\S]*?<segment state="translated" subState="role-widgets:machine-translated">\s*<source>No role is called "<ph id="name" equiv="\{name\}" disp="\{name\}"\/>"\.<\/source>/);
    assert.match(xliff2, /<unit id="msg:showFull" slr:sizeRestriction="34">/);
    const xliff12 = read(exportFile('xliff12'));
    assert.match(xliff12, /<trans-unit id="msg:noRole">\s*<source>No role is called "<x id="name" equiv-text="\{name\}"\/>"\.<\/source>\s*<target state="needs-review-translation">/);
  });

  it('gives a language with no files yet a file of empty targets in its own plural forms', () => {
    const extra = ['--messages', join(dir, 'fr.js'), '--roles', join(dir, 'fr-roles'), '--states', join(dir, 'fr-states.json')];
    const [header, ...rows] = csvRows(read(exportFile('csv', 'fr', extra)));
    assert.equal(header[2], 'target');
    assert.deepEqual([...new Set(rows.map((row) => row[2]))], ['']);
    assert.deepEqual([...new Set(rows.map((row) => row[3]))], ['new']);
    const forms = rows.filter((row) => row[0].startsWith('msg:matches:')).map((row) => row[4]);
    assert.deepEqual(forms, new Intl.PluralRules('fr').resolvedOptions().pluralCategories.sort((a, b) => ['zero', 'one', 'two', 'few', 'many', 'other'].indexOf(a) - ['zero', 'one', 'two', 'few', 'many', 'other'].indexOf(b)));
  });
});

describe('translations import', () => {
  it('takes back an XLIFF 2.0 file a reviewer edited: changed targets and states, nothing else', () => {
    const file = exportFile('xliff2');
    const messagesBefore = read(join(dir, 'src', 'i18n', 'cy.ts'));
    const rolesBefore = roleFiles();
    let xml = read(file);
    xml = editXliff2(xml, 'msg:showFull', { target: 'Dangos y proffil cyfan', state: 'reviewed' });
    xml = editXliff2(xml, 'msg:pay', { state: 'reviewed' });
    xml = editXliff2(xml, 'role:qa-test:duties.4', { target: "Rhoi gwybod am namau'n glir a gwirio'r trwsiadau", state: 'final' });
    xml = editXliff2(xml, 'msg:noRole', { target: 'Nid oes rôl o\'r enw "<ph id="name" equiv="{name}" disp="{name}"/>".', state: 'translated' });
    writeFileSync(file, xml);
    const result = importFile(file);
    assert.equal(result.status, 0, result.stderr);

    // The messages module: exactly the two changed lines differ.
    const before = messagesBefore.split('\n');
    const after = read(join(dir, 'src', 'i18n', 'cy.ts')).split('\n');
    assert.equal(after.length, before.length);
    const changed = after.map((line, index) => [before[index], line]).filter(([was, is]) => was !== is);
    assert.deepEqual(changed, [
      ['  noRole: (name: string) => `Does dim rôl o\'r enw "${name}".`,', '  noRole: (name: string) => `Nid oes rôl o\'r enw "${name}".`,'],
      ["  showFull: 'Dangos y proffil llawn',", "  showFull: 'Dangos y proffil cyfan',"],
    ]);
    // One role file, one string; the rest byte for byte as they were.
    const rolesAfter = roleFiles();
    for (const [name, text] of Object.entries(rolesBefore)) {
      if (name !== 'qa-test.cy.json') assert.equal(rolesAfter[name], text, name);
    }
    assert.equal(rolesAfter['qa-test.cy.json'], rolesBefore['qa-test.cy.json'].replace("gwirio'r atgyweiriadau", "gwirio'r trwsiadau"));
    // States: the four units the file changed, the rest still machine-translated.
    assert.deepEqual(states(), { 'msg:noRole': 'translated', 'msg:pay': 'reviewed', 'msg:showFull': 'reviewed', 'role:qa-test:duties.4': 'reviewed' });

    // Exported again, the states are kept.
    const again = read(exportFile('xliff2'));
    assert.match(again, /<unit id="msg:pay"[^>]*>[\s\S]*?<segment state="reviewed">/);
    assert.match(again, /<unit id="msg:noRole"[^>]*>[\s\S]*?<segment state="translated">/);
    assert.match(again, /<unit id="msg:payIn"[^>]*>[\s\S]*?<segment state="translated" subState="role-widgets:machine-translated">/);
  });

  it('takes back a CSV edited in a spreadsheet, plural forms included, and keeps the states of units left out', () => {
    // A first review, through XLIFF, that the spreadsheet file will not mention.
    let xml = read(exportFile('xliff2'));
    xml = editXliff2(xml, 'msg:back', { state: 'reviewed' });
    writeFileSync(join(dir, 'first.xlf'), xml);
    assert.equal(importFile(join(dir, 'first.xlf')).status, 0);

    const [header, ...rows] = csvRows(read(exportFile('csv')));
    const row = (id) => rows.find((each) => each[0] === id);
    row('msg:matches:few')[2] = 'Mae tair rôl yn addas.';
    row('msg:matches:few')[3] = 'reviewed';
    row('msg:moreTags:other')[3] = 'reviewed';
    const kept = rows.filter((each) => each[0].startsWith('msg:matches:') || each[0].startsWith('msg:moreTags:'));
    writeFileSync(join(dir, 'review.csv'), csvText([header, ...kept]));
    const messagesBefore = read(join(dir, 'src', 'i18n', 'cy.ts'));
    const result = importFile(join(dir, 'review.csv'));
    assert.equal(result.status, 0, result.stderr);
    const changed = read(join(dir, 'src', 'i18n', 'cy.ts'))
      .split('\n')
      .filter((line, index) => line !== messagesBefore.split('\n')[index]);
    assert.deepEqual(changed, ["    few: 'Mae tair rôl yn addas.',"]);
    assert.deepEqual(states(), { 'msg:back': 'reviewed', 'msg:matches:few': 'reviewed', 'msg:moreTags:other': 'reviewed' });
  });

  it('writes the same module for the same messages: an unchanged file changes nothing', () => {
    const messagesBefore = read(join(dir, 'src', 'i18n', 'cy.ts'));
    for (const format of ['xliff2', 'xliff12', 'csv']) {
      const result = importFile(exportFile(format));
      assert.equal(result.status, 0, result.stderr);
      assert.equal(read(join(dir, 'src', 'i18n', 'cy.ts')), messagesBefore, format);
    }
    assert.deepEqual(states(), {});
  });

  it('refuses a translation that loses a placeholder, naming the unit, and writes nothing', () => {
    const file = exportFile('xliff2');
    writeFileSync(file, editXliff2(read(file), 'msg:noRole', { target: 'Does dim rôl o\'r enw hwnnw.' }));
    const messagesBefore = read(join(dir, 'src', 'i18n', 'cy.ts'));
    const result = importFile(file);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Unit msg:noRole: the translation is missing \{name\}/);
    assert.equal(read(join(dir, 'src', 'i18n', 'cy.ts')), messagesBefore);
    assert.equal(existsSync(join(dir, 'states.json')), false);
  });

  it('refuses a placeholder the English does not have', () => {
    const file = exportFile('csv');
    const [header, ...rows] = csvRows(read(file));
    rows.find((row) => row[0] === 'msg:sayMedian')[2] = 'y canolrif yw {amount}';
    writeFileSync(file, csvText([header, ...rows]));
    const result = importFile(file);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Unit msg:sayMedian: the translation is missing \{median\} and has \{amount\}, which the English does not/);
  });

  it('refuses a counted message with a plural form missing, naming the unit and the form', () => {
    const file = exportFile('csv');
    const [header, ...rows] = csvRows(read(file));
    writeFileSync(file, csvText([header, ...rows.filter((row) => row[0] !== 'msg:rowsHidden:few')]));
    const result = importFile(file);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Unit msg:rowsHidden: the plural forms few are missing \(cy needs zero, one, two, few, many, other\)/);
  });

  it('writes a new language a site adds as a module for registerMessages, with what was translated', async () => {
    const extra = ['--messages', join(dir, 'fr.js'), '--roles', join(dir, 'fr-roles'), '--states', join(dir, 'fr-states.json')];
    const [header, ...rows] = csvRows(read(exportFile('csv', 'fr', extra)));
    const row = (id) => rows.find((each) => each[0] === id);
    row('msg:showFull')[2] = 'Voir le profil complet';
    row('msg:noRole')[2] = 'Aucun rôle ne s’appelle « {name} ».';
    const categories = new Intl.PluralRules('fr').resolvedOptions().pluralCategories;
    for (const category of categories) row(`msg:matches:${category}`)[2] = category === 'one' ? '1 rôle correspond.' : '{count} rôles correspondent.';
    writeFileSync(join(dir, 'fr.csv'), csvText([header, ...rows]));
    const result = importFile(join(dir, 'fr.csv'), 'fr', [...extra]);
    assert.equal(result.status, 0, result.stderr);
    const { default: fr } = await import(pathToFileURL(join(dir, 'fr.js')).href);
    assert.equal(fr.showFull, 'Voir le profil complet');
    assert.equal(fr.noRole('QA'), 'Aucun rôle ne s’appelle « QA ».');
    assert.equal(fr.matches.one, '1 rôle correspond.');
    assert.equal(fr.matches.other(5), '5 rôles correspondent.');
    assert.equal(Object.keys(fr).length, 3);
    const translated = ['msg:noRole', 'msg:showFull', ...categories.map((category) => `msg:matches:${category}`)].sort();
    assert.deepEqual(JSON.parse(read(join(dir, 'fr-states.json'))), Object.fromEntries(translated.map((id) => [id, 'translated'])));
  });
});
