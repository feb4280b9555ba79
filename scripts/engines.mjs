// The three browser engines the tests run in, all from Debian's packages (no npm step downloads a
// browser): Chromium, Firefox ESR, and WebKitGTK's MiniBrowser driven by WebKitWebDriver under Xvfb.
// ROLE_WIDGETS_ENGINES=chromium,firefox,webkit picks some; all three by default.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const ENGINES = {
  chromium: { label: 'Chromium', files: [process.env.CHROME_PATH || '/usr/bin/chromium'], packages: ['chromium'] },
  firefox: { label: 'Firefox', files: [process.env.FIREFOX_PATH || '/usr/bin/firefox-esr'], packages: ['firefox-esr'] },
  webkit: { label: 'WebKit', files: ['/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run'], packages: ['webkit2gtk-driver', 'xvfb'] },
};

/** Flags for Debian's Chromium here: as root it needs --no-sandbox; the rest keep it off the (closed) network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The WebDriver session options for WebKitGTK's MiniBrowser behind a WebKitWebDriver on `port`. */
export function webkitSession(port) {
  return {
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // Without it, webdriverio asks for a BiDi session, which WebKitWebDriver refuses.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
    },
  };
}

export function chosenEngines() {
  const names = (process.env.ROLE_WIDGETS_ENGINES || Object.keys(ENGINES).join(',')).split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !ENGINES[name]);
  if (unknown.length) throw new Error(`ROLE_WIDGETS_ENGINES names unknown engines (${unknown.join(', ')}); use ${Object.keys(ENGINES).join(', ')}.`);
  return names;
}

/**
 * Debian packages for the chosen engines that are not installed yet. As root on Debian they are
 * installed with apt-get; otherwise the message says what to install. Returns an error or undefined.
 */
export function installMissingEngines(names) {
  const missing = names.flatMap((name) => (ENGINES[name].files.every((file) => existsSync(file)) ? [] : ENGINES[name].packages));
  if (missing.length === 0) return undefined;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`▶ installing ${missing.join(', ')} from Debian (apt-get)`);
    const result = spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`], { stdio: 'inherit' });
    if (result.status === 0) return undefined;
  }
  return `Missing browser packages: ${missing.join(', ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}\n(or run a subset: ROLE_WIDGETS_ENGINES=chromium npm test)`;
}

/** A port nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts WebKitWebDriver inside a virtual display (MiniBrowser has no headless mode) on a free
 * port and waits until it answers. `screen` sizes the display (a window cannot outgrow it).
 * Resolves to { port, stop }.
 */
export async function startWebKitDriver({ timeoutMs = 30_000, screen = '1280x1024x24' } = {}) {
  const port = await freePort();
  // Its own process group, so stopping it also ends Xvfb and any MiniBrowser it started.
  const child = spawn('xvfb-run', ['-a', '-s', `-screen 0 ${screen}`, 'WebKitWebDriver', `--port=${port}`], { detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const status = await (await fetch(`http://127.0.0.1:${port}/status`)).json();
      if (status?.value?.ready) return { port, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs / 1000} s`);
}
