// Lints templates and element classes (npm test runs it). TypeScript is parsed by Babel, which
// keeps the source positions; the project's TypeScript 7 has no parser API for typescript-eslint.
import babelParser from '@babel/eslint-parser';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default [
  { ignores: ['dist/**', 'node_modules/**', 'demo/**', 'scripts/**', '**/*.d.ts'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: {
          babelrc: false,
          configFile: false,
          presets: [['@babel/preset-typescript', { allowDeclareFields: true }]],
          plugins: [['@babel/plugin-syntax-decorators', { legacy: true }]],
        },
      },
    },
    plugins: { lit, wc },
    settings: { wc: { elementBaseClasses: ['LitElement', 'RoleWidgetElement'] } },
    rules: {
      ...lit.configs['flat/recommended'].rules,
      ...wc.configs['flat/recommended'].rules,
      ...wc.configs['flat/best-practice'].rules,
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-legacy-template-syntax': 'error',
      'lit/no-native-attributes': 'error',
      'lit/prefer-static-styles': 'error',
      'lit/no-classfield-shadowing': 'error',
      // LitElement implements every lifecycle callback, so the guard this rule asks for is dead code.
      'wc/guard-super-call': 'off',
    },
  },
];
