import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { EDITOR_FILES, valueList } from '../editor-data.mjs';

// The editor data an HTML author's editor reads: VS Code custom data (html.customData,
// css.customData) and JetBrains web-types (found through package.json's web-types field). Each
// must offer every tag, every attribute and every allowed value the manifest lists.
const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const manifest = read('custom-elements.json');
const packageJson = read('package.json');
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName));
const vscodeHtml = read(EDITOR_FILES.vscodeHtml);
const vscodeCss = read(EDITOR_FILES.vscodeCss);
const webTypes = read(EDITOR_FILES.webTypes);
const isBoolean = (attribute) => /^boolean( \| undefined)?$/.test(attribute.type?.text ?? '');

describe('editor data', () => {
  it('the manifest has the elements and value lists the checks below rely on', () => {
    assert.deepEqual(elements.map((element) => element.tagName).sort(), ['role-card', 'role-catalogue', 'role-compare', 'role-finder', 'salary-band']);
    const lists = Object.fromEntries(elements.flatMap((element) => element.attributes.filter((attribute) => valueList(attribute).length).map((attribute) => [`${element.tagName} ${attribute.name}`, valueList(attribute)])));
    // At least these (an element may gain more): the type parser spelled out each alias.
    for (const [attribute, values] of Object.entries({ 'role-card variant': ['compact', 'full'], 'role-catalogue mode': ['replace', 'extend'], 'salary-band period': ['year', 'month', 'hour'] })) {
      assert.deepEqual(lists[attribute], values, attribute);
    }
  });

  it('VS Code HTML custom data: every tag, every attribute, each list of values, boolean attributes without a value', () => {
    assert.deepEqual(vscodeHtml.tags.map((tag) => tag.name).sort(), elements.map((element) => element.tagName).sort());
    for (const element of elements) {
      const tag = vscodeHtml.tags.find((candidate) => candidate.name === element.tagName);
      assert.deepEqual(tag.attributes.map((attribute) => attribute.name).sort(), element.attributes.map((attribute) => attribute.name).sort(), `<${element.tagName}> attributes`);
      for (const attribute of element.attributes) {
        const offered = tag.attributes.find((candidate) => candidate.name === attribute.name);
        assert.ok(offered.description, `${element.tagName} ${attribute.name} has a description`);
        assert.deepEqual((offered.values ?? []).map((value) => value.name), valueList(attribute), `${element.tagName} ${attribute.name} values`);
        if (isBoolean(attribute)) assert.equal(offered.valueSet, 'v', `${element.tagName} ${attribute.name} takes no value`);
      }
    }
  });

  it('VS Code CSS custom data: every CSS custom property and part', () => {
    const properties = new Set(elements.flatMap((element) => (element.cssProperties ?? []).map((property) => property.name)));
    const parts = new Set(elements.flatMap((element) => (element.cssParts ?? []).map((part) => `::part(${part.name})`)));
    assert.deepEqual(vscodeCss.properties.map((property) => property.name).sort(), [...properties].sort());
    assert.deepEqual(vscodeCss.pseudoElements.map((part) => part.name).sort(), [...parts].sort());
  });

  it('JetBrains web-types: the package, every tag, attribute, value list, event and slot', () => {
    assert.equal(webTypes.name, packageJson.name);
    assert.equal(webTypes.version, packageJson.version);
    const tags = webTypes.contributions.html.elements;
    assert.deepEqual(tags.map((tag) => tag.name).sort(), elements.map((element) => element.tagName).sort());
    for (const element of elements) {
      const tag = tags.find((candidate) => candidate.name === element.tagName);
      assert.deepEqual(tag.attributes.map((attribute) => attribute.name).sort(), element.attributes.map((attribute) => attribute.name).sort(), `<${element.tagName}> attributes`);
      for (const attribute of element.attributes) {
        const offered = tag.attributes.find((candidate) => candidate.name === attribute.name);
        const values = valueList(attribute);
        assert.deepEqual((offered.values ?? []).map((value) => value.name), values, `${element.tagName} ${attribute.name} values`);
        for (const value of values) assert.ok(offered.value.type.includes(`'${value}'`), `${element.tagName} ${attribute.name}'s type names ${value}`);
        if (isBoolean(attribute)) assert.equal(offered.value.kind, 'no-value');
      }
      assert.deepEqual((tag.events ?? []).map((event) => event.name).sort(), (element.events ?? []).map((event) => event.name).sort());
      assert.deepEqual((tag.slots ?? []).map((slot) => slot.name).sort(), (element.slots ?? []).map((slot) => slot.name).sort());
    }
  });

  it('ships in the package where editors look for it', () => {
    assert.ok(packageJson.files.includes('editor'), 'package.json files includes editor/');
    assert.equal(packageJson['web-types'], `./${EDITOR_FILES.webTypes}`);
    const docs = readFileSync(new URL('../../docs/npm-and-frameworks.md', import.meta.url), 'utf8');
    assert.ok(docs.includes(`node_modules/role-widgets/${EDITOR_FILES.vscodeHtml}`), 'docs/npm-and-frameworks.md says how to set html.customData');
    assert.ok(docs.includes(`node_modules/role-widgets/${EDITOR_FILES.vscodeCss}`), 'docs/npm-and-frameworks.md says how to set css.customData');
  });
});
