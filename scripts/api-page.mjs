// The demo's API reference (demo/api.html), written from custom-elements.json by
// scripts/generate.mjs. Static HTML: no script and no inline style, so it needs nothing from the
// demo server's strict Content-Security-Policy, and it costs the reader one page and one small
// style sheet (api.css). Each element, attribute, property, event, slot, part and CSS custom
// property in the manifest gets a row; scripts/test/api-page.test.mjs holds it to that.

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A manifest description as HTML: `code` spans become <code>, everything else is escaped text. */
function prose(text = '') {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(`[^`]+`)/)
    .map((piece) => (/^`[^`]+`$/.test(piece) ? `<code>${escape(piece.slice(1, -1))}</code>` : escape(piece)))
    .join('');
}

const code = (text) => `<code>${escape(text)}</code>`;
/** Type text as a reader wants it: the parsed values where the type is an alias, without "| undefined" (every attribute is optional). */
const typeText = (item) => ((item.parsedType ?? item.type)?.text ?? '').replace(/\s*\|\s*undefined\b/g, '').trim();
const detailType = (event) => /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1] ?? event.type?.text ?? '';

/** One table: a heading (h3) names it, each row's cells carry their column's name for the narrow layout. */
function table(id, title, columns, rows) {
  if (!rows.length) return '';
  const head = columns.map((column) => `<th scope="col">${column}</th>`).join('');
  const body = rows
    .map((cells) => `          <tr>${cells.map((cell, index) => (index === 0 ? `<th scope="row" data-label="${columns[index]}">${cell}</th>` : `<td data-label="${columns[index]}">${cell || '<span class="none">–</span>'}</td>`)).join('')}</tr>`)
    .join('\n');
  return `
      <h3 id="${id}">${title}</h3>
      <div class="table-scroll">
        <table class="api" aria-labelledby="${id}">
          <thead><tr>${head}</tr></thead>
          <tbody>
${body}
          </tbody>
        </table>
      </div>`;
}

const inherited = (item) => (item.inheritedFrom ? ` <span class="inherited">from ${escape(item.inheritedFrom.name)}</span>` : '');

/** The package entry that registers a tag, from package.json exports (e.g. role-widgets/salary-band). */
function entryFor(definer, packageJson) {
  const key = Object.entries(packageJson.exports).find(([, target]) => (typeof target === 'object' ? target.default : target) === `./${definer}`)?.[0];
  return key ? `${packageJson.name}${key.slice(1)}` : undefined;
}

