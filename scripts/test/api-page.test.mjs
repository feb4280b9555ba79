import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../engines.mjs';
import { startStaticServer } from '../static-server.mjs';

// demo/api.html as a reader sees it in Chromium, served under the demo's strict
// Content-Security-Policy: every element, attribute, property, event, slot, part and CSS custom
// property in custom-elements.json is on it, in its element's section, in the right table.
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName));
const publicFields = (element) => (element.members ?? []).filter((member) => member.kind === 'field' && !member.attribute && !member.static && (!member.privacy || member.privacy === 'public'));

/** What the manifest says each table of an element's section must list. */
const expected = (element) => ({
  attributes: element.attributes?.map((attribute) => attribute.name),
  properties: publicFields(element).map((member) => member.name),
  events: element.events?.map((event) => event.name),
  slots: element.slots?.map((slot) => slot.name || '(default)'),
  parts: element.cssParts?.map((part) => part.name),
  'css-properties': element.cssProperties?.map((property) => property.name),
});

let browser;
let server;
let page;
const problems = [];

before(async () => {
  server = await startStaticServer();
  browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The first cell (name column) of each row of one table in one section, as rendered text. */
const namesIn = (tag, table) =>
  page.evaluate((tag, table) => {
    const section = document.getElementById(tag);
    const rows = section?.querySelectorAll(`table[aria-labelledby="${tag}-${table}"] tbody tr`) ?? [];
    // The name cell may carry "from RoleWidgetElement" on a second line.
    return [...rows].map((row) => row.querySelector('th').innerText.split('\n')[0].trim());
  }, tag, table);

describe('API reference page (demo/api.html)', () => {
  for (const width of [1100, 320]) {
    it(`loads under the strict CSP with nothing refused or missing, and fits ${width} px`, async () => {
      problems.length = 0;
      await page.setViewport({ width, height: 900 });
      await page.goto(`${server.url}/demo/api.html`, { waitUntil: 'load' });
      assert.deepEqual(problems, []);
      const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
      assert.match(csp, /require-trusted-types-for 'script'/);
      // Its own style sheet applied (a CSP refusal or a 404 would leave the default table).
      assert.equal(await page.$eval('.facts', (el) => getComputedStyle(el).display), 'grid');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
    });
  }

  it('lists every element of the manifest, each linked from the contents', async () => {
    const linked = await page.$$eval('nav.contents a[href^="#"]', (links) => links.map((link) => link.getAttribute('href').slice(1)));
    for (const element of elements) {
      assert.ok(linked.includes(element.tagName), `contents link to <${element.tagName}>`);
      assert.equal(await page.$eval(`#${element.tagName} h2`, (heading) => heading.innerText), `<${element.tagName}>`);
    }
  });

  for (const element of elements) {
    it(`<${element.tagName}>: every attribute, property, event, slot, part and CSS custom property`, async () => {
      for (const [table, names] of Object.entries(expected(element))) {
        assert.deepEqual(await namesIn(element.tagName, table), names ?? [], `<${element.tagName}> ${table}`);
      }
    });
  }

  it('documents the shared base class as a base, not an element', async () => {
    const text = await page.$eval('#RoleWidgetElement', (section) => section.innerText);
    assert.match(text, /Base class RoleWidgetElement/);
    assert.match(text, /not an element/);
  });
});

describe('demo pages', () => {
  it('every demo page links to the API reference', () => {
    const pages = [...readdirSync('demo').filter((name) => name.endsWith('.html') && name !== 'api.html'), ...readdirSync('demo/hosts').filter((name) => name.endsWith('.html')).map((name) => `hosts/${name}`)];
    assert.ok(pages.length >= 10);
    const without = pages.filter((name) => !new RegExp(`href="${name.startsWith('hosts/') ? '\\.\\./' : ''}api\\.html"`).test(readFileSync(`demo/${name}`, 'utf8')));
    assert.deepEqual(without, []);
  });
});
