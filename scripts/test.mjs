#!/usr/bin/env node
// The one test command (npm test). Static checks first (each counts as one check: type-check,
// lint, build, type declarations, size budget, generated files), then the Node tests of the
// scripts, then every browser test in Chromium, Firefox and WebKit. A failed step stops the run,
// is named, and counts as a failure. The last line is the real tally over everything that ran:
// "total: N passed, N failed, N skipped", after one line per step and per engine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { chosenEngines, ENGINES, installMissingEngines } from './engines.mjs';
import { ensureDependencies } from './ensure-deps.mjs';

const TALLY_DIR = 'node_modules/.cache/role-widgets-test';
const tally = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function finish() {
  console.log('\n── Tally');
  for (const line of lines) console.log(`  ${line}`);
  console.log(`total: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
  process.exit(tally.failed ? 1 : 0);
}

function add(label, counts) {
  tally.passed += counts.passed;
  tally.failed += counts.failed;
  tally.skipped += counts.skipped ?? 0;
  lines.push(`${label}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
}

/** Runs one static step; a failure ends the run, since what follows depends on it. */
function step(label, command, args, env = process.env) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status === 0) {
    add(label, { passed: 1, failed: 0 });
    return;
  }
  console.error(`\n✖ ${label} failed; the steps after it did not run`);
  add(label, { passed: 0, failed: 1 });
  finish();
}

/** Counts from a TAP file written by node --test ("# pass N", "# fail N", "# skipped N"). */
function tapCounts(file) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
}

const missingEngines = installMissingEngines(chosenEngines());
if (missingEngines) {
  console.error(missingEngines);
  add('install browser engines', { passed: 0, failed: 1 });
  finish();
}

ensureDependencies();
const bin = (name) => `node_modules/.bin/${name}`;
step('type-check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('framework types: React JSX and Vue (tsc)', bin('tsc'), ['-p', 'src/test/types']);
step('lint (eslint, lit-analyzer)', process.execPath, ['scripts/lint.mjs']);
step('build (rollup)', bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
step('type declarations (tsc)', bin('tsc'), ['-p', 'scripts/tsconfig.types.json']);
step('size budget', process.execPath, ['scripts/check-size.mjs']);
step('generated files are current', process.execPath, ['scripts/generate.mjs', '--check']);

rmSync(TALLY_DIR, { recursive: true, force: true });
mkdirSync(TALLY_DIR, { recursive: true });

console.log('\n▶ Node tests (scripts)');
const tap = `${TALLY_DIR}/node.tap`;
const nodeTests = readdirSync('scripts/test').filter((name) => name.endsWith('.test.mjs')).map((name) => `scripts/test/${name}`);
const node = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...nodeTests], { stdio: 'inherit' });
const nodeCounts = tapCounts(tap);
// A run that failed before reporting anything still counts as a failure.
if (node.status !== 0 && nodeCounts.failed === 0) nodeCounts.failed = 1;
add('Node tests', nodeCounts);

console.log('\n▶ browser tests');
const browserTally = `${TALLY_DIR}/browsers.json`;
const browsers = spawnSync(bin('web-test-runner'), [], { stdio: 'inherit', env: { ...process.env, ROLE_WIDGETS_TALLY: browserTally } });
const perBrowser = existsSync(browserTally) ? JSON.parse(readFileSync(browserTally, 'utf8')) : {};
// The runner names browsers by product (Chrome, Firefox, MiniBrowser); the tally names engines.
const ENGINE_OF_BROWSER = { Chrome: 'chromium', Chromium: 'chromium', Firefox: 'firefox', MiniBrowser: 'webkit' };
for (const [browser, counts] of Object.entries(perBrowser)) add(`browser tests in ${ENGINES[ENGINE_OF_BROWSER[browser]]?.label ?? browser}`, counts);
if (browsers.status !== 0 && Object.values(perBrowser).every((counts) => counts.failed === 0)) {
  // The runner stopped without a failed test to show for it (it could not start a browser, say).
  add('browser test run', { passed: 0, failed: 1 });
}
finish();
