import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiLibraries = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  '@xyflow/react',
  'html-to-image',
  'jspdf',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text never becomes markup.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'User text never becomes markup.',
        },
      ],
    },
  },
  {
    // The pure core: no UI, DOM-reading or storage libraries.
    files: ['src/model/**/*.ts', 'src/layout/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'model and layout are pure: no UI libraries.' },
            {
              group: ['**/ui/*', '**/store/*', '**/persistence/*', '**/export/*', '**/cli/*'],
              message: 'model and layout import only model/layout.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
      ],
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'model is pure: no UI libraries.' },
            {
              group: [
                '**/layout/*',
                '**/ui/*',
                '**/store/*',
                '**/persistence/*',
                '**/export/*',
                '**/cli/*',
              ],
              message: 'model imports nothing of the app above it.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only persistence touches browser storage.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/persistence/**', 'src/model/**', 'src/layout/**'],
    rules: {
      'no-restricted-globals': ['error', 'localStorage', 'sessionStorage'],
    },
  },
);
