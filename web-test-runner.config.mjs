import { chromeLauncher } from '@web/test-runner';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { spawnSync } from 'node:child_process';
import { CHROMIUM_ARGS, chosenEngines, freePort, startWebKitDriver, webkitSession } from './scripts/engines.mjs';

/**
 * Every test runs in three engines, each from Debian's packages (see scripts/engines.mjs; npm test
 * installs what is missing). ROLE_WIDGETS_ENGINES=chromium,firefox,webkit picks some.
 */
const chosen = chosenEngines();

/** WebKitWebDriver runs for as long as the test run: started here unless one is already given. */
async function webkitDriverPort() {
  if (process.env.WEBKIT_DRIVER_PORT) return Number(process.env.WEBKIT_DRIVER_PORT);
  const driver = await startWebKitDriver();
  process.on('exit', driver.stop);
  return driver.port;
}
const WEBKIT_DRIVER_PORT = chosen.includes('webkit') ? await webkitDriverPort() : 0;

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  // Puppeteer drives Firefox over WebDriver BiDi: no geckodriver, nothing downloaded.
  firefox: () => puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true } }),
  // WebKitGTK's MiniBrowser through the WebKitWebDriver started above, under Xvfb.
  webkit: () =>
    webdriverLauncher({ automationProtocol: 'webdriver', ...webkitSession(WEBKIT_DRIVER_PORT) }),
};

/**
 * The dev server rewrites imports and drops `with { type: 'json' }`, so the browser would refuse
 * the catalogue import. JSON imported from a module is served as a module instead; a plain
 * fetch() of the same file still gets JSON.
 */
function jsonModules() {
  return {
    name: 'json-modules',
    resolveImport({ source }) {
      if (source.endsWith('.json')) return `${source}?json-module`;
    },
    transform(context) {
      if (context.path.endsWith('.json') && context.URL.searchParams.has('json-module')) {
        return { body: `export default ${context.body};`, headers: { 'content-type': 'application/javascript' } };
      }
    },
  };
}

/**
 * The `ckeditor5` package (the CKEditor 5 plugin's tests) is ES modules, but some of its
 * dependencies are CommonJS (fuzzysort, debug through the Markdown packages), which the dev server
 * cannot serve to a browser. So the tests import one ES module of the whole package, bundled once
 * per run by esbuild, as a site's bundler would: the same code, CommonJS converted.
 */
function ckeditorBundle() {
  const file = 'node_modules/.cache/role-widgets-ckeditor5/ckeditor5.js';
  let built;
  return {
    name: 'ckeditor5-bundle',
    async serverStart() {
      const { build } = await import('esbuild');
      built = build({ entryPoints: ['ckeditor5'], bundle: true, format: 'esm', platform: 'browser', outfile: file, logLevel: 'error', legalComments: 'none' });
      await built;
    },
    resolveImport({ source }) {
      if (source === 'ckeditor5') return `/${file}`;
    },
  };
}

/**
 * Writes the runner's own counts, per browser, to the file named by ROLE_WIDGETS_TALLY, for the
 * closing "total: N passed, N failed" line that npm test prints. A test file that failed to load
 * counts as a failure, so it cannot pass unseen.
 */
function tallyReporter() {
  const count = (suite, tally) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) tally.skipped++;
      else if (test.passed) tally.passed++;
      else tally.failed++;
    }
    for (const child of suite.suites ?? []) count(child, tally);
    return tally;
  };
  return {
    async onTestRunFinished({ sessions }) {
      const tallies = {};
      for (const session of sessions) {
        const tally = (tallies[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0 });
        if (session.testResults) count(session.testResults, tally);
        if (!session.passed && (session.errors?.length ?? 0) > 0) tally.failed++;
      }
      const file = process.env.ROLE_WIDGETS_TALLY;
      if (file) (await import('node:fs')).writeFileSync(file, JSON.stringify(tallies, null, 2));
    },
  };
}

/**
 * Lets browser tests run the built command line (dist/cli.js) and read what it printed:
 * executeServerCommand('role-widgets-cli', { args: ['validate', 'file.json'] }).
 */
function cliCommand() {
  return {
    name: 'role-widgets-cli',
    executeCommand({ command, payload }) {
      if (command !== 'role-widgets-cli') return undefined;
      const result = spawnSync(process.execPath, ['dist/cli.js', ...payload.args], { encoding: 'utf8', timeout: 30000 });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
  };
}

/**
 * Answers only when the client has given up (or after a minute), so tests can see a fetch time
 * out. A fixed delay raced the page's own timer, which a busy machine or a throttled background
 * tab can delay by seconds.
 */
async function slowResponses(context, next) {
  if (!context.path.startsWith('/__slow__/')) return next();
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, 60_000);
    context.req.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  context.type = 'application/json';
  context.body = '{}';
}

