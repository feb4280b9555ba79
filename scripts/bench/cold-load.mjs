// Cold loads for npm run bench: the issue-14 page (scripts/bench/cold-page.html) in a fresh
// headless Chromium each time, next to the same DOM as static declarative shadow DOM (rendered by
// the CLI, no script); and Lighthouse's mobile audit of the page.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS as CHROME_ARGS } from '../engines.mjs';

export const COLD_PAGE = 'scripts/bench/cold-page.html';
const STATIC_PAGE = 'scripts/bench/.generated/cold-page-static.html';

/** The cold page's three elements rendered to declarative shadow DOM by the CLI: what "no script cost" looks like. */
export function writeStaticColdPage() {
  const render = (...args) => {
    const result = spawnSync(process.execPath, ['dist/cli.js', 'render', ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`role-widgets render ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  mkdirSync('scripts/bench/.generated', { recursive: true });
  writeFileSync(
    STATIC_PAGE,
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>Cold load, static</title></head><body>
${render('role-card', '--role', 'back-end')}
${render('salary-band', '--role', 'back-end')}
${render('role-compare', '--roles', 'back-end,front-end,qa-test')}
</body></html>`,
  );
  return STATIC_PAGE;
}

/** The cold page is shown once its card, band and comparison all show figures. */
const COLD_PAGE_READY = `['role-card', 'salary-band', 'role-compare'].every((tag) => /£\\d/.test(deepText(document.querySelector(tag))))`;

/** The job board is shown once every band shows pay (drawn, or the advert's own where no role fits). */
export const JOB_BOARD_READY = `[...document.querySelectorAll('salary-band')].every((el) => /£\\d/.test(deepText(el)))`;

/**
 * Loads `path` in a fresh browser `runs` times. Per load: the longest main-thread task (from the
 * Long Tasks API, so only tasks over 50 ms are seen), the layout shift, and when every element
 * showed its figures (`ready`, an expression over `deepText`), after navigation start.
 */
export async function coldLoads(serverUrl, path, runs, executablePath, { ready = COLD_PAGE_READY, width = 1200 } = {}) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
    try {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.evaluateOnNewDocument((ready) => {
        const metrics = { longest: 0, figures: 0, cls: 0 };
        window.__cold = metrics;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) metrics.longest = Math.max(metrics.longest, entry.duration);
        }).observe({ type: 'longtask', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) metrics.cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // Text of an element's shadow tree, nested elements' shadow trees included (the comparison's figures are in its bands).
        const deepText = (el) => (el?.shadowRoot ? el.shadowRoot.textContent + [...el.shadowRoot.querySelectorAll('*')].map(deepText).join('') : '');
        // eslint-disable-next-line no-new-func -- the page's own readiness test, passed in as text
        const shown = new Function('deepText', `return ${ready};`).bind(null, deepText);
        const check = () => (document.body && shown() ? requestAnimationFrame(() => (metrics.figures = performance.now())) : requestAnimationFrame(check));
        requestAnimationFrame(check);
      }, ready);
      await page.goto(`${serverUrl}/${path}`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__cold.figures > 0, { timeout: 20000 });
      // Long tasks are reported when they end; the page is idle for a moment before reading them.
      await page.waitForNetworkIdle({ idleTime: 300 });
      samples.push(await page.evaluate(() => ({ ...window.__cold })));
    } finally {
      await browser.close();
    }
  }
  const median = (key) => [...samples.map((s) => s[key])].sort((a, b) => a - b)[samples.length >> 1];
  return { longest: median('longest'), figures: median('figures'), longestRuns: samples.map((s) => s.longest), cls: Math.max(...samples.map((s) => s.cls)) };
}

/**
 * The job board page as it looks once drawn, with no script: each band's shadow tree written out as
 * declarative shadow DOM with its styles, in a browser that has drawn it. "The same list as static
 * HTML" for the cold loads.
 */
export async function writeStaticJobBoard(serverUrl, path, executablePath) {
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${serverUrl}/${path}`, { waitUntil: 'load' });
    await page.waitForFunction(`(() => { const deepText = (el) => el?.shadowRoot?.textContent ?? ''; return ${JOB_BOARD_READY}; })()`, { timeout: 30000 });
    // Read, not written: the strict page takes no HTML assignment (Trusted Types); the text is put together here.
    const { page: text, roots } = await page.evaluate(() => ({
      page: document.documentElement.outerHTML,
      roots: [...document.querySelectorAll('salary-band')].map((el) => {
        const root = el.shadowRoot;
        const css = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
        return `<template shadowrootmode="open"><style>${css}</style>${root.innerHTML.replace(/<!--[^>]*-->/g, '')}</template>`;
      }),
    }));
    let index = 0;
    const html = `<!doctype html>\n${text.replace(/<salary-band([^>]*)><\/salary-band>/g, (_, attributes) => `<salary-band${attributes}>${roots[index++]}</salary-band>`).replace(/<script type="module"[^>]*><\/script>/g, '')}`;
    const file = path.replace(/^.*\//, 'scripts/bench/.generated/static-');
    mkdirSync('scripts/bench/.generated', { recursive: true });
    // The page's own links are relative to its folder: served from the generated folder, they point back.
    const folder = `/${path.replace(/[^/]+$/, '')}`;
    writeFileSync(file, html.replaceAll('href="../../dist/', 'href="/dist/').replace(/href="([\w-]+\.css)"/g, (_, name) => `href="${folder}${name}"`));
    return file;
  } finally {
    await browser.close();
  }
}

/** Lighthouse's default mobile audit (simulated 4× CPU slowdown and slow 4G), `runs` times. */
export async function lighthouseRuns(url, runs, executablePath) {
  const { default: lighthouse } = await import('lighthouse');
  const results = [];
  for (let run = 0; run < runs; run++) {
    // Lighthouse drives the browser through its debugging port; puppeteer starts Debian's Chromium with one.
    const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROME_ARGS, '--remote-debugging-port=0'] });
    try {
      const port = Number(new URL(browser.wsEndpoint()).port);
      const { lhr } = await lighthouse(url, { port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
      results.push({
        score: lhr.categories.performance.score,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        unusedJs: (lhr.audits['unused-javascript'].details?.overallSavingsBytes ?? 0) / 1024,
      });
    } finally {
      await browser.close();
    }
  }
  return results;
}
