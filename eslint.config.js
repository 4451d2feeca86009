// Flat config. The layering rules here are the house's dependency rule made executable:
// domain <- data <- map / controls <- app <- main (see docs/architecture.md).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import layers from './scripts/lint/layers.mjs'

const LEAFLET = ['leaflet', 'leaflet/*', 'react-leaflet', 'react-leaflet/*']

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'reports',
      '.stryker-tmp',
      '.stryker-tmp-*',
      'gallery/out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, layers },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Relative imports between layers, one way only (scripts/lint/layers.mjs).
      'layers/layers': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Only src/map may talk to Leaflet.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: LEAFLET, message: 'Only src/map/ may import Leaflet.' }] },
      ],
    },
  },
  {
    files: ['src/map/**/*.{ts,tsx}', 'test/component/**/*.{ts,tsx}', 'scripts/bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Playwright fixtures call their argument `use`; it is not a React hook.
    files: ['test/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // The domain runs under plain Node (the data build uses it): no UI, no DOM.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', ...LEAFLET],
              message: 'src/domain is pure TypeScript: no React, Leaflet or DOM.',
            },
            { group: ['../*', '!../domain/*'], message: 'src/domain imports only src/domain.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'fetch',
      ],
    },
  },
)
