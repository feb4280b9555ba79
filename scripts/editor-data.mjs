// Editor data generated from custom-elements.json, by the tools the web-components community keeps
// for it: VS Code's HTML and CSS custom data (custom-element-vs-code-integration) and JetBrains
// web-types (custom-element-jet-brains-integration); and the attribute list the CKEditor 5 plugin
// keeps (src/ckeditor5/attributes.generated.ts). Called by scripts/generate.mjs; the files are
// committed, shipped in the package (editor/, dist/esm/ckeditor5/) and checked by `generate --check`.
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

export const EDITOR_FILES = {
  vscodeHtml: 'editor/vscode.html-custom-data.json',
  vscodeCss: 'editor/vscode.css-custom-data.json',
  webTypes: 'editor/web-types.json',
};

/**
 * What an HTML author can use: the elements, with their public members only. The tools list every
 * method with a description, protected ones included, as an empty "Methods" heading; and a
 * manifest's type text names aliases (RoleCardVariant) where an editor needs the values, which the
 * type parser wrote as `parsedType` ('compact' | 'full').
 */
function authorView(manifest) {
  return {
    ...manifest,
    modules: manifest.modules
      .map((module) => ({
        ...module,
        declarations: (module.declarations ?? [])
          .filter((declaration) => declaration.customElement && declaration.tagName)
          .map((declaration) => ({ ...declaration, members: (declaration.members ?? []).filter((member) => !member.privacy || member.privacy === 'public') })),
      }))
      .filter((module) => module.declarations.length),
  };
}

