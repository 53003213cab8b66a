// @ts-check
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, includeIgnoreFile } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** @param {string} name */
const ignoreFile = (name) => includeIgnoreFile(fileURLToPath(new URL(name, import.meta.url)));

// Code that runs in the browser: src/browser (imported by the server too), src/scripts, and <script> blocks of .astro files.
const BROWSER = ['src/browser/**', 'src/scripts/**', 'src/admin/**', '**/*.astro/*.ts'];

// No package is bundled for the browser, except the CMS of the recruiters' form at /admin/ (src/admin).
const PACKAGES = [
  { regex: '^node:', message: 'Node built-ins do not run in the browser.' },
  { regex: '^i18next(/|$)', message: 'i18next stays on the server: render the strings into the page and read them from there.' },
  { regex: '^(?!\\.|node:|i18next(/|$))', message: 'No package is bundled for the browser: client code imports only src/browser.' },
];

// Relative path segments, none of them "..".
const DOWNWARD = '([\\w-][\\w.-]*/)*[\\w-][\\w.-]*$';

/**
 * Browser code imports no package, and only the relative paths that start with `allowed` and go no further up.
 * @param {string[]} files
 * @param {string} allowed a regular expression
 * @param {string} message
 * @returns {import('eslint').Linter.Config}
 */
const importsOnly = (files, allowed, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [...PACKAGES, { regex: `^(?!${allowed}${DOWNWARD})\\.`, message }] }] },
});

const SERVER_CODE = 'Client code imports only src/browser: the rest of src is server code.';

export default defineConfig([
  ignoreFile('.prettierignore'),
  ignoreFile('.gitignore'),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Leaving a property out of a copy takes a name for it.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Prettier wraps code at 140; past 160 is code it could not wrap. Long messages may stay on one line.
      'max-len': ['error', { code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  // The Astro parser and plain JavaScript get no type information.
  { files: ['**/*.astro', '**/*.astro/*', '**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  { ignores: BROWSER, languageOptions: { globals: globals.node } },
  { files: ['src/scripts/**', 'src/admin/**'], languageOptions: { globals: globals.browser } },
  { files: ['src/browser/**'], languageOptions: { globals: globals['shared-node-browser'] } },
  {
    files: BROWSER,
    rules: {
      'no-restricted-globals': [
        'error',
        ...Object.keys(globals.node)
          .filter((name) => !(name in globals.browser))
          .map((name) => ({ name, message: `${name} is a Node global: it does not exist in the browser.` })),
      ],
      // no-restricted-imports sees only static imports.
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression[source.type="Literal"]', message: 'Import statically, so that lint checks where it comes from.' },
      ],
    },
  },
  importsOnly(['src/browser/**'], '\\./', SERVER_CODE),
  importsOnly(['src/scripts/**'], '\\.\\./browser/', SERVER_CODE),
  // A <script> only loads its entry point: the code lives in src/scripts, under the rules above.
  importsOnly(['**/*.astro/*.ts'], '(\\.\\./)+scripts/', 'A <script> imports its entry point from src/scripts.'),
  {
    files: ['src/admin/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!@sveltia/cms$)', message: 'The form at /admin/ bundles the CMS and nothing else.' }] },
      ],
    },
  },
  {
    files: ['src/pages/admin/*.astro/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\.\\./\\.\\./admin/)', message: 'The <script> of /admin/ imports its entry point from src/admin.' }] },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests read built JSON, YAML and HTML, and expect() fails on a wrong shape anyway; vitest's matchers are typed any.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
]);
