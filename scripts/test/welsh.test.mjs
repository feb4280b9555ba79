// The Welsh a Welsh page shows, read from the sources: every phrase of the catalogue's own that an
// element shows (source names, pay and hours bases, hours notes, technology labels) has its Welsh in
// data/vocabulary.cy.json or is kept English on purpose there, and each term of the glossary below
// has one Welsh rendering across the interface strings (src/i18n/cy.ts beside the English) and the
// role texts (data/roles/<id>.cy.json beside <id>.json).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { build } from 'esbuild';

const vocabulary = JSON.parse(readFileSync('data/vocabulary.cy.json', 'utf8'));
const catalogue = JSON.parse(readFileSync('data/roles.json', 'utf8'));

/** Every phrase of the catalogue's own an element shows, with where it is shown. */
function shownPhrases() {
  const said = { translate: new Map(), technologies: new Map() };
  const add = (map, phrase, where) => map.set(phrase, [...(map.get(phrase) ?? []), where]);
  for (const role of catalogue.roles) {
    for (const [region, band] of Object.entries(role.salary)) {
      add(said.translate, band.source.name, `${role.id} salary.${region}.source.name`);
      add(said.translate, band.basis, `${role.id} salary.${region}.basis`);
    }
    for (const [region, quoted] of Object.entries(role.quotedPay ?? {})) {
      add(said.translate, quoted.source.name, `${role.id} quotedPay.${region}.source.name`);
      add(said.translate, quoted.basis, `${role.id} quotedPay.${region}.basis`);
    }
    const { hours } = role;
    add(said.translate, hours.source.name, `${role.id} hours.source.name`);
    if (hours.basis) add(said.translate, hours.basis, `${role.id} hours.basis`);
    if (hours.note) add(said.translate, hours.note, `${role.id} hours.note`);
    if (hours.typical) {
      add(said.translate, hours.typical.source.name, `${role.id} hours.typical.source.name`);
      add(said.translate, hours.typical.basis, `${role.id} hours.typical.basis`);
    }
    for (const tech of role.technologies) add(said.technologies, tech.name, `${role.id} technologies`);
  }
  return said;
}

describe('the Welsh vocabulary (data/vocabulary.cy.json)', () => {
  const { translate, technologies } = shownPhrases();
  const keep = new Set(vocabulary.keepEnglish);

  it('has the Welsh of every source name, basis and note the catalogue shows', () => {
    const missing = [...translate].filter(([phrase]) => !vocabulary.phrases[phrase]).map(([phrase, where]) => `${where[0]}: "${phrase}"`);
    assert.deepEqual(missing, [], 'add these to "phrases" in data/vocabulary.cy.json');
  });

  it('has the Welsh of every technology label, or keeps it English on purpose', () => {
    const missing = [...technologies].filter(([name]) => !vocabulary.phrases[name] && !keep.has(name)).map(([name, where]) => `${where[0]}: "${name}"`);
    assert.deepEqual(missing, [], 'add these to "phrases" (ordinary words) or "keepEnglish" (a product or a method by name)');
    assert.deepEqual(vocabulary.keepEnglish.filter((name) => vocabulary.phrases[name]), [], 'a name is either translated or kept English, not both');
  });

  it('holds no phrase the catalogue no longer shows', () => {
    const shown = new Set([...translate.keys(), ...technologies.keys()]);
    assert.deepEqual(Object.keys(vocabulary.phrases).filter((phrase) => !shown.has(phrase)), []);
    // A name kept English is a technology's, or is met in a Welsh text or phrase.
    const welsh = JSON.stringify([catalogue.roles.map((role) => role.translations?.cy), catalogue.waysOfWorking, Object.values(vocabulary.phrases)]);
    assert.deepEqual(vocabulary.keepEnglish.filter((name) => !technologies.has(name) && !welsh.includes(name)), []);
  });

  it('keeps figures and codes as they are in the English', () => {
    const numbers = (text) => (text.match(/\d[\d./-]*/g) ?? []).join(' ');
    const changed = Object.entries(vocabulary.phrases).filter(([english, welsh]) => numbers(english) !== numbers(welsh));
    assert.deepEqual(changed, []);
  });
});

