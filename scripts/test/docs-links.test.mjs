import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

// The README is short and points into docs/; a page moved or a heading reworded must not leave a
// reader at a dead link. Checks every relative link and #anchor in README.md and docs/*.md.
const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Markdown with its fenced code blocks and inline code spans blanked, so example text is not read as links. */
const prose = (markdown) =>
  markdown
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/`[^`\n]*`/g, '');

/** GitHub's heading ids: the rendered text lower-cased, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchorsOf(markdown) {
  const seen = new Map();
  const anchors = new Set();
  for (const [, text] of markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const rendered = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '');
    const base = rendered.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count ? `${base}-${count}` : base);
  }
  return anchors;
}

/** Every relative link of one page that points nowhere, as "target (reason)". */
function deadLinks(page, markdown, read = (path) => readFileSync(join(root, path), 'utf8'), exists = (path) => existsSync(join(root, path))) {
  const dead = [];
  const targets = [
    ...[...prose(markdown).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?: "[^"]*")?\)/g)].map((match) => match[1]),
    ...[...prose(markdown).matchAll(/<(?:a|img)\s[^>]*?(?:href|src)="([^"]+)"/g)].map((match) => match[1]),
  ];
  for (const target of targets) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: and the like are not ours to check
    const [path, anchor] = target.split('#');
    const file = path ? relative(root, join(root, dirname(page), decodeURI(path))) : page;
    if (path && !exists(file)) {
      dead.push(`${target} (no file ${file})`);
      continue;
    }
    if (anchor !== undefined) {
      if (!file.endsWith('.md')) dead.push(`${target} (an anchor into a file that is not Markdown)`);
      else if (!anchorsOf(read(file)).has(decodeURIComponent(anchor))) dead.push(`${target} (no heading #${anchor} in ${file})`);
    }
  }
  return dead;
}

describe('links between the README and docs/', () => {
  for (const page of pages) {
    it(`${page}: every relative link and #anchor resolves`, () => {
      assert.deepEqual(deadLinks(page, readFileSync(join(root, page), 'utf8')), []);
    });
  }

  it('the README links every page in docs/, so none is orphaned', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const page of pages.slice(1)) assert.ok(readme.includes(`](${page})`), `README.md links ${page}`);
  });

  it('the README shows a picture that exists and is a PNG', () => {
    const images = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map((match) => match[1]);
    assert.ok(images.length >= 1, 'the README has a picture');
    for (const image of images) {
      assert.ok(statSync(join(root, image)).size > 1000, `${image} is not empty`);
      assert.deepEqual([...readFileSync(join(root, image)).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], `${image} is a PNG`);
    }
  });

  it('catches a missing file, a missing heading and an anchor on the same page', () => {
    const files = { 'docs/a.md': '# Start here\n\n## Why `role-id`, never `role`\n\n## Notes\n\n## Notes\n' };
    const read = (path) => files[path];
    const exists = (path) => path in files;
    const page = 'docs/b.md';
    files[page] = [
      '[fine](a.md#why-role-id-never-role) [fine too](a.md#notes-1) [here](#own)',
      '[gone](c.md) [no heading](a.md#why-role) [none here](#missing)',
      '```md\n[in code](nowhere.md)\n```',
      '# Own',
    ].join('\n');
    assert.deepEqual(deadLinks(page, files[page], read, exists), [
      'c.md (no file docs/c.md)',
      'a.md#why-role (no heading #why-role in docs/a.md)',
      '#missing (no heading #missing in docs/b.md)',
    ]);
  });
});
