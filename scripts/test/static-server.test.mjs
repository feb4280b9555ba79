import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { resolveInside, startStaticServer } from '../static-server.mjs';

describe('static server', () => {
  // A served folder and a sibling whose name begins the same way: the sibling must stay out of reach.
  const parent = mkdtempSync(join(tmpdir(), 'rw-static-'));
  const root = join(parent, 'site');
  mkdirSync(root);
  mkdirSync(join(parent, 'site-private'));
  writeFileSync(join(root, 'index.html'), '<p>home</p>');
  writeFileSync(join(root, '..notes.txt'), 'dots in a name');
  writeFileSync(join(parent, 'site-private', 'secret.txt'), 'secret');

  it('resolves paths inside the root', () => {
    assert.equal(resolveInside(root, '/index.html'), join(root, 'index.html'));
    assert.equal(resolveInside(root, '/'), root);
    assert.equal(resolveInside(root, '/a/../index.html'), join(root, 'index.html'));
    assert.equal(resolveInside(root, '/..notes.txt'), join(root, '..notes.txt'));
  });

  it('refuses paths that leave the root, sibling folders with the same prefix included', () => {
    for (const path of ['/../site-private/secret.txt', '/..%2fsite-private%2fsecret.txt', '/%2e%2e/site-private/secret.txt', '/../site-private', '/x%00.html', '/%E0%A4%A']) {
      assert.equal(resolveInside(root, path), undefined, path);
    }
  });

  describe('over HTTP', () => {
    let server;
    before(async () => (server = await startStaticServer({ root })));
    after(() => server.close());

    it('serves a file with the strict policy and refuses the sibling folder', async () => {
      const home = await fetch(`${server.url}/index.html`);
      assert.equal(home.status, 200);
      assert.match(home.headers.get('content-security-policy'), /script-src 'self'/);
      // fetch() would normalise "..", so the raw path is sent as an encoded one.
      const sibling = await fetch(`${server.url}/..%2fsite-private%2fsecret.txt`);
      assert.equal(sibling.status, 403);
      assert.equal((await fetch(`${server.url}/missing.html`)).status, 404);
    });
  });
});
