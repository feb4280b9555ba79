import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { CHROMIUM_ARGS } from '../engines.mjs';
import { startStaticServer } from '../static-server.mjs';

// Runs after the build, against the shipped module (dist/esm/react/index.js), as a React app bundles it.
const wrappers = new URL('../../dist/esm/react/index.js', import.meta.url).pathname;

describe('role-widgets/react', () => {
  let server;
  let browser;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rw-react-'));
    await build({
      stdin: {
        contents: `
          import { createElement as h, useState } from 'react';
          import { createRoot } from 'react-dom/client';
          import { RoleCard, RoleCompare, SalaryBand } from ${JSON.stringify(wrappers)};
          window.__selected = [];
          window.__changes = [];
          function App() {
            const [roles, setRoles] = useState(['back-end', 'qa-test']);
            return h('div', null,
              h(RoleCard, { roleId: 'back-end', variant: 'compact', headingLevel: 3, onRoleSelect: (event) => { event.preventDefault(); window.__selected.push(event.detail.roleId); } }),
              h(SalaryBand, { min: 40000, max: 60000, currency: 'GBP', label: 'Offer' }),
              h(RoleCompare, { roles: roles.join(','), onRoleCompareChange: (event) => { window.__changes.push(event.detail.roles); setRoles(event.detail.roles); } }));
          }
          createRoot(document.getElementById('app')).render(h(App));`,
        resolveDir: process.cwd(),
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      outfile: join(dir, 'app.js'),
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><body><div id="app"></div><script type="module" src="app.js"></script></body></html>');
    server = await startStaticServer({ root: dir });
    browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('sets props as properties and delivers events to on… props, in a real browser', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/index.html`);
    // Properties reached the elements: the compact card and the explicit band rendered from them.
    await page.waitForFunction(() => document.querySelector('role-card')?.shadowRoot?.querySelector('[part=expand]') && /Offer/.test(document.querySelector('salary-band')?.shadowRoot?.textContent ?? ''), { timeout: 15000 });
    assert.equal(await page.evaluate(() => document.querySelector('role-card').getAttribute('variant')), null, 'variant arrives as a property, not an attribute');
    await page.evaluate(() => document.querySelector('role-card').shadowRoot.querySelector('[part=expand]').click());
    await page.waitForFunction(() => window.__selected.length === 1);
    assert.deepEqual(await page.evaluate(() => window.__selected), ['back-end']);
    // The handler cancelled role-select, so the card stays compact.
    assert.equal(await page.evaluate(() => document.querySelector('role-card').shadowRoot.querySelector('[part=expand]').getAttribute('aria-expanded')), 'false');
    await page.evaluate(() => {
      const picker = document.querySelector('role-compare').shadowRoot.querySelector('[part~=picker]');
      picker.value = 'front-end';
      picker.dispatchEvent(new Event('change'));
    });
    await page.waitForFunction(() => window.__changes.length === 1);
    assert.deepEqual(await page.evaluate(() => window.__changes[0]), ['front-end', 'qa-test']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('renders on the server without a DOM (the tag, filled in on the client)', async () => {
    const { RoleCard } = await import(wrappers);
    assert.equal(renderToString(createElement(RoleCard, { roleId: 'back-end', variant: 'compact' })), '<role-card></role-card>');
  });
});
