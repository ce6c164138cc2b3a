import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

const appImports = { group: ['**/apps/**', '../../apps/*', '../../../apps/*'], message: 'Libs never import apps: move the shared code into a lib.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'bench/results*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Dependency direction: apps → libs, never the reverse; libs reach each other through their index (#name).
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [appImports, { group: ['../../*/src/*', '../../../libs/*'], message: 'Import another lib through its index: #name.' }] }],
    },
  },
  {
    files: ['libs/common/**/*.ts', 'libs/database/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [appImports, { group: ['#audit', '#auth', '#schema', '#catalogue', '#reporting', '#summaries', '#importer'], message: 'common and database know no feature.' }] }],
    },
  },
  {
    // Rendering only: no database, Nest or feature imports.
    files: ['libs/exports/**/*.ts'],
    ignores: ['libs/exports/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [appImports, { group: ['typeorm', 'pg', '@nestjs/*', '#*'], message: 'libs/exports renders documents; it knows no feature.' }] }],
    },
  },
  {
    // The importer is pure: text in, plan out. No database, no framework, no other feature.
    files: ['libs/importer/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [appImports, { group: ['typeorm', 'pg', '@nestjs/*', '#*'], message: 'libs/importer is a pure parser: no database, Nest or feature imports.' }] },
      ],
    },
  },
  {
    // Report texts are attacker-controlled (POST /api/imports): no regular expression of the parser may backtrack
    // super-linearly (nested or overlapping quantifiers, or a quadratic scan from every start position).
    files: ['libs/importer/src/**/*.ts', 'libs/catalogue/src/catalogue-import.service.ts'],
    ignores: ['**/*.spec.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false }],
    },
  },
  {
    // Dependency direction: the catalogue does not know who reports on it.
    files: ['libs/catalogue/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [appImports, { group: ['#reporting', '#summaries', '#schema', '#auth'], message: 'The catalogue depends only on importer, common, database and audit.' }] }],
    },
  },
  {
    files: ['libs/reporting/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [appImports, { group: ['#summaries', '#schema', '#auth'], message: 'reporting depends on catalogue, common, database and audit only.' }] }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
  },
);
