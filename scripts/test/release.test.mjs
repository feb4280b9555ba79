import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

// The version a user reads about is the version they get: package.json, the changelog and the
// README's CDN URLs name the same one, and the changelog keeps Keep a Changelog's shape.
const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const { name, version } = JSON.parse(read('package.json'));
const changelog = read('CHANGELOG.md');
const readme = read('README.md');

describe('release notes', () => {
  it('CHANGELOG.md follows Keep a Changelog, newest first, with a section for this version', () => {
    assert.match(changelog, /^# Changelog\n/);
    assert.match(changelog, /keepachangelog\.com/);
    assert.match(changelog, /semver\.org/);
    const versions = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}|Unreleased))?$/gm)].map((match) => match[1]);
    assert.equal(versions.filter((entry) => entry !== 'Unreleased')[0], version, `the newest section is ${version}`);
    const numbers = versions.filter((entry) => entry !== 'Unreleased').map((entry) => entry.split('.').map(Number));
    for (let index = 1; index < numbers.length; index++) {
      assert.ok(numbers[index - 1].join('.') !== numbers[index].join('.') && numbers[index - 1].some((part, at) => part > numbers[index][at] && numbers[index - 1].slice(0, at).every((same, before) => same === numbers[index][before])), 'versions are newest first');
    }
    for (const entry of versions) assert.match(changelog, new RegExp(`^\\[${entry.replace(/\./g, '\\.')}\\]: \\S+`, 'm'), `a link for [${entry}]`);
    const kinds = [...changelog.matchAll(/^### (.+)$/gm)].map((match) => match[1]);
    assert.deepEqual(kinds.filter((kind) => !['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'].includes(kind)), []);
    // Each breaking change says so; a breaking change before 1.0.0 raises the minor number.
    const current = changelog.split(/^## /m).find((section) => section.startsWith(`[${version}]`));
    if (/\*\*Breaking/.test(current) && version.startsWith('0.')) assert.match(version, /^0\.\d+\.0$/);
  });

  it('the README names versioned script URLs on jsDelivr and unpkg, for this version', () => {
    assert.ok(readme.includes(`https://cdn.jsdelivr.net/npm/${name}@${version}/dist/role-widgets.js`));
    assert.ok(readme.includes(`https://unpkg.com/${name}@${version}/dist/role-widgets.js`));
  });

  it('no URL in the README or docs/ names another version (package@x.y.z, or a CDN folder …/role-widgets/x.y.z/)', () => {
    const pages = ['README.md', ...readdirSync(new URL('../../docs/', import.meta.url)).filter((page) => page.endsWith('.md')).map((page) => `docs/${page}`)];
    for (const page of pages) {
      const named = [...read(page).matchAll(new RegExp(`${name}(?:@|/)(\\d+\\.\\d+\\.\\d+)`, 'g'))].map((match) => match[1]);
      assert.deepEqual([...new Set(named)].filter((entry) => entry !== version), [], `${page} names only ${version}`);
    }
  });
});
