// Throwaway WordPress sites for the plugin's tests, on free loopback ports, stopped by the caller:
// - Debian bookworm's `wordpress` 6.1.9 under PHP 8.2's built-in server, with MariaDB on a socket;
// - WordPress 6.5.5 from @wp-playground/wordpress-builds, run by @wp-playground/cli (PHP as
//   WebAssembly, SQLite), installed at test time into a cache folder, never into package.json.
// Each site has an Administrator (admin) and an Author (author); neither has the plugin yet.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './engines.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const USERS = {
  admin: { login: 'admin', password: 'admin-pass-1', role: 'administrator' },
  author: { login: 'author', password: 'author-pass-1', role: 'author' },
};

/** Debian packages the 6.1 site needs, with a file that shows each is installed. */
export const DEBIAN_PACKAGES = {
  wordpress: '/usr/share/wordpress/wp-load.php',
  'php-cli': '/usr/bin/php',
  'php-mysql': '', // checked through `php -m`: the extension has no file of its own name
  'mariadb-server': '/usr/sbin/mariadbd',
  'wordpress-theme-twentytwentythree': '/usr/share/wordpress/wp-content/themes/twentytwentythree/style.css',
  unzip: '/usr/bin/unzip', // for the 6.5 build's zip
};

function phpHasMysqli() {
  return existsSync('/usr/bin/php') && spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout?.includes('mysqli');
}

/**
 * Installs missing Debian packages for the 6.1 site when run as root on Debian (as the browsers
 * are installed, see engines.mjs). Returns a reason to skip, or undefined when all is there.
 */
