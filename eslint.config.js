// Lint of the widget library (src/: TypeScript rules plus Lit, web-component and Lit accessibility rules), the mock
// platform, the demo and the test suites.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Elements are registered by define.ts / the UX modules through the guarded defineElement().
      'wc/tag-name-matches-class': 'off',
    },
  },
  {
    files: ['mock-server/**/*.ts', 'demo/**/*.ts', 'demo/**/*.tsx', 'test/**/*.ts', 'playwright.config.ts'],
    extends: [tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    plugins: { lit, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests read JSON answers of the API: typing every one of them would say nothing more than the assertions do.
    files: ['**/*.test.ts', 'test/**/*.ts', 'mock-server/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Issue 14's targets: a file that grows past 400 lines, or a UX element past 250, is two things to split.
    files: ['src/**/*.ts', 'mock-server/**/*.ts', 'demo/**/*.ts', 'demo/**/*.tsx', 'test/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    // Issue 14's target "no cast of the UX context": a UX gets it typed by its module's mount(), so a cast hides a
    // context that may be undefined.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "TSAsExpression > TSTypeReference[typeName.name='UxContext']", message: 'No cast of the UX context: take it as a parameter, or check it is there.' },
      ],
    },
  },
  {
    files: ['src/ux/*/*-ux.ts', 'src/ux/split/share-space.ts'],
    rules: { 'max-lines': ['error', { max: 250 }] },
  },
);
