#!/usr/bin/env node
// Size budget, checked by npm test after the build: what a page downloads, not one file. Budgets
// sit just above today's sizes so a regression fails CI; they come down as the library gets
// lighter. (Reading a page's JobPosting added 1.7 KB to loader pages, 3.3 KB to the classic file;
// its parser is a chunk of its own, fetched only by elements with job-posting. Pay as percentiles from
// official tables, each with its source, and typical hours added 0.9 KB to the catalogue and 0.6 KB of
// drawing and wording: 1.6 KB on loader pages; moving the JSON-LD watcher into the reader's chunk took
// 0.4 KB back. Issue 25's 21 new roles, with apprenticeships, professional bodies and quoted pay, took the
// embedded catalogue from 10.2 to 27.7 KB gzip and the drawing and wording about 0.5 KB: every page that embeds
// the catalogue grew about 18 KB, and these four budgets rose by 18.5–19.5 KB until issue 23 loads each role
// on demand.) Languages, issue 26: the message registry, the language controller and English as
// keyed message sets added 1.3 KB to the shared base and 0.1-0.6 KB to each element; Welsh, 4.7 KB, is
// a file of its own fetched only by Welsh pages. Reading job titles as boards write them (issue 24) added 0.3 KB to loader pages; the matcher, 5 KB, is a
// chunk of its own fetched by the JobPosting reader or the finder's first search (the classic file inlines it).
// Titles that generalise (issue 31: advert vocabulary, joins, fields outside software, closest-only rules)
// took the matcher from 5.0 to 6.8 KB gzip; loader pages fetch it only when they match titles, and the
// classic file's budget rose by the same 1.7 KB.
// Issue 23 took the catalogue out of the loader: each page
// fetches the pieces of the roles it shows, counted below. The targets (issue 14: 24 KB for a card, a band and a comparison, catalogue included;
// 14 KB for a lone band) are tracked in BENCHMARKS.md. Issue 33's four new roles (web developer, web designer, games
// tester, forensic computer analyst) and its added bodies and aliases added 1.2 KB to the index every-element pages
// fetch, 0.1 KB to the pickers' list and 3.6 KB (4.1 KB with the other corrections) to the classic file's embedded
// catalogue; the editors' notes stay out of every piece.
// Issue 32's Welsh: the catalogue's own phrases in the reader's language or marked English, names kept
// English marked inside Welsh texts, and role-id read in Welsh added 0.6 KB to the shared base; each
// role's facts carry its Welsh other names (0.03 KB a role, 0.5 KB in the index the finder reads), and
// the finder's Welsh-aware search 0.3 KB. The vocabulary itself (data/vocabulary.cy.json, 7 KB gzip: the chunk went from 5.7 to 12.7 KB)
// travels in the Welsh chunk, fetched only by Welsh pages.
// Issue 31 (job boards: job-title and the advert reader's hooks, the compact band, readers' messages with
// diagnostics, the listing piece's loading) and issue 35 (the finder's pages, tray and technologies by kind, print,
// one retry) added about 2.5 KB more to the base and the elements. These budgets are set at what main measured
// after those merges (December 2026), 0.3 KB above; issue 34's diet is what brings them down.
// Issue 34's render tracking (an element re-renders only when a piece it read changes) and the
// loading message that keeps the reserved space added 0.4 KB gzip to the base; the budgets of the
// pages that carry it rose by that.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './page-weight.mjs';

const gzipKb = (bytes) => bytes / 1024;
/** The catalogue's pieces a page fetches for the roles it shows (beside the loader, in dist/catalogue/). */
const facts = (...ids) => ids.map((id) => `roles/${id}.json`);
const texts = (...ids) => ids.map((id) => `texts/en/${id}.json`);
const PAGES = [
  ['script-tag loader: one <role-card> with its <salary-band>, one role', ['role-card', 'salary-band'], [...facts('qa-test'), ...texts('qa-test')], 33.5],
  ['script-tag loader: <role-card>, <salary-band> and a 3-role <role-compare>', ['role-card', 'salary-band', 'role-compare'], ['list.json', ...facts('qa-test', 'back-end', 'front-end', 'full-stack'), ...texts('qa-test', 'back-end', 'front-end', 'full-stack')], 45.4],
  ['script-tag loader: only <salary-band role-id>', ['salary-band'], facts('back-end'), 28.9],
  ['script-tag loader: every element', ['role-finder', 'role-card', 'role-compare', 'salary-band', 'role-catalogue'], ['index.json'], 66.7],
];
const FILES = [
  ['dist/role-widgets.classic.js (everything, one file)', 'dist/role-widgets.classic.js', 88.5],
  ['dist/role-widgets.css', 'dist/role-widgets.css', 1],
];

const rows = [
  ...PAGES.map(([label, tags, pieces, budget]) => [label, gzipKb(pageWeight('dist/role-widgets.js', tags, pieces).gzip), budget]),
  ...FILES.map(([label, file, budget]) => [label, gzipKb(gzipSync(readFileSync(file), { level: 9 }).length), budget]),
];
let over = 0;
for (const [label, size, budget] of rows) {
  if (size > budget) over++;
  console.log(`${label.padEnd(68)} ${size.toFixed(1).padStart(6)} KB gzip  (budget ${budget} KB)  ${size <= budget ? 'ok' : 'OVER BUDGET'}`);
}
if (over) {
  console.error(`${over} page(s) or file(s) over their size budget.`);
  process.exit(1);
}
