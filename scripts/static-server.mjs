// A small static file server for the demo and the benchmarks, serving the project root.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** What a careful host page sends: no inline scripts or styles, Trusted Types required. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

/**
 * The file a URL path names inside `base`, or undefined when it would leave it. Compared as a
 * relative path, so a sibling folder whose name starts the same way (`/work/main-old` next to
 * `/work/main`) is outside too.
 */
export function resolveInside(base, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const path = resolve(base, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  const inside = relative(base, path);
  const outside = inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  return outside ? undefined : path;
}

/** Starts serving `root` on 127.0.0.1; resolves to { url, close }. Port 0 picks a free port. */
export function startStaticServer({ root = '.', port = 0, csp = STRICT_CSP } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = resolveInside(base, url.pathname);
    if (!path) {
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
    const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (csp) headers['content-security-policy'] = csp;
    response.writeHead(200, headers);
    createReadStream(path).pipe(response);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({ url: `http://localhost:${actual}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