export function installMissingWordPressPackages() {
  const missing = Object.entries(DEBIAN_PACKAGES)
    .filter(([name, file]) => (name === 'php-mysql' ? !phpHasMysqli() : !existsSync(file)))
    .map(([name]) => name);
  if (missing.length === 0) return undefined;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    const result = spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`], { stdio: 'inherit' });
    if (result.status === 0) return undefined;
  }
  return `missing Debian packages: ${missing.join(', ')} (sudo apt-get install -y ${missing.join(' ')})`;
}

async function waitFor(check, what, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (child && child.exitCode !== null) throw new Error(`${what}: the process ended (exit ${child.exitCode})`);
    if (Date.now() > deadline) throw new Error(`${what}: not ready within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Servers still running, ended when this process exits however it ends (a failed or stopped test run). */
const running = new Set();
process.on('exit', () => {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Gone.
    }
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

function track(child) {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Stops a process started with detached: true, with everything it started. */
function killGroup(child) {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Gone.
      }
      resolve();
    }, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/** PHP run inside the site after install: users, a quiet site, the test's CSP switch. */
const SETUP_PHP = `
foreach (json_decode('${JSON.stringify(Object.values(USERS))}', true) as $user) {
  $found = get_user_by('login', $user['login']);
  $id = $found ? $found->ID : wp_insert_user(array('user_login' => $user['login'], 'user_pass' => $user['password'], 'user_email' => $user['login'] . '@example.test', 'role' => $user['role']));
  if ($found) { wp_set_password($user['password'], $id); $found->set_role($user['role']); }
  update_user_meta($id, 'show_welcome_panel', 0);
  // No "Welcome to the block editor" guide over the editor (preferences kept in user meta since 6.1).
  global $wpdb;
  update_user_meta($id, $wpdb->get_blog_prefix() . 'persisted_preferences', array('core/edit-post' => array('welcomeGuide' => false), '_modified' => gmdate('c')));
}
update_option('blogname', 'Careers office');
update_option('permalink_structure', '');
`;

/**
 * A must-use plugin for the tests only: with ?csp=strict the page is served under a strict
 * Content-Security-Policy (no inline script or style), to show the plugin needs none.
 */
const CSP_MU_PLUGIN = `<?php
add_action('send_headers', function () {
  if (isset($_GET['csp']) && 'strict' === $_GET['csp']) {
    header("Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:");
  }
});
`;

/** Debian's WordPress 6.1.9, PHP 8.2's built-in server and MariaDB (socket only). */
export async function startDebianWordPress() {
  const dir = mkdtempSync(join(tmpdir(), 'rw-wp61-'));
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) await killGroup(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const data = join(dir, 'db');
    const socket = join(dir, 'db.sock');
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--user=root', '--skip-test-db'], { stdio: 'ignore' });
    const db = track(spawn('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(dir, 'db.pid')}`], { detached: true, stdio: 'ignore' }));
    children.push(db);
    await waitFor(() => existsSync(socket), 'MariaDB', 30_000, db);
    execFileSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', 'CREATE DATABASE wordpress'], { stdio: 'ignore' });

    const site = join(dir, 'site');
    // Debian's tree links into /etc and /var/lib: copy the files the links point at.
    execFileSync('cp', ['-rL', '/usr/share/wordpress', site]);
    rmSync(join(site, 'wp-content/plugins/akismet'), { recursive: true, force: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress'); define('DB_USER', 'root'); define('DB_PASSWORD', ''); define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
$table_prefix = 'wp_';
define('WP_HOME', '${url}'); define('WP_SITEURL', '${url}');
define('WP_HTTP_BLOCK_EXTERNAL', true); define('AUTOMATIC_UPDATER_DISABLED', true); define('DISABLE_WP_CRON', true);
define('FS_METHOD', 'direct'); define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', '${join(dir, 'debug.log')}');
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((k) => [`define('${k}_KEY', '${k}-key-for-tests');`, `define('${k}_SALT', '${k}-salt-for-tests');`]).join('\n')}
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    mkdirSync(join(site, 'wp-content/mu-plugins'), { recursive: true });
    writeFileSync(join(site, 'wp-content/mu-plugins/test-csp.php'), CSP_MU_PLUGIN);
    writeFileSync(
      join(dir, 'install.php'),
      `<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
require '${site}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter('pre_wp_mail', '__return_false'); // no mail server here
wp_install('Careers office', 'admin', 'admin@example.test', true, '', '${USERS.admin.password}');
${SETUP_PHP}
switch_theme('twentytwentythree');
echo get_bloginfo('version');
`,
    );
    const version = execFileSync('php', [join(dir, 'install.php')], { encoding: 'utf8' }).trim().split('\n').pop();
    const web = track(spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], { detached: true, stdio: 'ignore', env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } }));
    children.push(web);
    await waitFor(async () => (await fetch(`${url}/wp-login.php`).catch(() => undefined))?.ok, 'php -S', 20_000, web);
    return { url, version, label: `WordPress ${version} (Debian, PHP 8.2, MariaDB)`, stop, log: join(dir, 'debug.log') };
  } catch (error) {
    await stop();
    throw error;
  }
}

const PLAYGROUND_DIR = join(root, 'node_modules/.cache/wp-playground');
const PLAYGROUND_PACKAGES = ['@wp-playground/cli@3.1.56', '@wp-playground/wordpress-builds@0.9.19'];

/**
 * Installs the pinned Playground packages into node_modules/.cache/wp-playground (not into the
 * project's dependencies: they weigh about 0.7 GB). Returns a reason to skip, or undefined.
 */
export function installPlayground() {
  const cli = join(PLAYGROUND_DIR, 'node_modules/@wp-playground/cli/wp-playground.js');
  const builds = join(PLAYGROUND_DIR, 'node_modules/@wp-playground/wordpress-builds/src/wordpress/wp-6.5.zip');
  if (existsSync(cli) && existsSync(builds)) return undefined;
  mkdirSync(PLAYGROUND_DIR, { recursive: true });
  if (!existsSync(join(PLAYGROUND_DIR, 'package.json'))) writeFileSync(join(PLAYGROUND_DIR, 'package.json'), '{ "private": true }\n');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', PLAYGROUND_DIR, ...PLAYGROUND_PACKAGES], {
    encoding: 'utf8',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
    timeout: 600_000,
  });
  if (result.status === 0 && existsSync(cli)) return undefined;
  const why = `${result.stderr ?? ''}`.split('\n').find((line) => /ERR|ENOTFOUND|ETIMEDOUT|EAI_AGAIN/.test(line)) ?? `npm exited ${result.status}`;
  return `the npm registry could not provide ${PLAYGROUND_PACKAGES.join(' and ')}: ${why.trim()}`;
}

