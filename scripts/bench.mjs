#!/usr/bin/env node
// npm run bench: speed, memory and size of role-widgets next to a plain-DOM baseline, in Debian's
// headless Chromium. Prints one table; with --write also records it in BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { browser as browserPlugins } from '../rollup.config.mjs';
import { ensureDependencies } from './ensure-deps.mjs';
import { startStaticServer } from './static-server.mjs';
import { pageWeight } from './page-weight.mjs';
import { CHROMIUM_ARGS } from './engines.mjs';
import { heapAfterGc } from './bench/heap.mjs';
import { COLD_PAGE, JOB_BOARD_READY, coldLoads, lighthouseRuns, writeStaticColdPage, writeStaticJobBoard } from './bench/cold-load.mjs';

const RUNS = Number(process.env.BENCH_RUNS) || 10;
const write = process.argv.includes('--write');
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';

ensureDependencies();
const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const signedKb = (bytes) => `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const sizes = (code) => ({
  min: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/**
 * Bundles an entry (or inline source) for the browser, minified, and returns the code a page
 * loads up front; chunks loaded later by dynamic import (the catalogue) are left out.
 */
async function bundle(input, source) {
  const virtual = '\0bench-entry';
  const plugins = source
    ? [{ name: 'entry', resolveId: (id) => (id === virtual ? virtual : null), load: (id) => (id === virtual ? source : null) }, ...browserPlugins()]
    : browserPlugins();
  const result = await rollup({ input: source ? virtual : input, plugins, onwarn: () => {} });
  const { output } = await result.generate({ format: 'es' });
  return Buffer.from(output.filter((chunk) => chunk.type === 'chunk' && !chunk.isDynamicEntry).map((chunk) => chunk.code).join('\n'));
}

// ---- sizes
const sizeRows = [];
const litFloor = sizes(await bundle(null, "import { LitElement, html, css } from 'lit'; customElements.define('x-floor', class extends LitElement { static styles = css`:host{display:block}`; render() { return html`<p>floor</p>`; } });"));
sizeRows.push(['lit alone (the floor: one trivial LitElement)', litFloor]);
sizeRows.push(['dist/role-widgets.classic.js (every element in one file)', sizes(readFileSync('dist/role-widgets.classic.js'))]);
for (const tag of ['salary-band', 'role-card', 'role-compare', 'role-finder', 'role-catalogue']) {
  sizeRows.push([`only <${tag}> (npm per-element module, bundled; the catalogue loads on first use)`, sizes(await bundle(`src/elements/${tag}/define.ts`))]);
}
const catalogueSize = sizes(Buffer.from(JSON.stringify(JSON.parse(readFileSync('data/roles.json', 'utf8')))));
sizeRows.push(['the catalogue (data/roles.json, minified)', catalogueSize]);

// What whole pages download (gzip, every file summed), against issue 14's targets.
const bandOnly = sizeRows.find(([label]) => label.startsWith('only <salary-band>'))[1].gzip;
// The catalogue's pieces each page fetches (issue 23): a role's facts, its texts in English, the index.
const facts = (...ids) => ids.map((id) => `roles/${id}.json`);
const texts = (...ids) => ids.map((id) => `texts/en/${id}.json`);
const oneRolePage = (dir) => pageWeight(`${dir}/role-widgets.js`, ['role-card', 'salary-band'], [...facts('back-end'), ...texts('back-end')]).gzip;
// The same page built with a catalogue grown to 60 roles: what each further role costs a page that shows one.
const SYNTHETIC_ROLES = 60;
const syntheticDir = 'node_modules/.cache/role-widgets-bench-60';
{
  // A fresh copy of the build's config (the query makes it one), reading the grown catalogue.
  process.env.ROLE_WIDGETS_SYNTHETIC_ROLES = String(SYNTHETIC_ROLES);
  const { default: grown } = await import(`../rollup.config.mjs?roles=${SYNTHETIC_ROLES}`);
  delete process.env.ROLE_WIDGETS_SYNTHETIC_ROLES;
  const built = await rollup({ ...grown[0], onwarn: () => {} });
  await built.write({ ...grown[0].output, dir: syntheticDir, sourcemap: false });
}
const catalogueRoles = JSON.parse(readFileSync('data/roles.json', 'utf8')).roles.length;
const weightRows = [
  [`script-tag module: one <role-card> and its <salary-band>, one role (catalogue of ${catalogueRoles} roles)`, oneRolePage('dist'), 22],
  [`the same page with a catalogue grown to ${SYNTHETIC_ROLES} roles`, oneRolePage(syntheticDir), `≤ +3 KB (${signedKb(oneRolePage(syntheticDir) - oneRolePage('dist'))})`],
  ['script-tag module: <role-card>, <salary-band>, 3-role <role-compare> (the cold-load page)', pageWeight('dist/role-widgets.js', ['role-card', 'salary-band', 'role-compare'], ['list.json', ...facts('back-end', 'front-end', 'qa-test'), ...texts('back-end', 'front-end', 'qa-test')]).gzip, 24],
  ['script-tag module: only <salary-band role-id>', pageWeight('dist/role-widgets.js', ['salary-band'], facts('back-end')).gzip, 18],
  ['script-tag module: a job board\'s results page, 22 compact bands from titles and pay (issue 31)', pageWeight('dist/role-widgets.js', ['salary-band'], ['listing.json'], ['job-posting-reader', 'match-title']).gzip, 36],
  ['npm module: only <salary-band role-id>, with the catalogue chunk it loads', bandOnly + catalogueSize.gzip, 14],
  ['npm module: only <salary-band> with explicit figures', bandOnly, 9],
];

// ---- speed and memory
const server = await startStaticServer({ csp: null });
const strictServer = await startStaticServer();
const browserInstance = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

const page = await browserInstance.newPage();
await page.setViewport({ width: 1200, height: 900 });
await page.goto(`${server.url}/scripts/bench/bench.html`);
await page.waitForFunction(() => window.bench?.ready);
const speedRows = [];
const time = async (label, call) => {
  const result = await page.evaluate(call);
  speedRows.push([label, result.library, result.baseline]);
  process.stderr.write(`  ${label}: ${ms(result.library)} vs ${ms(result.baseline)}\n`);
  if (result.mismatches) process.stderr.write(`  WARNING: the baseline laid out to a different height than the library in ${result.mismatches} runs\n`);
};
process.stderr.write(`Running each case ${RUNS} times…\n`);
await time('first render, 1 role card', `bench.cards(1, ${RUNS})`);
await time('first render, 12 role cards', `bench.cards(12, ${RUNS})`);
await time('first render, 500 role cards', `bench.cards(500, ${RUNS})`);
await time('first render, role-compare with 4 roles', `bench.compare(${RUNS})`);
await time('role-finder: filter change over the whole catalogue', `bench.finderFilter(${RUNS})`);
await time('change role-id on 100 mounted cards', `bench.changeRole(100, ${RUNS})`);
const cpu = await page.createCDPSession();
await cpu.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const compareSwap = await page.evaluate(`bench.compareSwap(${RUNS})`);
await cpu.send('Emulation.setCPUThrottlingRate', { rate: 1 });
process.stderr.write(`  change a column of a 4-role compare at 4× CPU slowdown: ${ms(compareSwap)}\n`);
const memory = await page.evaluate('bench.heap(500)');
// Heap growth over mount/unmount cycles, measured from outside the page: the DevTools protocol's
// collection is thorough where the page's own gc() leaves garbage of recent frames behind.
const CHURN_CYCLES = 1000;
// Warm-up rounds before the measured one. After the speed cases above, the card's compiled code
// still grew by 33 KB in a second round and by under 1 KB in a fourth (2-core machine, issue 34).
const CHURN_WARM_UP_ROUNDS = 3;
const cdp = await page.createCDPSession();
const churnRows = [];
for (const tag of ['role-card', 'role-compare', 'salary-band']) {
  const growth = {};
  for (const kind of ['library', 'baseline']) {
    // Warm-up rounds as long as the measured one, for two reasons (issue 34): the engine compiles
    // the cycle's functions as they grow hot, tens of KB of machine code that is no page's object
    // and stops growing once they are (with the JIT off the library grows exactly as the baseline
    // does; scripts/bench/heap-retainers.mjs names what grows); and the page's list of WeakRefs to
    // removed elements is then as long at both readings.
    for (let round = 0; round < CHURN_WARM_UP_ROUNDS; round++) await page.evaluate(`bench.churn('${tag}', ${CHURN_CYCLES}, '${kind}')`);
    const before = await heapAfterGc(cdp);
    await page.evaluate(`bench.churn('${tag}', ${CHURN_CYCLES}, '${kind}')`);
    growth[kind] = (await heapAfterGc(cdp)) - before;
    growth[`${kind}Alive`] = await page.evaluate('bench.alive()');
  }
  churnRows.push([tag, growth]);
  process.stderr.write(`  ${tag}: heap ${signedKb(growth.library)} after ${CHURN_CYCLES} mount/unmount cycles, ${growth.libraryAlive} removed elements still alive (baseline ${signedKb(growth.baseline)}, ${growth.baselineAlive})\n`);
}
await page.close();

// ---- demo pages: time from script to first painted widget, layout shift, long tasks
const pageRows = [];
const pages = ['demo/index.html', 'demo/salary-band.html', 'demo/role-card.html', 'demo/role-compare.html', 'demo/role-finder.html', 'demo/hosts/job-advert.html', 'demo/hosts/cms-article.html', 'demo/hosts/careers-page.html', 'scripts/bench/twelve-cards.html', 'scripts/bench/twelve-cards-blocking.html'];
for (const path of pages) {
  const samples = [];
  for (let run = 0; run < Math.max(3, Math.floor(RUNS / 2)); run++) {
    const tab = await browserInstance.newPage();
    await tab.setViewport({ width: 1200, height: 900 });
    await tab.evaluateOnNewDocument(() => {
      const metrics = { cls: 0, longest: 0, painted: 0 };
      window.__metrics = metrics;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) metrics.cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) metrics.longest = Math.max(metrics.longest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      const tags = 'salary-band,role-card,role-compare,role-finder';
      const check = () => {
        const widget = [...document.querySelectorAll(tags)].find((el) => el.shadowRoot?.childElementCount);
        if (widget) requestAnimationFrame(() => (metrics.painted = performance.now()));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await tab.goto(`${strictServer.url}/${path}`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__metrics.painted > 0, { timeout: 10000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    samples.push(
      await tab.evaluate(() => {
        const script = performance.getEntriesByType('resource').find((entry) => /role-widgets(\.classic)?\.js$/.test(entry.name));
        return { ...window.__metrics, toPaint: window.__metrics.painted - (script?.responseEnd ?? 0) };
      }),
    );
    await tab.close();
  }
  const mid = (key) => [...samples.map((s) => s[key])].sort((a, b) => a - b)[samples.length >> 1];
  pageRows.push([path, mid('toPaint'), Math.max(...samples.map((s) => s.cls)), Math.max(...samples.map((s) => s.longest))]);
}
await browserInstance.close();

// ---- cold loads of issue 14's page, a fresh browser each time, and Lighthouse's mobile audit
const COLD_RUNS = 5;
process.stderr.write(`Cold loads (${COLD_RUNS} fresh browsers each) and Lighthouse…\n`);
const coldLibrary = await coldLoads(strictServer.url, COLD_PAGE, COLD_RUNS, chrome);
const coldStatic = await coldLoads(strictServer.url, writeStaticColdPage(), COLD_RUNS, chrome);
const lighthouse = await lighthouseRuns(`${strictServer.url}/${COLD_PAGE}`, 3, chrome);
// The job board's results page (issue 31), cold, at a phone's width and a desktop's, beside the same list drawn as static HTML.
const JOB_BOARD = 'demo/hosts/job-board.html';
const staticJobBoard = await writeStaticJobBoard(strictServer.url, JOB_BOARD, chrome);
const jobBoardRows = [];
for (const width of [360, 1100]) {
  const library = await coldLoads(strictServer.url, JOB_BOARD, COLD_RUNS, chrome, { ready: JOB_BOARD_READY, width });
  const still = await coldLoads(strictServer.url, staticJobBoard, COLD_RUNS, chrome, { ready: JOB_BOARD_READY, width });
  jobBoardRows.push([width, library, still]);
}
await server.close();
await strictServer.close();

// ---- report
const chromeVersion = spawnSync(chrome, ['--version'], { encoding: 'utf8' }).stdout.trim();
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${chromeVersion}, Node ${process.version}`;
const lines = [];
lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${machine}. Medians of ${RUNS} runs in one browser session.`, '');
lines.push('| speed (creation to laid-out DOM) | role-widgets | plain-DOM baseline | ratio |', '|---|---:|---:|---:|');
for (const [label, library, baseline] of speedRows) lines.push(`| ${label} | ${ms(library)} | ${ms(baseline)} | ${ratio(library, baseline)} |`);
lines.push(`| change a column of a 4-role compare, 4× CPU slowdown (target ≤ 16 ms) | ${ms(compareSwap)} | | |`);
lines.push(`| JS heap held by 500 role cards | ${kb(memory.library)} | ${kb(memory.baseline)} | ${ratio(memory.library, memory.baseline)} |`);
lines.push(`| JS heap per mounted role card (target ≤ 8 KB) | ${kb(memory.library / 500)} | ${kb(memory.baseline / 500)} | ${ratio(memory.library, memory.baseline)} |`, '');
lines.push(`| ${CHURN_CYCLES} mount/unmount cycles, after GC (target: growth ≤ 16 KB) | heap growth | removed elements still alive | baseline growth | baseline still alive |`, '|---|---:|---:|---:|---:|');
for (const [tag, growth] of churnRows) lines.push(`| <${tag}> | ${signedKb(growth.library)} | ${growth.libraryAlive} | ${signedKb(growth.baseline)} | ${growth.baselineAlive} |`);
lines.push('');
lines.push('| size | minified | gzip | brotli | gzip vs lit floor |', '|---|---:|---:|---:|---:|');
for (const [label, size] of sizeRows) lines.push(`| ${label} | ${kb(size.min)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${ratio(size.gzip, litFloor.gzip)} |`);
lines.push('', '| what a page downloads (gzip, all files) | size | target |', '|---|---:|---:|');
for (const [label, bytes, target] of weightRows) lines.push(`| ${label} | ${kb(bytes)} | ${typeof target === 'number' ? `${target} KB` : target} |`);
const longestText = (value) => (value ? ms(value) : 'none over 50 ms');
lines.push(
  '',
  `| ${COLD_PAGE}, cold (median of ${COLD_RUNS} fresh browsers) | role-widgets | same DOM as static declarative shadow DOM | ratio | target |`,
  '|---|---:|---:|---:|---|',
  `| longest main-thread task | ${longestText(coldLibrary.longest)} (runs: ${coldLibrary.longestRuns.map((v) => v || '<50').join(', ')}) | ${longestText(coldStatic.longest)} | | none over 50 ms |`,
  `| all three elements show their figures (after navigation start) | ${ms(coldLibrary.figures)} | ${ms(coldStatic.figures)} | ${ratio(coldLibrary.figures, coldStatic.figures)} | ≤ 1.3× |`,
);
lines.push('', `| ${'demo/hosts/job-board.html'}, 22 adverts, cold (median of ${COLD_RUNS} fresh browsers) | role-widgets | the same list as static HTML | target |`, '|---|---:|---:|---|');
for (const [width, library, still] of jobBoardRows) {
  lines.push(`| ${width} px: longest main-thread task | ${longestText(library.longest)} (runs: ${library.longestRuns.map((v) => v || '<50').join(', ')}) | ${longestText(still.longest)} (runs: ${still.longestRuns.map((v) => v || '<50').join(', ')}) | ≤ max(50 ms, 1.2 × static) |`);
  lines.push(`| ${width} px: every band shows its pay (after navigation start); layout shift | ${ms(library.figures)}; CLS ${library.cls.toFixed(3)} | ${ms(still.figures)}; CLS ${still.cls.toFixed(3)} | CLS 0 |`);
}
lines.push('', '| Lighthouse mobile (simulated 4× CPU, slow 4G), per run | performance | Total Blocking Time | CLS | LCP | unused JS |', '|---|---:|---:|---:|---:|---:|');
lighthouse.forEach((run, index) => lines.push(`| run ${index + 1} | ${run.score.toFixed(2)} | ${ms(run.tbt)} | ${run.cls.toFixed(3)} | ${ms(run.lcp)} | ${kb(run.unusedJs * 1024)} |`));
lines.push('| target | ≥ 0.98 | ≤ 50 ms | 0 | | |');
lines.push('', '| page (strict CSP) | script loaded → first widget painted | layout shift (CLS, worst run) | longest task |', '|---|---:|---:|---:|');
for (const [path, toPaint, cls, longest] of pageRows) lines.push(`| ${path} | ${ms(toPaint)} | ${cls.toFixed(3)} | ${longest ? ms(longest) : 'none over 50 ms'} |`);
const table = lines.join('\n');
console.log(`\n${table}\n`);

if (write) {
  const previous = readFileSync('BENCHMARKS.md', 'utf8');
  const start = previous.indexOf('<!-- results -->');
  const end = previous.indexOf('<!-- /results -->');
  writeFileSync('BENCHMARKS.md', `${previous.slice(0, start)}<!-- results -->\n${table}\n${previous.slice(end)}`);
  console.log('Recorded in BENCHMARKS.md');
}
