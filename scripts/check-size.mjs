#!/usr/bin/env node
// Size budget, checked by npm test after the build: what a page downloads, not one file. Budgets
// sit just above today's sizes so a regression fails CI; they come down as the library gets
// lighter. (Reading a page's JobPosting added 1.7 KB to loader pages, 3.3 KB to the classic file;
// its parser is a chunk of its own, fetched only by elements with job-posting. Pay as percentiles from
// official tables, each with its source, and typical hours added 0.9 KB to the catalogue and 0.6 KB of
// drawing and wording: 1.6 KB on loader pages; moving the JSON-LD watcher into the reader's chunk took
// 0.4 KB back. Reading job titles as boards write them (issue 24) added 0.3 KB to loader pages: the
// "closest role" wording, the loader's async matchJobTitle and the finder's call; the matcher itself,
// 5 KB, is a chunk of its own fetched by the JobPosting reader or the finder's first search, but
// the classic file inlines it: +4.6 KB there.) The targets (issue 14: 24 KB for a card, a band and a comparison, catalogue included;
// 14 KB for a lone band) are tracked in BENCHMARKS.md.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './page-weight.mjs';

const gzipKb = (bytes) => bytes / 1024;
const PAGES = [
  ['script-tag loader: <role-card>, <salary-band> and <role-compare>', ['role-card', 'salary-band', 'role-compare'], 35.5],
  ['script-tag loader: only <salary-band role-id>', ['salary-band'], 29],
  ['script-tag loader: every element', ['role-finder', 'role-card', 'role-compare', 'salary-band', 'role-catalogue'], 48],
];
const FILES = [
  ['dist/role-widgets.classic.js (everything, one file)', 'dist/role-widgets.classic.js', 48],
  ['dist/role-widgets.css', 'dist/role-widgets.css', 1],
];

const rows = [
  ...PAGES.map(([label, tags, budget]) => [label, gzipKb(pageWeight('dist/role-widgets.js', tags).gzip), budget]),
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