function elementSection(element, module, definer, packageJson) {
  const tag = element.tagName;
  const members = (element.members ?? []).filter((member) => !member.privacy || member.privacy === 'public').filter((member) => !member.static);
  const attributes = (element.attributes ?? []).map((attribute) => {
    const field = members.find((member) => member.name === attribute.fieldName);
    const notes = [field?.reflects ? 'Reflects to the attribute.' : ''].filter(Boolean).join(' ');
    return [code(attribute.name) + inherited(attribute), attribute.fieldName ? code(attribute.fieldName) : '', typeText(attribute) ? code(typeText(attribute)) : '', attribute.default ? code(attribute.default) : '', `${prose(attribute.description)}${notes ? ` ${notes}` : ''}`];
  });
  const properties = members
    .filter((member) => member.kind === 'field' && !member.attribute)
    .map((member) => [code(member.name) + inherited(member), typeText(member) ? code(typeText(member)) : '', `${member.readonly ? '<span class="badge">read-only</span> ' : ''}${prose(member.description)}`]);
  const methods = members
    .filter((member) => member.kind === 'method')
    .map((member) => [code(`${member.name}(${(member.parameters ?? []).map((parameter) => parameter.name).join(', ')})`) + inherited(member), member.return?.type?.text ? code(member.return.type.text) : '', prose(member.description)]);
  const events = (element.events ?? []).map((event) => [code(event.name) + inherited(event), detailType(event) ? code(detailType(event)) : '', prose(event.description)]);
  const slots = (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', prose(slot.description)]);
  const parts = (element.cssParts ?? []).map((part) => [code(part.name) + inherited(part), prose(part.description)]);
  const cssProperties = (element.cssProperties ?? []).map((property) => [code(property.name) + inherited(property), property.default ? code(property.default) : '', prose(property.description)]);
  const entry = entryFor(definer, packageJson);
  const superclass = element.superclass?.name ? `, extends ${element.superclass.module ? `<a href="#${escape(element.superclass.name)}">${code(element.superclass.name)}</a>` : code(element.superclass.name)}` : '';
  return `
    <section id="${tag}" class="element" aria-labelledby="${tag}-title">
      <h2 id="${tag}-title"><code>&lt;${tag}&gt;</code></h2>
      <p>${prose(element.description)}</p>
      <dl class="facts">
        <dt>Class</dt><dd>${code(element.name)}${superclass}</dd>
        <dt>Module</dt><dd>${code(module.path)}</dd>
        ${entry ? `<dt>Registers it</dt><dd>${code(`import '${entry}';`)}</dd>` : ''}
      </dl>${table(`${tag}-attributes`, 'Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes)}${table(`${tag}-properties`, 'Properties', ['Property', 'Type', 'Description'], properties)}${table(`${tag}-methods`, 'Methods', ['Method', 'Returns', 'Description'], methods)}${table(`${tag}-events`, 'Events', ['Event', 'Detail', 'Description'], events)}${table(`${tag}-slots`, 'Slots', ['Slot', 'Description'], slots)}${table(`${tag}-parts`, 'CSS parts', ['Part', 'Description'], parts)}${table(`${tag}-css-properties`, 'CSS custom properties', ['Property', 'Default', 'Description'], cssProperties)}
    </section>`;
}

/** A base class: what authors who extend it get (its public members), and where it lives. */
function baseSection(declaration, module) {
  const members = (declaration.members ?? []).filter((member) => (!member.privacy || member.privacy === 'public') && !member.static);
  const rows = members.map((member) => [code(member.name), typeText(member) ? code(typeText(member)) : '', `${member.attribute ? `Attribute ${code(member.attribute)}. ` : ''}${prose(member.description)}`]);
  return `
    <section id="${escape(declaration.name)}" class="element" aria-labelledby="${escape(declaration.name)}-title">
      <h2 id="${escape(declaration.name)}-title">Base class <code>${escape(declaration.name)}</code></h2>
      <p>${prose(declaration.description)}</p>
      <dl class="facts">
        <dt>Module</dt><dd>${code(module.path)}</dd>
      </dl>${table(`${escape(declaration.name)}-members`, 'Public members', ['Member', 'Type', 'Description'], rows)}
    </section>`;
}

export function apiPage(manifest, packageJson) {
  const definers = new Map(manifest.modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => [entry.name, module.path])));
  const elements = manifest.modules
    .flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => ({ declaration, module })))
    .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));
  // Classes the elements extend that the manifest describes as plain classes (the shared base).
  const superNames = new Set(elements.map(({ declaration }) => declaration.superclass?.name).filter(Boolean));
  const bases = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.kind === 'class' && !declaration.customElement && superNames.has(declaration.name)).map((declaration) => ({ declaration, module })));
  const contents = [...elements.map(({ declaration }) => `<li><a href="#${declaration.tagName}"><code>&lt;${declaration.tagName}&gt;</code></a></li>`), ...bases.map(({ declaration }) => `<li><a href="#${escape(declaration.name)}">Base class <code>${escape(declaration.name)}</code></a></li>`)].join('\n          ');
  return `<!doctype html>
<!-- Generated by scripts/generate.mjs from custom-elements.json: run npm run generate, do not edit. -->
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>API reference · role-widgets</title>
    <link rel="stylesheet" href="demo.css" />
    <link rel="stylesheet" href="api.css" />
  </head>
  <body>
    <header>
      <h1>API reference</h1>
      <nav aria-label="Demo pages"><a href="index.html">Gallery</a><a href="api.html" aria-current="page">API reference</a></nav>
      <p>Every attribute, property, event, slot, part and CSS custom property of ${escape(packageJson.name)} ${escape(packageJson.version)}, read from its <a href="../custom-elements.json"><code>custom-elements.json</code></a>. Attributes are written in HTML; properties are set from script. Editors can show the same list as you type: see “Editor support” in role-widgets' <code>docs/npm-and-frameworks.md</code>.</p>
      <nav aria-label="Elements" class="contents">
        <ul>
          ${contents}
        </ul>
      </nav>
    </header>
    <main>${elements.map(({ declaration, module }) => elementSection(declaration, module, definers.get(declaration.tagName), packageJson)).join('\n')}
${bases.map(({ declaration, module }) => baseSection(declaration, module)).join('\n')}
    </main>
  </body>
</html>
`;
}
