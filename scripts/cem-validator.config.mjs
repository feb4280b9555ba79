// Options for @wc-toolkit/cem-validator, which scripts/test/cem-validator.test.mjs runs on the
// package as published (package.json and custom-elements.json, after the build).
// Every rule runs at the validator's own default severity: nothing here is switched off or
// lowered. The test is stricter than the defaults in one way only: a warning fails it too.
export default {
  packageJsonPath: './package.json',
  cemFileName: 'custom-elements.json',
};
