#!/usr/bin/env node
// The one test command (npm test): type-check, build, check the manifest is current, then run
// every browser test in Debian's Chromium. Each step stops the run when it fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureDependencies } from './ensure-deps.mjs';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    if (label === 'browser tests') console.log('0 passed, 1 failed');
    process.exit(result.status ?? 1);
  }
}

if (!existsSync(chrome)) {
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    run('installing Chromium from Debian (apt-get install chromium)', 'sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium']);
  } else {
    console.error(`Chromium was not found at ${chrome}.\nInstall it with: sudo apt-get install -y chromium\nor point CHROME_PATH at a Chrome or Chromium binary.`);
    process.exit(1);
  }
}

ensureDependencies();
const bin = (name) => `node_modules/.bin/${name}`;
run('type-check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
run('build (rollup)', bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
run('type declarations (tsc)', bin('tsc'), ['-p', 'scripts/tsconfig.types.json']);
run("size budget", "node", ["scripts/check-size.mjs"]);
run("generated files are current", "node", ["scripts/generate.mjs", "--check"]);
run('browser tests', bin('web-test-runner'), []);
