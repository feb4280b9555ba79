import { readFileSync, rmSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { assembleCatalogue, EDITOR_FIELDS, factsOf, pieces, syntheticCatalogue } from './scripts/catalogue.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// Peer dependencies too: the CLI's optional server renderer is the user's to install.
const dependencies = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})];
/** True for a dependency or one of its subpaths ("lit/decorators.js"): npm users install those themselves. */
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`)) || id.startsWith('node:');

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
// A classic script's top-level name (window.RoleWidgets) must survive minification; a module has none.
const minify = (module = true) => terser({ ecma: 2022, module, toplevel: module, compress: { passes: 2 }, format: { comments: false } });

/**
 * The catalogue-free build: the bundled JSON is replaced by an empty catalogue, and nothing makes
 * it the page's default (a page may also load a copy that bundles one).
 */
function withoutCatalogue() {
  const empty = '\0role-widgets:empty-catalogue';
  const nothing = '\0role-widgets:nothing';
  return {
    name: 'without-catalogue',
    resolveId(source) {
      if (source.endsWith('data/roles.json')) return empty;
      if (source.endsWith('/use-bundled.js')) return nothing;
    },
    load(id) {
      if (id === empty) return 'export default { version: 1, updated: "", roles: [], waysOfWorking: [] };';
      if (id === nothing) return '';
    },
  };
}

/**
 * The bundled catalogue in pieces beside the script-tag loader (dist/catalogue/: the index, each
 * role's facts, each role's texts per language; see scripts/catalogue.mjs), and what the loader
 * needs to find them, written into src/catalogue/bundled-layout.ts.
 */
function cataloguePieces() {
  const { files, layout } = bundledPieces();
  return {
    name: 'catalogue-pieces',
    load: layout,
    generateBundle() {
      for (const [path, source] of Object.entries(files)) this.emitFile({ type: 'asset', fileName: `catalogue/${path}`, source });
    },
  };
}

/** The bundled catalogue cut into pieces, once per build however many outputs read it. */
let cut;
function bundledPieces() {
  if (!cut) {
    // npm run bench builds once more with a catalogue grown to this many roles, to show what a page pays per role.
    const synthetic = Number(process.env.ROLE_WIDGETS_SYNTHETIC_ROLES);
    const { files, ids, languages, version } = pieces(synthetic ? syntheticCatalogue(assembleCatalogue(), synthetic) : assembleCatalogue());
    const layout = (id) => (id.endsWith('src/catalogue/bundled-layout.ts') ? `export const BUNDLED_PIECES = ${JSON.stringify({ ids, languages, version })};` : null);
    cut = { files, layout };
  }
  return cut;
}

/**
 * The classic file bundles the catalogue in English only (each role's other-language titles kept,
 * as `titles`, for headings and lists); texts in other languages are fetched from the pieces beside
 * it, so an English page pays for no other language. It also learns where those pieces are.
 */
function englishOnlyCatalogue() {
  return {
    name: 'english-only-catalogue',
    load: bundledPieces().layout,
    // Runs before the JSON plugin (extra plugins come first), so it reads the file's own JSON.
    transform(code, id) {
      if (!id.endsWith('data/roles.json')) return null;
      const catalogue = JSON.parse(code);
      for (const role of catalogue.roles) {
        const { titles, translatedAliases } = factsOf(role);
        delete role.translations;
        if (titles) role.titles = titles;
        if (translatedAliases) role.translatedAliases = translatedAliases;
      }
      return { code: JSON.stringify(catalogue), map: null };
    },
  };
}

/**
 * The classic script is one file, but a built-in language stays out of it: its import becomes a
 * request for i18n/<lang>.js next to the script (a classic script may import a module).
 */
function classicLanguages() {
  return {
    name: 'classic-languages',
    resolveDynamicImport(specifier, importer) {
      const language = importer.endsWith('/src/i18n/localize.ts') && specifier.match(/^\.\/([a-z]+)\.js$/)?.[1];
      if (language) return { id: `i18n/${language}.js`, external: true };
    },
    renderDynamicImport({ targetModuleId }) {
      if (targetModuleId?.startsWith('i18n/')) return { left: 'import(new URL(', right: ', scriptUrl).href)' };
    },
  };
}

/**
 * Empties the folders of hashed files before the first script-tag build writes into dist/, so a
 * chunk or a piece of an earlier build never lingers beside the new ones.
 */
function freshScriptTagFolders() {
  return {
    name: 'fresh-script-tag-folders',
    renderStart(output) {
      if (output.dir !== 'dist') return;
      for (const folder of ['chunks', 'catalogue']) rmSync(`dist/${folder}`, { recursive: true, force: true });
    },
  };
}

/** Copies the optional host-page stylesheet next to the script-tag files. */
function hostStylesheet() {
  return {
    name: 'host-stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'role-widgets.css', source: readFileSync('src/role-widgets.css', 'utf8') });
    },
  };
}

/**
 * The editors' notes (EDITOR_FIELDS) are for reviewers, never shown: the catalogue a browser
 * downloads, whole or in pieces, leaves them out. The npm build keeps the data as it is.
 */
function withoutEditorNotes() {
  return {
    name: 'without-editor-notes',
    transform(code, id) {
      if (!id.endsWith('data/roles.json')) return null;
      const catalogue = JSON.parse(code);
      for (const role of catalogue.roles) for (const field of EDITOR_FIELDS) delete role[field];
      return { code: JSON.stringify(catalogue), map: null };
    },
  };
}

// Template whitespace and CSS are most of what the elements weigh: minify them in the script-tag builds.
// heading.ts builds its tag name at run time, which the HTML parser cannot read; it is tiny anyway.
const minifyTemplates = () => minifyHTML({ include: ['src/**/*.ts'], exclude: ['src/shared/heading.ts'], failOnError: true });
export const browser = (extra = [], module = true) => [...extra, withoutEditorNotes(), nodeResolve({ browser: true }), json({ preferConst: true, compact: true }), minifyTemplates(), typescript(), minify(module)];

// Script-tag modules: a small loader (the entry) and one chunk per element, fetched when the page
// uses it. Chunk names carry a content hash, so the two builds below can share a folder.
const scriptTagModule = (name, extra = []) => ({
  input: { [name]: 'src/loader.ts' },
  // The loader's own code stays in the entry file, not behind a re-exporting facade (one request less).
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    // Named for what they hold, so a page's network panel reads "role-card-….js", "lit-….js".
    chunkFileNames: (chunk) => {
      const tags = chunk.moduleIds.map((id) => id.match(/elements\/([a-z-]+)\/define\.ts$/)?.[1]).filter(Boolean);
      return `chunks/${tags.length === 1 ? tags[0] : chunk.name}-[hash].js`;
    },
    // What every element needs (lit, the base element, shared styles and parts) in one request.
    // lit and src/shared in one chunk; the JobPosting reader stays a chunk of its own, for pages with a job advert.
    // The message registry and shared English go with it; each element's English with the element, Welsh on its own.
    manualChunks: (id) => (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/|\/src\/shared\/(?!job-posting-reader)|\/src\/i18n\/(localize|en)\.ts/.test(id) ? 'base' : undefined),
    sourcemap: true,
  },
  plugins: browser(extra),
});

export default [
  // Script tag, as a module: the bundled catalogue, and each element when the page first uses it.
  { ...scriptTagModule('role-widgets'), plugins: [freshScriptTagFolders(), ...browser([cataloguePieces()]), hostStylesheet()] },
  {
    // Script tag for hosts that cannot use modules: everything in one file, registered on load.
    input: 'src/role-widgets.ts',
    // One file: code an element loads on demand (the JobPosting reader) is inlined; Welsh is not
    // (an English page should not carry it): its messages are i18n/cy.js beside the file and its
    // role texts the catalogue's pieces, both fetched by a Welsh page.
    output: {
      file: 'dist/role-widgets.classic.js',
      format: 'iife',
      name: 'RoleWidgets',
      sourcemap: true,
      inlineDynamicImports: true,
      intro: 'var scriptUrl = document.currentScript && document.currentScript.src || location.href;',
    },
    plugins: browser([englishOnlyCatalogue(), classicLanguages()], false),
  },
  {
    // Welsh on its own for the classic script (the module builds have it as a chunk).
    input: { 'i18n/cy': 'src/i18n/cy.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
    plugins: browser(),
  },
  // Script tag for sites that bring their own catalogue through <role-catalogue>.
  scriptTagModule('role-widgets.no-catalogue', [withoutCatalogue()]),
  {
    // npm: one module per source file, so importing one element does not pull in the others.
    input: {
      index: 'src/index.ts',
      'role-widgets': 'src/role-widgets.ts',
      'elements/salary-band/define': 'src/elements/salary-band/define.ts',
      'elements/role-card/define': 'src/elements/role-card/define.ts',
      'elements/role-compare/define': 'src/elements/role-compare/define.ts',
      'elements/role-finder/define': 'src/elements/role-finder/define.ts',
      'elements/role-catalogue/define': 'src/elements/role-catalogue/define.ts',
      'react/index': 'src/react/index.ts',
      // The CKEditor 5 plugin: `ckeditor5` is a peer dependency, imported, never bundled.
      'ckeditor5/ckeditor5': 'src/ckeditor5/ckeditor5.ts',
    },
    external: isDependency,
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [json({ preferConst: true }), typescript()],
  },
  {
    // The command line: render to static HTML, validate a catalogue.
    input: 'src/cli/cli.ts',
    // esbuild reads a TypeScript messages file for `translations`; it is there in the repository only.
    external: (id) => isDependency(id) || id === 'esbuild',
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', inlineDynamicImports: true },
    plugins: [json({ preferConst: true }), typescript()],
  },
];
