// The example apps (examples/), as users meet the package: the library packed with npm pack,
// each example installed from that tarball (not linked), type-checked strictly, built and opened
// in Chromium, where an element's event must reach the framework's handler. A misspelt attribute
// value must fail each example's type-check. Runs after the build (npm pack needs dist/).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, freePort } from '../engines.mjs';
import { startStaticServer } from '../static-server.mjs';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'rw-examples-'));
const quiet = { encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CI: 'true' } };

function run(cwd, command, args) {
  const result = spawnSync(command, args, { ...quiet, cwd, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function mustRun(cwd, command, args) {
  const result = run(cwd, command, args);
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed in ${cwd}:\n${result.output.slice(-4000)}`);
  return result.output;
}

/** Copies an example beside the packed tarball and installs it, as a user would. */
function install(name) {
  const dir = join(work, name);
  cpSync(join(EXAMPLES, name), dir, { recursive: true, filter: (path) => !/node_modules|\/dist$|\.next/.test(path) });
  mustRun(dir, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  return dir;
}

/** The type-check passes, and fails on a misspelt value written the example's own way. */
function typeChecks(dir, probeFile, probe, expected = /compakt/) {
  mustRun(dir, 'npm', ['run', 'typecheck', '--silent']);
  writeFileSync(join(dir, probeFile), probe);
  const misspelt = run(dir, 'npm', ['run', 'typecheck', '--silent']);
  rmSync(join(dir, probeFile));
  assert.notEqual(misspelt.status, 0, `a misspelt value passed the type-check in ${dir}`);
  assert.match(misspelt.output, expected, misspelt.output.slice(-2000));
}

let browser;
before(async () => {
  // npm test has just built dist/; --ignore-scripts skips prepack's second build.
  const packed = spawnSync('npm', ['pack', '--pack-destination', work, '--json', '--ignore-scripts'], { ...quiet, cwd: new URL('../..', import.meta.url).pathname });
  assert.equal(packed.status, 0, packed.stderr);
  renameSync(join(work, JSON.parse(packed.stdout)[0].filename), join(work, 'role-widgets.tgz'));
  browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
});

/** Opens a page, checks that it rendered and that the event reached the app, and that nothing failed. */
async function visit(url, { ready, act, reached }) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A failed request is reported by its URL below; the browser asks for a favicon no example has.
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
  page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`${response.status()} ${response.url()}`));
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(ready, { timeout: 30000 });
    await page.evaluate(act);
    await page.waitForFunction(reached, { timeout: 30000 });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
}

const expandCard = () => document.querySelector('role-card').shadowRoot.querySelector('[part=expand]').click();
const cardReady = () => Boolean(document.querySelector('role-card')?.shadowRoot?.querySelector('[part=expand]'));
const pickFrontEnd = () => {
  const picker = document.querySelector('role-compare').shadowRoot.querySelector('[part~=picker]');
  picker.value = 'front-end';
  picker.dispatchEvent(new Event('change'));
};
const compareReady = () => Boolean(document.querySelector('role-compare')?.shadowRoot?.querySelector('[part~=picker]'));

async function serveBuilt(dir, check) {
  const server = await startStaticServer({ root: join(dir, 'dist') });
  try {
    await visit(`${server.url}/index.html`, check);
  } finally {
    server.close();
  }
}

describe('examples, installed from the packed tarball', { concurrency: false }, () => {
  it('React 19 + Vite: tags with typed attributes and onrole-select', async () => {
    const dir = install('react19-vite');
    typeChecks(dir, 'src/probe.tsx', `import type {} from 'role-widgets/types/react';\nexport const probe = <role-card role-id="back-end" variant="compakt" />;\n`);
    mustRun(dir, 'npm', ['run', 'build', '--silent']);
    await serveBuilt(dir, { ready: cardReady, act: expandCard, reached: () => document.getElementById('selected').textContent === 'Selected: back-end' });
  });

  it('React 18 + the role-widgets/react wrappers: properties and on… events', async () => {
    const dir = install('react18-wrappers');
    typeChecks(dir, 'src/probe.tsx', `import { RoleCard } from 'role-widgets/react';\nexport const probe = <RoleCard roleId="back-end" variant="compakt" />;\n`);
    mustRun(dir, 'npm', ['run', 'build', '--silent']);
    await serveBuilt(dir, { ready: cardReady, act: expandCard, reached: () => document.getElementById('selected').textContent === 'Selected: back-end' });
    await serveBuilt(dir, { ready: compareReady, act: pickFrontEnd, reached: () => document.getElementById('compared').textContent === 'Compared: front-end, qa-test' });
  });

  it('Vue 3 + vue-tsc: props checked in templates, @role-compare-change handled', async () => {
    const dir = install('vue3');
    typeChecks(dir, 'src/Probe.vue', `<script setup lang="ts">\nimport type {} from 'role-widgets/types/vue';\n</script>\n<template><role-card role-id="back-end" variant="compakt" /><role-compare :roles="42" /></template>\n`, /Probe\.vue[\s\S]*compakt[\s\S]*Type 'number' is not assignable to type 'string'/);
    mustRun(dir, 'npm', ['run', 'build', '--silent']);
    await serveBuilt(dir, { ready: compareReady, act: pickFrontEnd, reached: () => document.getElementById('compared').textContent === 'Compared: front-end, application-support' });
  });

  it('Next.js 16: a server-rendered page whose client component uses the wrappers', async () => {
    const dir = install('nextjs');
    typeChecks(dir, 'app/probe.tsx', `'use client';\nimport { RoleCard } from 'role-widgets/react';\nexport const probe = <RoleCard roleId="back-end" variant="compakt" />;\n`);
    mustRun(dir, 'npm', ['run', 'build', '--silent']);
    const port = await freePort();
    const server = spawn(join(dir, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { ...quiet, cwd: dir, stdio: 'ignore' });
    try {
      const url = `http://127.0.0.1:${port}/`;
      for (let tries = 0; ; tries++) {
        const answered = await fetch(url).then((response) => response.ok, () => false);
        if (answered) break;
        assert.ok(tries < 300, 'next start did not answer within a minute');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const html = await (await fetch(url)).text();
      assert.match(html, /<role-card/, 'the server-rendered page has the tag');
      await visit(url, { ready: cardReady, act: expandCard, reached: () => document.getElementById('selected').textContent === 'Selected: back-end' });
    } finally {
      server.kill();
    }
  });
});
