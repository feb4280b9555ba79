#!/usr/bin/env node
// How well the job-title matcher reads advert titles it was not written against
// (`node scripts/match-accuracy.mjs`). Sets of titles, each labelled with the role it names, in
// scripts/test/fixtures: advert-titles.txt and advert-titles-2…4.txt for development (whoever
// changes the matcher's rules may read them and write rules against them; --dev lists their
// misses), and advert-titles-held-out.txt, whose titles this script never prints and against which
// no rule may be written. Accuracy is reported on the held-out set only;
// scripts/test/match-accuracy.test.mjs holds it.
//
// Each held-out set was written and labelled before the rules it was scored on, and scored once:
//   round 1, half of advert-titles.txt by a hash of each title: 90.1% found, 1.8% wrong, 0 outside
//   round 2, advert-titles-2.txt: 97.5% found, 2.2% wrong, 4 jobs outside technology given a role
//   round 3, advert-titles-3.txt: 98.2% found, 0.9% wrong, 2 outside
//   round 4, advert-titles-4.txt: 99.3% found, 2.4% wrong, 4 outside
//   round 5, advert-titles-held-out.txt: 100% found, 1.6% wrong, 3 outside (the final rules)
// Each round that fell short became development data and a new set was held out. A held-out set
// that has been worked against is a development set: to go on, write a fresh one first.
//
//   node scripts/match-accuracy.mjs [--dev] [--roles DIR]
//
// --roles DIR adds the role files in DIR (data/roles/*.json form) to the catalogue, replacing roles
// with the same id: to see how titles for roles that are on their way will match once they land.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEVELOPMENT = ['', '-2', '-3', '-4'].map((n) => `scripts/test/fixtures/advert-titles${n}.txt`);
export const HELD_OUT = 'scripts/test/fixtures/advert-titles-held-out.txt';

/** A set's entries: { title, expected (a role id or null), closest: [ids], outsideTech }. */
export function readCorpus(file) {
  const text = readFileSync(file, 'utf8');
  const entries = [];
  let section;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const heading = /^\[([a-z-]+)(?:\s+closest=([a-z,-]+))?\]$/.exec(line);
    if (heading) {
      const [, label, closest] = heading;
      section = { expected: label === 'none' || label === 'outside' ? null : label, closest: closest ? closest.split(',') : [], outsideTech: label === 'outside' };
      continue;
    }
    if (!section) throw new Error(`${file}: "${line}" comes before any [section]`);
    entries.push({ title: line, ...section });
  }
  return entries;
}

/** The matcher, built from source as the library ships it. */
export async function loadMatcher() {
  const { build } = await import('esbuild');
  mkdirSync('node_modules/.cache', { recursive: true });
  const scratch = mkdtempSync('node_modules/.cache/role-widgets-accuracy-');
  await build({ entryPoints: ['src/catalogue/match-title.ts'], bundle: true, format: 'esm', platform: 'node', outfile: join(scratch, 'match-title.mjs'), logLevel: 'error' });
  return (await import(pathToFileURL(join(process.cwd(), scratch, 'match-title.mjs')).href)).matchJobTitle;
}

/** The bundled catalogue, with the role files in `dir` (if any) added or replacing their namesakes. */
export function readCatalogue(dir) {
  const catalogue = JSON.parse(readFileSync('data/roles.json', 'utf8'));
  if (!dir) return catalogue;
  const added = readdirSync(dir)
    .filter((name) => /^[a-z0-9-]+\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
  const ids = new Set(added.map((role) => role.id));
  return { ...catalogue, roles: [...catalogue.roles.filter((role) => !ids.has(role.id)), ...added] };
}

/**
 * How the matcher does on some entries. A title whose role is in the catalogue counts toward
 * recall and is wrong when given another role. A title whose role is not (yet) there is wrong when
 * given any role but a weak one among its `closest`. A job outside technology is never to get one.
 */
export function score(matchJobTitle, catalogue, entries) {
  const ids = new Set(catalogue.roles.map((role) => role.id));
  const results = entries.map((entry) => {
    const match = matchJobTitle(catalogue, entry.title);
    const named = entry.expected !== null && ids.has(entry.expected);
    const found = named && match?.roleId === entry.expected;
    const allowed = !named && (!match || (!entry.outsideTech && match.strength === 'weak' && entry.closest.includes(match.roleId)));
    return { entry, match, named, found, missed: named && !match, wrong: !!match && !found && !allowed };
  });
  const named = results.filter((r) => r.named);
  return {
    results,
    titles: results.length,
    named: named.length,
    found: named.filter((r) => r.found).length,
    recall: named.filter((r) => r.found).length / named.length,
    wrong: results.filter((r) => r.wrong).length,
    wrongShare: results.filter((r) => r.wrong).length / results.length,
    outside: results.filter((r) => r.entry.outsideTech).length,
    outsideGiven: results.filter((r) => r.entry.outsideTech && r.match).length,
  };
}

export const summary = (name, s) =>
  `${name}: ${s.titles} titles; recall ${(s.recall * 100).toFixed(1)}% (${s.found}/${s.named} naming a catalogue role found); ` +
  `wrong ${(s.wrongShare * 100).toFixed(1)}% (${s.wrong}); outside technology given a role: ${s.outsideGiven} of ${s.outside}`;

const show = (r) => `  ${r.wrong ? 'wrong ' : 'missed'} "${r.entry.title}": expected ${r.entry.expected ?? 'no role'}, got ${r.match ? `${r.match.roleId} (${r.match.strength}: ${r.match.reason})` : 'no role'}`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const rolesAt = args.indexOf('--roles');
  const catalogue = readCatalogue(rolesAt >= 0 ? args[rolesAt + 1] : undefined);
  const matchJobTitle = await loadMatcher();
  const dev = score(matchJobTitle, catalogue, DEVELOPMENT.flatMap(readCorpus));
  console.log(`${catalogue.roles.length} catalogue roles`);
  // While rules are written (--dev), the held-out set is not even summed up; its titles are never shown.
  if (!args.includes('--dev')) console.log(summary('held-out', score(matchJobTitle, catalogue, readCorpus(HELD_OUT))));
  console.log(summary('development', dev));
  if (args.includes('--dev')) for (const r of dev.results.filter((r) => r.wrong || (r.named && !r.found))) console.log(show(r));
}
