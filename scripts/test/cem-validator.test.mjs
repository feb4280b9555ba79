import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateCem } from '@wc-toolkit/cem-validator';
import options from '../cem-validator.config.mjs';

// What a new user's tools say about the manifest: @wc-toolkit/cem-validator checks package.json
// (type, exports, customElements, files) and the manifest (schema version, shipped module paths,
// a definition module and a tag for each element, every type an element's API names exported
// from the element's module).
const manifest = () => JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

/** Runs the validator; resolves to the warnings and errors it reported (it throws on errors). */
async function validate(cem) {
  const reported = [];
  const log = console.log;
  // The validator prints each finding as a "  - rule: message" line and throws when any is an error.
  console.log = (...args) => reported.push(...args.filter((arg) => typeof arg === 'string' && /^\s+- /m.test(arg)));
  try {
    await validateCem(cem, { ...options, logErrors: false });
    return { reported, threw: undefined };
  } catch (error) {
    return { reported, threw: error };
  } finally {
    console.log = log;
  }
}

describe('@wc-toolkit/cem-validator', () => {
  it('accepts custom-elements.json and package.json with no error and no warning', async () => {
    const { reported, threw } = await validate(manifest());
    assert.equal(threw, undefined, reported.join('\n'));
    assert.deepEqual(reported, []);
  });

  it('would catch what the issue found: an old schema version, an element type not exported beside it, a base class as a component', async () => {
    const broken = manifest();
    broken.schemaVersion = '1.0.0';
    const card = broken.modules.find((module) => module.path === 'dist/esm/elements/role-card/role-card.js');
    card.exports = card.exports.filter((entry) => entry.name !== 'RoleSelectDetail');
    const base = broken.modules.find((module) => module.path === 'dist/esm/shared/role-widget-element.js').declarations.find((declaration) => declaration.name === 'RoleWidgetElement');
    base.customElement = true;
    const { reported, threw } = await validate(broken);
    assert.ok(threw, 'the validator accepted a broken manifest');
    const text = reported.join('\n');
    assert.match(text, /schema version is outdated/);
    assert.match(text, /RoleCard is missing exported type "RoleSelectDetail"/);
    assert.match(text, /RoleWidgetElement is missing a tag name/);
  });
});
