#!/usr/bin/env node
// npm run screenshots: every demo page in Chromium, Firefox and WebKit at 320 and 1100 px wide,
// full length, into screenshots/ (not committed), to look at as a reader would. Builds first.
// ROLE_WIDGETS_ENGINES picks engines, SCREENSHOT_PAGES=index,role-compare pages, SCREENSHOT_WIDTHS=360,800 widths.
//
// npm run readme-images (--readme): the README's picture instead, one region of a demo page in
// Chromium at a fixed width, into docs/images/ (committed). Shot from the page rather than kept by
// hand, so the README shows the figures and layout the elements give today.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { CHROMIUM_ARGS, chosenEngines, installMissingEngines, startWebKitDriver, webkitSession } from './engines.mjs';
import { startStaticServer } from './static-server.mjs';

const README_MODE = process.argv.includes('--readme');
/** The README's images: which demo page, at what viewport width, and which element of it is shot. */
const README_IMAGES = [
  { file: 'docs/images/job-advert-sidebar.png', page: 'demo/hosts/job-advert.html', width: 1100, region: 'aside.sidebar' },
];
const WIDTHS = (process.env.SCREENSHOT_WIDTHS || '320,1100').split(',').map(Number);
const OUT = 'screenshots';
const pages = [
  ...readdirSync('demo').filter((name) => name.endsWith('.html')).map((name) => `demo/${name}`),
  ...readdirSync('demo/hosts').filter((name) => name.endsWith('.html')).map((name) => `demo/hosts/${name}`),
].filter((path) => !process.env.SCREENSHOT_PAGES || process.env.SCREENSHOT_PAGES.split(',').some((name) => path.endsWith(`/${name}.html`)));

// One engine for the README, so the picture changes only when the elements' output does.
const engines = README_MODE ? ['chromium'] : chosenEngines();
const missing = installMissingEngines(engines);
if (missing) throw new Error(missing);
// ImageMagick crops WebKit's shots (see withWebDriver).
const CONVERT = '/usr/bin/convert';
if (engines.includes('webkit') && !existsSync(CONVERT)) {
  if (process.getuid?.() !== 0 || spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq imagemagick'], { stdio: 'inherit' }).status !== 0) {
    throw new Error('WebKit screenshots need ImageMagick: sudo apt-get install -y imagemagick');
  }
}
if (!process.argv.includes('--no-build') && spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' }).status !== 0) process.exit(1);
mkdirSync(OUT, { recursive: true });
const server = await startStaticServer();
const fileName = (engine, page, width) => `${OUT}/${engine}-${page.replace(/^demo\//, '').replace(/\//g, '-').replace(/\.html$/, '')}-${width}.png`;

/** True once every role-widgets element on the page is defined and has rendered (the loader fetches their code after load). */
function everyElementRendered() {
  const widgets = [...document.querySelectorAll('*')].filter((el) => /^(role-|salary-band$)/.test(el.localName));
  return widgets.every((el) => customElements.get(el.localName) && el.shadowRoot?.childElementCount);
}

/** Chromium and Firefox through puppeteer; the page's full height is captured. */
async function withPuppeteer(engine) {
  const browser = await puppeteer.launch(
    engine === 'firefox'
      ? { browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true }
      : {
          executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
          headless: true,
          args: CHROMIUM_ARGS,
        },
  );
  try {
    const page = await browser.newPage();
    for (const path of pages) {
      for (const width of WIDTHS) {
        await page.setViewport({ width, height: 900 });
        await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
        await page.waitForFunction(everyElementRendered, { timeout: 15000 });
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: fileName(engine, path, width), fullPage: true });
      }
    }
  } finally {
    await browser.close();
  }
}

/**
 * WebKit through WebKitWebDriver. MiniBrowser's window cannot be made narrower than about 450 px,
 * so each page is loaded into an iframe of the exact width, grown to its full height, and the
 * iframe is captured.
 */
async function withWebDriver() {
  const driver = await startWebKitDriver({ screen: '1400x16000x24' });
  const browser = await remote(webkitSession(driver.port));
  try {
    await browser.url(`${server.url}/scripts/screenshot-frame.html`);
    for (const path of pages) {
      for (const width of WIDTHS) {
        await browser.setWindowSize(1400, 1000);
        const frameHeight = await browser.executeAsync(
          (src, frameWidth, done) => {
            const frame = document.querySelector('iframe');
            frame.width = String(frameWidth);
            frame.height = '900';
            // The document's own height (scrollHeight is never less than the frame's), read each
            // frame until it has held still for 20 frames: elements render after the load event.
            const bottom = () => {
              const { body } = frame.contentDocument;
              return Math.ceil(Math.max(0, ...[...body.children].map((child) => child.getBoundingClientRect().bottom)) + parseFloat(getComputedStyle(body).marginBottom));
            };
            frame.onload = () => {
              // The same test as everyElementRendered, on the frame's document (a page's CSP forbids building functions from text).
              const rendered = () => {
                const doc = frame.contentDocument;
                const widgets = [...doc.querySelectorAll('*')].filter((el) => /^(role-|salary-band$)/.test(el.localName));
                return widgets.every((el) => frame.contentWindow.customElements.get(el.localName) && el.shadowRoot?.childElementCount);
              };
              let last = -1;
              let still = 0;
              const check = () => {
                const height = bottom();
                still = height === last && rendered() ? still + 1 : 0;
                last = height;
                frame.height = String(Math.min(Math.max(height, 1), 16000));
                if (still >= 20) done(Number(frame.height));
                else requestAnimationFrame(check);
              };
              requestAnimationFrame(check);
            };
            frame.src = src;
          },
          `${server.url}/${path}`,
          width,
        );
        // The window is made tall enough for the whole frame; the shot of the viewport is then
        // cropped to the frame (WebKitWebDriver's element shots are offset by the window's toolbar).
        await browser.setWindowSize(1400, frameHeight + 200);
        const file = fileName('webkit', path, width);
        await browser.saveScreenshot(file);
        spawnSync(CONVERT, [file, '-crop', `${width}x${frameHeight}+0+0`, '+repage', file]);
      }
    }
  } finally {
    await browser.deleteSession();
    driver.stop();
  }
}

/** The README's images, each clipped to its region at 1 CSS px per pixel. */
async function readmeImages() {
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    for (const { file, page: path, width, region } of README_IMAGES) {
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
      await page.waitForFunction(everyElementRendered, { timeout: 15000 });
      await page.evaluate(() => document.fonts.ready);
      const element = await page.$(region);
      if (!element) throw new Error(`${path} has no ${region} to shoot for ${file}`);
      mkdirSync(dirname(file), { recursive: true });
      await element.screenshot({ path: file });
      console.log(`Written ${file}`);
    }
  } finally {
    await browser.close();
  }
}

if (README_MODE) {
  await readmeImages();
  await server.close();
  process.exit(0);
}

for (const engine of engines) {
  if (engine === 'webkit') await withWebDriver();
  else await withPuppeteer(engine);
  console.log(`${engine}: ${pages.length * WIDTHS.length} screenshots`);
}
await server.close();
console.log(`Written to ${OUT}/`);
