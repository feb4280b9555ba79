// Options for the custom-elements-manifest analyzer, run by scripts/generate.mjs.
export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test/**'],
  // package.json names custom-elements.json itself; the analyzer would point it at its scratch folder.
  packagejson: false,
};
