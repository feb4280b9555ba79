// Options for the custom-elements-manifest analyzer, run by scripts/generate.mjs.
export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  // classic-global.ts only declares the classic script's window.RoleWidgets: it ships as types, not as a module.
  exclude: ['src/**/*.test.ts', 'src/test/**', 'src/classic-global.ts'],
  // package.json names custom-elements.json itself; the analyzer would point it at its scratch folder.
  packagejson: false,
};
