// Options for the custom-elements-manifest analyzer, run by scripts/generate.mjs.
export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  // Types only, shipped as declarations and not as modules: the classic script's window.RoleWidgets and the framework types; the React wrappers are not elements.
  // Message sets are data (each string under its key), not API: registerMessages in i18n/localize is.
  exclude: ['src/**/*.test.ts', 'src/test/**', 'src/classic-global.ts', 'src/frameworks/**', 'src/react/**', 'src/**/messages.ts', 'src/i18n/cy.ts', 'src/i18n/en.ts'],
  // package.json names custom-elements.json itself; the analyzer would point it at its scratch folder.
  packagejson: false,
};
