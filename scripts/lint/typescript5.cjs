// lit-analyzer calls the TypeScript compiler API, which the project's TypeScript 7 (the native
// compiler) no longer has. Preloaded with --require, this makes its `require('typescript')` load
// TypeScript 5 (the `typescript5` alias in devDependencies); the project's own tsc is untouched.
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'typescript' || request.startsWith('typescript/')) request = request.replace(/^typescript/, 'typescript5');
  return resolve.call(this, request, ...rest);
};
