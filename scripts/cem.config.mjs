// Options for the custom-elements-manifest analyzer, run by scripts/generate.mjs.
import { isAbsolute, relative } from 'node:path';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

/**
 * The analyzer lists a module's JavaScript exports only: `export interface RoleSelectDetail` and
 * `export type { Period } from …` vanish, so tools that check an element's types are exported
 * where the element is (@wc-toolkit/cem-validator, wc-toolkit's JSX and Vue generators) cannot
 * find them. This records each type-only export of a module as one of its exports, pointing at
 * the module that declares it, as the analyzer already does for `export { type X } from`.
 */
function typeExportsPlugin() {
  return {
    name: 'role-widgets:type-exports',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isSourceFile(node)) return;
      const exports = (moduleDoc.exports ??= []);
      // Module paths as the analyzer writes them elsewhere: relative to the package (src/…).
      const here = isAbsolute(moduleDoc.path) ? relative(process.cwd(), moduleDoc.path) : moduleDoc.path;
      const add = (name, module) => {
        if (!exports.some((entry) => entry.name === name)) exports.push({ kind: 'js', name, declaration: { name, module } });
      };
      for (const statement of node.statements) {
        const exported = statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
        if (exported && (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement))) add(statement.name.text, here);
        // export type { A, B as C } from './x.js'  /  export { type A } from './x.js'
        if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause) && statement.moduleSpecifier) {
          for (const element of statement.exportClause.elements) {
            if (statement.isTypeOnly || element.isTypeOnly) add(element.name.text, statement.moduleSpecifier.text);
          }
        }
      }
    },
  };
}

/**
 * A stylesheet's text is not API: recorded as a variable's default, every change of a style made the
 * manifest stale. Its name stays listed; its CSS is dropped.
 */
function stylesheetTextPlugin() {
  return {
    name: 'role-widgets:stylesheet-text',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind === 'variable' && /\bcss`/.test(declaration.default ?? '')) delete declaration.default;
      }
    },
  };
}

export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  // Types only, shipped as declarations and not as modules: the classic script's window.RoleWidgets and the framework types; the React wrappers are not elements.
  // Message sets are data (each string under its key), not API: registerMessages in i18n/localize is.
  exclude: ['src/**/*.test.ts', 'src/test/**', 'src/classic-global.ts', 'src/frameworks/**', 'src/react/**', 'src/ckeditor5/**', 'src/**/messages.ts', 'src/i18n/cy.ts', 'src/i18n/en.ts'],
  // package.json names custom-elements.json itself; the analyzer would point it at its scratch folder.
  packagejson: false,
  // The type parser needs the type checker to spell out aliases (RoleCardVariant is 'compact' | 'full'),
  // so editors can offer each attribute's allowed values.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    return program.getSourceFiles().filter((sourceFile) => globs.find((glob) => sourceFile.fileName.includes(glob)));
  },
  plugins: [typeExportsPlugin(), stylesheetTextPlugin(), typeParserPlugin()],
};
