#!/usr/bin/env node
// `npm start`: installs if needed, builds, and serves the demo pages on http://localhost:8000/demo/
// under a strict Content-Security-Policy, the way a careful host page would serve them.
import { spawnSync } from 'node:child_process';
import { ensureDependencies } from './ensure-deps.mjs';
import { startStaticServer } from './static-server.mjs';

ensureDependencies();
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { url } = await startStaticServer({ port: Number(process.env.PORT) || 8000 });
console.log(`\nrole-widgets demo: ${url}/demo/\n(press Ctrl+C to stop)`);
