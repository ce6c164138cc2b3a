import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';
import reactHooks from 'eslint-plugin-react-hooks';

const appImports = { group: ['**/apps/**', '../../apps/*', '../../../apps/*'], message: 'Libs never import apps: move the shared code into a lib.' };
const crossLibPaths = { group: ['../../*/src/*', '../../../libs/*'], message: 'Import another lib through its index: #name.' };

/**
 * The dependency rule, one line per lib: the libs it may import (through their index, `#name`). Everything else is
 * refused, so a new dependency is a reviewed change of this table (and of the README's architecture section).
 * `pure` libs import no framework, no database driver and no other lib but #contracts (itself pure; contracts imports
 * nothing at all).
 */
const LIB_DEPENDENCIES = {
  contracts: { pure: true, also: ['class-validator', 'class-transformer'], why: 'libs/contracts is pure TypeScript shared with the web app' },
  importer: { pure: true, why: 'libs/importer is a pure parser: text in, plan out' },
  exports: { pure: true, why: 'libs/exports renders documents; it knows no feature' },
  common: { allow: ['#contracts'] },
  jobs: { allow: ['#common', '#contracts'] },
  mail: { allow: ['#jobs'] },
  database: { allow: ['#common'] },
  audit: { allow: ['#common'] },
  auth: { allow: ['#audit', '#common', '#contracts', '#mail'] },
  notifications: { allow: ['#auth', '#common', '#mail'] },
  catalogue: { allow: ['#audit', '#common', '#contracts', '#exports', '#importer'] },
  reporting: { allow: ['#audit', '#catalogue', '#common', '#contracts', '#notifications'] },
  summaries: { allow: ['#catalogue', '#common', '#contracts', '#exports', '#reporting'] },
  workbook: { allow: ['#catalogue', '#common', '#contracts', '#exports', '#reporting'] },
  schema: { allow: ['#audit', '#auth', '#catalogue', '#database', '#jobs', '#mail', '#notifications', '#reporting'] },
};
const LIB_NAMES = Object.keys(LIB_DEPENDENCIES);

// no-restricted-imports reads patterns as .gitignore lines, where a leading # starts a comment: escape it.
const libPattern = (name) => `\\#${name}`;

function libBoundaries() {
  return Object.entries(LIB_DEPENDENCIES).map(([lib, rule]) => {
    const forbidden = rule.pure
      ? {
          // Every `#` import but #contracts (the negation re-includes it); contracts itself imports no lib at all.
          group: ['typeorm', 'pg', '@nestjs/*', libPattern('*'), ...(lib === 'contracts' ? [] : [`!${libPattern('contracts')}`]), ...(rule.also ?? [])],
          message: `${rule.why}: no database, framework or other lib${lib === 'contracts' ? '' : ' (but #contracts)'}.`,
        }
      : {
          group: LIB_NAMES.filter((name) => name !== lib && !rule.allow.includes(`#${name}`)).map(libPattern),
          message: `libs/${lib} may import ${rule.allow.length ? rule.allow.join(', ') : 'no other lib'} (eslint.config.mjs LIB_DEPENDENCIES).`,
        };
    return {
      files: [`libs/${lib}/**/*.ts`],
      // Specs may use test helpers of other libs.
      ignores: rule.pure ? [`libs/${lib}/**/*.spec.ts`] : [],
      rules: { 'no-restricted-imports': ['error', { patterns: [appImports, crossLibPaths, forbidden] }] },
    };
  });
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'bench/results*.json', 'apps/web/dist/**', 'test-output/**'] },
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
  ...libBoundaries(),
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
    // The web app runs in browsers; hooks follow React's rules. It imports the API's contracts only (@contracts).
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ group: ['#*', '**/libs/*/src/*', '!**/libs/contracts/src/index.ts'], message: 'The web app imports the API only through @contracts (pure) and the typed client.' }] }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
  },
);
