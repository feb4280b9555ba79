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

/**
 * Loads `path` in a fresh browser `runs` times. Per load: the longest main-thread task (from the
 * Long Tasks API, so only tasks over 50 ms are seen) and when all three elements' figures were
 * first painted, after navigation start.
 */
export async function coldLoads(serverUrl, path, runs, executablePath) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await page.evaluateOnNewDocument(() => {
        const metrics = { longest: 0, figures: 0 };
        window.__cold = metrics;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) metrics.longest = Math.max(metrics.longest, entry.duration);
        }).observe({ type: 'longtask', buffered: true });
        // Text of an element's shadow tree, nested elements' shadow trees included (the comparison's figures are in its bands).
        const deepText = (el) => (el?.shadowRoot ? el.shadowRoot.textContent + [...el.shadowRoot.querySelectorAll('*')].map(deepText).join('') : '');
        const shown = () => ['role-card', 'salary-band', 'role-compare'].every((tag) => /£\d/.test(deepText(document.querySelector(tag))));
        const check = () => (shown() ? requestAnimationFrame(() => (metrics.figures = performance.now())) : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
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
  return { longest: median('longest'), figures: median('figures'), longestRuns: samples.map((s) => s.longest) };
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