const OPTIONS = {
  hideLogs: true,
  // Attribute values from the parsed types, so editors offer 'compact' and 'full', not "RoleCardVariant".
  typesSrc: 'parsedType',
};

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
/** The literal values of a type such as 'compact' | 'full' (empty for string, number…). */
export const valueList = (attribute) =>
  ((attribute?.parsedType ?? attribute?.type)?.text ?? '')
    .split('|')
    .map((value) => value.trim())
    .filter((value) => /^(['"]).*\1$/.test(value))
    .map((value) => value.slice(1, -1));
const isBoolean = (attribute) => /^boolean( \| undefined)?$/.test((attribute.parsedType ?? attribute.type)?.text ?? '');

/** The files to write, by path. */
export function editorData(manifest, packageJson) {
  const view = authorView(manifest);
  const elements = view.modules.flatMap((module) => module.declarations);

  const html = JSON.parse(getVsCodeHtmlCustomData(view, OPTIONS));
  for (const tag of html.tags) {
    const element = elements.find((candidate) => candidate.tagName === tag.name);
    for (const attribute of tag.attributes) {
      // A boolean attribute is written without a value (`sync-url`): VS Code's value set "v" says so.
      if (isBoolean(element.attributes.find((candidate) => candidate.name === attribute.name))) {
        delete attribute.values;
        attribute.valueSet = 'v';
      }
    }
  }
  const css = JSON.parse(getVsCodeCssCustomData(view, OPTIONS));
  // Every element lists the shared --rw-* properties it inherits: one entry each is enough.
  css.properties = [...new Map(css.properties.map((property) => [property.name, property])).values()];
  css.pseudoElements = [...new Map((css.pseudoElements ?? []).map((part) => [part.name, part])).values()];

  const webTypes = JSON.parse(getWebTypesData(view, { ...OPTIONS, packageJson: false }));
  webTypes.name = packageJson.name;
  webTypes.version = packageJson.version;
  // Attribute types are TypeScript text ("'year' | 'month' | 'hour'").
  webTypes['js-types-syntax'] = 'typescript';
  for (const element of webTypes.contributions.html.elements) {
    if (!element['doc-url']) delete element['doc-url'];
    const source = elements.find((candidate) => candidate.tagName === element.name);
    for (const attribute of element.attributes ?? []) {
      const declared = source.attributes.find((candidate) => candidate.name === attribute.name);
      // A boolean attribute takes no value; a list of values is offered as the attribute's values.
      if (isBoolean(declared)) attribute.value = { ...attribute.value, kind: 'no-value' };
      const values = valueList(declared);
      if (values.length) attribute.values = values.map((name) => ({ name }));
    }
  }

  return {
    [EDITOR_FILES.vscodeHtml]: json(html),
    [EDITOR_FILES.vscodeCss]: json(css),
    [EDITOR_FILES.webTypes]: json(webTypes),
  };
}

export const CKEDITOR_ATTRIBUTES_FILE = 'src/ckeditor5/attributes.generated.ts';

/**
 * Each element's documented attributes as the CKEditor 5 plugin reads them: their kind (a switch,
 * a number, text) and, for a list of values, the values. The plugin keeps exactly these and drops
 * any other attribute, so an attribute documented on an element reaches the editor by itself.
 */
function ckeditorAttributeSpec(manifest) {
  const elements = authorView(manifest)
    .modules.flatMap((module) => module.declarations)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const kind = (attribute) => {
    if (isBoolean(attribute)) return 'boolean';
    const text = (attribute.parsedType ?? attribute.type)?.text ?? '';
    return /^number( \| undefined)?$/.test(text) ? 'number' : 'text';
  };
  return Object.fromEntries(
    elements.map((element) => [
      element.tagName,
      Object.fromEntries(
        (element.attributes ?? []).map((attribute) => {
          const values = valueList(attribute);
          return [attribute.name, values.length ? { kind: kind(attribute), values } : { kind: kind(attribute) }];
        }),
      ),
    ]),
  );
}

/** That list as the plugin's module (src/ckeditor5/attributes.generated.ts). */
export function ckeditorAttributes(manifest) {
  const spec = ckeditorAttributeSpec(manifest);
  return [
    '// Generated by scripts/generate.mjs from custom-elements.json: run npm run generate, do not edit.',
    '',
    "/** How an attribute is written: present or absent (`boolean`), a number, or text; `values` lists the only values it takes. */",
    "export interface AttributeSpec {",
    "  readonly kind: 'boolean' | 'number' | 'text';",
    '  readonly values?: readonly string[];',
    '}',
    '',
    '/** Every element the plugin knows, with its documented attributes by markup name. */',
    `export const ELEMENT_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, AttributeSpec>>>> = ${JSON.stringify(spec, null, 2)};`,
    '',
  ].join('\n');
}

export const DRUPAL_PLUGIN_FILE = 'docs/drupal/role_widgets.ckeditor5.yml';

/**
 * The Drupal definition of the CKEditor 5 plugin (MODULE.ckeditor5.yml): the plugin to load, its
 * toolbar button, and every element with its documented attributes, which Drupal turns into the
 * text format's allowed HTML. Made from the same list the plugin keeps (ckeditorAttributeSpec), so the
 * two cannot differ.
 */
export function drupalPluginDefinition(manifest) {
  const spec = ckeditorAttributeSpec(manifest);
  const attribute = (name, { values }) => (values ? `${name}="${values.join(' ')}"` : name);
  return [
    '# Generated by scripts/generate.mjs from custom-elements.json: run npm run generate, do not edit.',
    '# Copy into a custom module as role_widgets.ckeditor5.yml (see docs/ckeditor5.md). Not yet tried in a real Drupal.',
    'role_widgets_elements:',
    '  ckeditor5:',
    '    plugins:',
    '      - roleWidgets.RoleWidgets',
    '  drupal:',
    '    label: Role widgets',
    '    library: role_widgets/ckeditor5',
    '    toolbar_items:',
    '      insertRole:',
    '        label: Insert role',
    '    elements:',
    ...Object.entries(spec).flatMap(([tag, attributes]) => [
      `      - <${tag}>`,
      `      - <${tag} ${Object.entries(attributes).map(([name, details]) => attribute(name, details)).join(' ')}>`,
    ]),
    '',
  ].join('\n');
}