/** Pages under /src/test/pages/strict/ get the Content-Security-Policy a careful host sends; those under ckeditor5-csp/, CKEditor 5's. */
async function strictPages(context, next) {
  await next();
  if (context.path.startsWith('/src/test/pages/strict/')) {
    context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'");
  }
  // CKEditor 5's own recommended policy for a self-hosted editor, with its wildcards narrowed to
  // 'self': the policy a CMS that runs CKEditor 5 already sends, and all the plugin may rely on.
  if (context.path.startsWith('/src/test/pages/ckeditor5-csp/')) {
    context.set('Content-Security-Policy', "default-src 'none'; connect-src 'self'; script-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-src 'self'");
  }
}

/** A schema-valid catalogue with 5,000 roles, far more than any careers site needs; made once, as three browsers ask for it. */
let hugeCatalogueBody;
async function hugeCatalogue(context, next) {
  if (context.path !== '/__generated__/catalogue-5000.json') return next();
  if (!hugeCatalogueBody) {
    const { default: fs } = await import('node:fs');
    const base = JSON.parse(fs.readFileSync('data/roles.json', 'utf8'));
    const roles = Array.from({ length: 5000 }, (_, i) => ({ ...base.roles[i % base.roles.length], id: `role-${i}`, title: `Role ${i}`, aliases: [] }));
    hugeCatalogueBody = JSON.stringify({ ...base, roles });
  }
  context.type = 'application/json';
  context.body = hugeCatalogueBody;
}

/**
 * Pieces that fail or wait, for tests of a split catalogue. `/__flaky__/<nonce>/<path>` answers 503
 * the first time and then serves <path>; `/__gate__/<nonce>/<path>` answers only once the test has
 * opened that gate (executeServerCommand('open-gate', nonce)). The nonce is the test's own, since
 * three browsers run the same tests against this one server at once.
 */
const flakyTried = new Set();
const gates = new Map();
const gate = (nonce) => {
  if (!gates.has(nonce)) {
    let open;
    gates.set(nonce, { opened: new Promise((resolve) => (open = resolve)), open });
  }
  return gates.get(nonce);
};
async function flakyAndGatedPieces(context, next) {
  const match = /^\/__(flaky|gate)__\/([\w-]+)(\/.*)$/.exec(context.path);
  if (!match) return next();
  const [, kind, nonce, path] = match;
  // Never cached, by the browser or the dev server: a retry must reach this code again.
  context.set('Cache-Control', 'no-store');
  if (kind === 'flaky' && !flakyTried.has(nonce + path)) {
    flakyTried.add(nonce + path);
    context.status = 503;
    context.body = 'Service Unavailable';
    return;
  }
  if (kind === 'gate') await gate(nonce).opened;
  const { readFile } = await import('node:fs/promises');
  try {
    context.body = await readFile(`.${path}`, 'utf8');
    context.type = 'application/json';
  } catch {
    context.status = 404;
  }
}
/**
 * A page whose Welsh arrives only when its test says so: `/__held__/<nonce>/<path>` serves <path>
 * and everything it loads by relative URL as usual, except the built Welsh chunk, which waits for
 * the gate `<nonce>` (executeServerCommand('open-gate', nonce)).
 */
async function heldWelsh(context, next) {
  const match = /^\/__held__\/([\w-]+)(\/.*)$/.exec(context.path);
  if (!match) return next();
  const [, nonce, path] = match;
  if (/^\/dist\/chunks\/cy-[\w-]+\.js$/.test(path)) await gate(nonce).opened;
  context.path = path;
  await next();
  context.set('Cache-Control', 'no-store');
}
function openGate() {
  return {
    name: 'open-gate',
    executeCommand({ command, payload }) {
      if (command !== 'open-gate') return undefined;
      gate(payload).open();
      return true;
    },
  };
}

/**
 * forced-colors emulation, which @web/test-runner-commands' emulateMedia lacks for Chromium:
 * executeServerCommand('emulate-features', [{ name: 'forced-colors', value: 'active' }]).
 */
const cdpSessions = new WeakMap();
function emulateFeatures() {
  return {
    name: 'emulate-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-features') return undefined;
      // Puppeteer's emulateMediaFeatures rejects forced-colors; the DevTools protocol accepts it.
      // The session is kept: emulation ends when the session that set it is detached.
      const page = session.browser.getPage(session.id);
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}

export default {
  // A free port, so two test runs on one machine (a loaded CI box, a second terminal) never collide.
  port: Number(process.env.TEST_PORT) || (await freePort()),
  middleware: [slowResponses, strictPages, hugeCatalogue, flakyAndGatedPieces, heldWelsh],
  files: ['src/**/*.test.ts'],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script type="module" src="/src/test/setup.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 3,
  // Generous: CI machines are small and busy; a test is judged by what it sees, never by how fast.
  testFramework: { config: { timeout: 30000 } },
  // A whole file may hold 80 tests (the finder's); on a busy machine WebKit took over the default 2 minutes to finish one.
  testsFinishTimeout: 15 * 60_000,
  plugins: [cliCommand(), emulateFeatures(), openGate(), jsonModules(), ckeditorBundle(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: chosen.map((name) => launchers[name]()),
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), tallyReporter()],
};