/** WordPress 6.5.5 (whole tree: the build's zip plus its public assets, and Debian's Twenty Twenty-Three). */
function wordpress65Tree() {
  const tree = join(PLAYGROUND_DIR, 'wp-6.5-tree');
  if (existsSync(join(tree, 'wp-includes/version.php'))) return tree;
  const builds = join(PLAYGROUND_DIR, 'node_modules/@wp-playground/wordpress-builds');
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  execFileSync('unzip', ['-q', join(builds, 'src/wordpress/wp-6.5.zip'), '-d', tree]);
  cpSync(join(builds, 'public/wp-6.5'), tree, { recursive: true });
  // The build has no theme; Debian's package of the default theme of 6.1 to 6.3 runs on 6.5.
  cpSync('/usr/share/wordpress/wp-content/themes/twentytwentythree', join(tree, 'wp-content/themes/twentytwentythree'), { recursive: true, dereference: true });
  return tree;
}

/** WordPress 6.5.5 in @wp-playground/cli, on a copy of the tree, so every run starts clean. */
export async function startPlaygroundWordPress() {
  const dir = mkdtempSync(join(tmpdir(), 'rw-wp65-'));
  let child;
  const stop = async () => {
    await killGroup(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const site = join(dir, 'site');
    execFileSync('cp', ['-r', wordpress65Tree(), site]);
    mkdirSync(join(site, 'wp-content/mu-plugins'), { recursive: true });
    writeFileSync(join(site, 'wp-content/mu-plugins/test-csp.php'), CSP_MU_PLUGIN);
    const blueprint = join(dir, 'blueprint.json');
    writeFileSync(
      blueprint,
      JSON.stringify({
        preferredVersions: { php: '8.2', wp: '6.5' },
        steps: [
          { step: 'runPHP', code: `<?php require '/wordpress/wp-load.php'; ${SETUP_PHP} switch_theme('twentytwentythree');` },
        ],
      }),
    );
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const home = join(dir, 'home');
    mkdirSync(home);
    child = track(spawn(
      process.execPath,
      [
        join(PLAYGROUND_DIR, 'node_modules/@wp-playground/cli/wp-playground.js'),
        'server',
        `--port=${port}`,
        '--php=8.2',
        '--workers=2',
        `--site-url=${url}`,
        `--mount-before-install=${site}:/wordpress`,
        '--wordpress-install-mode=install-from-existing-files',
        '--define-bool', 'WP_HTTP_BLOCK_EXTERNAL', 'true',
        '--define-bool', 'AUTOMATIC_UPDATER_DISABLED', 'true',
        '--define-bool', 'DISABLE_WP_CRON', 'true',
        '--define', 'FS_METHOD', 'direct',
        '--define-bool', 'WP_DEBUG', 'true',
        '--define-bool', 'WP_DEBUG_DISPLAY', 'false',
        '--define', 'WP_DEBUG_LOG', '/wordpress/wp-content/debug.log',
        `--blueprint=${blueprint}`,
      ],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: home } },
    ));
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    await waitFor(() => /Ready!/.test(output), `wp-playground (${output.slice(-400)})`, 120_000, child);
    const version = readFileSync(join(site, 'wp-includes/version.php'), 'utf8').match(/\$wp_version = '([^']+)'/)[1];
    return { url, version, label: `WordPress ${version} (Playground, PHP 8.2 WebAssembly, SQLite)`, stop, output: () => output, log: join(site, 'wp-content/debug.log') };
  } catch (error) {
    await stop();
    throw error;
  }
}
