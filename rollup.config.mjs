import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const dependencies = Object.keys(pkg.dependencies);
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

/** Copies the optional host-page stylesheet next to the script-tag files. */
function hostStylesheet() {
  return {
    name: 'host-stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'role-widgets.css', source: readFileSync('src/role-widgets.css', 'utf8') });
    },
  };
}

// Template whitespace and CSS are most of what the elements weigh: minify them in the script-tag builds.
// heading.ts builds its tag name at run time, which the HTML parser cannot read; it is tiny anyway.
const minifyTemplates = () => minifyHTML({ include: ['src/**/*.ts'], exclude: ['src/shared/heading.ts'], failOnError: true });
export const browser = (extra = [], module = true) => [...extra, nodeResolve({ browser: true }), json({ preferConst: true, compact: true }), minifyTemplates(), typescript(), minify(module)];

export default [
  {
    // Script tag, as a module: every element, the bundled catalogue, registered on load.
    input: 'src/role-widgets.ts',
    output: { file: 'dist/role-widgets.js', format: 'es', sourcemap: true },
    plugins: [...browser(), hostStylesheet()],
  },
  {
    // Script tag for hosts that cannot use modules.
    input: 'src/role-widgets.ts',
    output: { file: 'dist/role-widgets.classic.js', format: 'iife', name: 'RoleWidgets', sourcemap: true },
    plugins: browser([], false),
  },
  {
    // Script tag for sites that bring their own catalogue through <role-catalogue>.
    input: 'src/role-widgets.ts',
    output: { file: 'dist/role-widgets.no-catalogue.js', format: 'es', sourcemap: true },
    plugins: browser([withoutCatalogue()]),
  },
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
    },
    external: isDependency,
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [json({ preferConst: true }), typescript()],
  },
  {
    // The command line: render to static HTML, validate a catalogue.
    input: 'src/cli/cli.ts',
    external: isDependency,
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
    plugins: [json({ preferConst: true }), typescript()],
  },
];
