#!/usr/bin/env node
// `npm start`: installs if needed, builds, and serves the demo pages on http://localhost:8000/demo/
// under a strict Content-Security-Policy, the way a careful host page would serve them.
import { spawnSync } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('node_modules/.bin/rollup', ['-c', 'rollup.config.mjs', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const root = resolve('.');
const port = Number(process.env.PORT) || 8000;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    statSync(path);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'content-security-policy': STRICT_CSP,
    'cache-control': 'no-store',
  });
  createReadStream(path).pipe(response);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`\nrole-widgets demo: http://localhost:${port}/demo/\n(press Ctrl+C to stop)`);
});