/** The English and Welsh interface strings, key by key, each message's forms written with stand-ins for its values. */
async function interfaceStrings() {
  mkdirSync('node_modules/.cache', { recursive: true });
  const scratch = mkdtempSync('node_modules/.cache/role-widgets-welsh-');
  const messageFiles = readdirSync('src/elements').map((tag) => `src/elements/${tag}/messages.ts`);
  // Each file exports its English message set (and registers it, which a bundle for Node may shake away).
  const files = ['src/i18n/en.ts', ...messageFiles];
  const entry = [
    ...files.map((file, index) => `import * as m${index} from './${file}';`),
    "export { default as cy } from './src/i18n/cy.ts';",
    `export const en = Object.assign({}, ...[${files.map((_, index) => `m${index}`).join(', ')}].flatMap((module) => Object.values(module).filter((value) => value && typeof value === 'object' && !Array.isArray(value))));`,
  ].join('\n');
  await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', outfile: join(scratch, 'messages.mjs'), logLevel: 'error' });
  const { en, cy } = await import(pathToFileURL(join(process.cwd(), scratch, 'messages.mjs')).href);
  const written = (message) => {
    const forms = typeof message === 'object' ? Object.values(message) : [message];
    return forms.map((form) => (typeof form === 'function' ? form(...Array(5).fill(['…'])) : form)).join('\n');
  };
  return Object.keys(en)
    .filter((key) => cy[key] !== undefined)
    .map((key) => ({ where: `message ${key}`, en: written(en[key]), cy: written(cy[key]) }));
}

/** Each role text beside its Welsh: strings at the same place in <id>.json and <id>.cy.json. */
function roleTextPairs() {
  const pairs = [];
  const walk = (english, welsh, where) => {
    if (typeof english === 'string' && typeof welsh === 'string') pairs.push({ where, en: english, cy: welsh });
    else if (english && welsh && typeof english === 'object') for (const key of Object.keys(welsh)) walk(english[key], welsh[key], `${where}.${key}`);
  };
  for (const role of catalogue.roles) if (role.translations?.cy) walk(role, role.translations.cy, role.id);
  for (const way of catalogue.waysOfWorking ?? []) if (way.translations?.cy) walk(way, way.translations.cy, `way ${way.id}`);
  return pairs;
}

/**
 * One Welsh word per English term. `renderings`: the Welsh forms met for the term, mutations
 * included (pentwr, bentwr); the first is the chosen one. `unless`: English that legitimately takes
 * another of the forms ("job" is swydd), so a string holding it is not counted for the term.
 */
const GLOSSARY = [
  { term: 'stack', en: /\bstack\b/i, renderings: { stac: /\bstac\b/i, pentwr: /\b(p|b|mh)entwr\b/i } },
  { term: 'front end', en: /\bfront[- ]?end\b/i, renderings: { 'pen blaen': /\bpen blaen\b/i, 'ochr y defnyddiwr': /\bochr y defnyddiwr\b/i } },
  { term: 'full stack', en: /\bfull[- ]?stack\b/i, renderings: { 'stac llawn': /\bstac llawn\b/i, 'pentwr llawn': /\b(p|b|mh)entwr llawn\b/i } },
  { term: 'role', en: /\broles?\b/i, unless: /\b(jobs?|post|position|career)\b/i, renderings: { rôl: /\br[ôo]l(au)?\b/i, swydd: /\bswydd(i|au)?\b/i } },
  { term: 'shifts', en: /\bshifts?\b/i, renderings: { shifftiau: /\bshifft(iau)?\b/i, sifftiau: /\bsifft(iau)?\b/i } },
  { term: 'loading', en: /\bloading\b/i, renderings: { 'yn llwytho': /\byn llwytho\b/i, "wrthi'n llwytho": /\bwrthi['’]n llwytho\b/i } },
];

describe('one Welsh term per English term', async () => {
  const pairs = [...(await interfaceStrings()), ...roleTextPairs()];

  it('reads the interface strings and the role texts', () => {
    assert.ok(pairs.some((pair) => pair.where === 'message findRole' && pair.cy === 'Dod o hyd i rôl'));
    assert.ok(pairs.some((pair) => pair.where.startsWith('full-stack.') && /stac llawn/i.test(pair.cy)));
  });

  for (const { term, en, unless, renderings } of GLOSSARY) {
    it(`"${term}" is "${Object.keys(renderings)[0]}" wherever the English says it`, () => {
      const used = {};
      for (const pair of pairs) {
        if (!en.test(pair.en) || unless?.test(pair.en)) continue;
        for (const [welsh, pattern] of Object.entries(renderings)) if (pattern.test(pair.cy)) (used[welsh] ??= []).push(pair.where);
      }
      const others = Object.fromEntries(Object.entries(used).filter(([welsh]) => welsh !== Object.keys(renderings)[0]));
      assert.deepEqual(others, {}, `"${term}" has another Welsh rendering here`);
      assert.ok(used[Object.keys(renderings)[0]]?.length, `"${Object.keys(renderings)[0]}" is never used for "${term}": is the glossary out of date?`);
    });
  }
});
