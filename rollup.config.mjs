import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const plugins = [
  nodeResolve({ browser: true }),
  json({ preferConst: true, compact: true }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

export default [
  {
    // The script-tag build: every element, the bundled catalogue, registered on load.
    input: 'src/role-widgets.ts',
    output: { file: 'dist/role-widgets.js', format: 'es', sourcemap: true },
    plugins,
  },
];
