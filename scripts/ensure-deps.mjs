// On a fresh clone `npm start` and `npm test` run before anything is installed: install first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureDependencies() {
  if (existsSync('node_modules/.package-lock.json')) return;
  console.log('▶ installing dependencies (npm ci)');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
