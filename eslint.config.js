// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The import rule from ARCHITECTURE.md: http -> actions -> (engine, domain, store); engine -> domain;
 * store -> domain types; domain -> nothing. Each layer lists what it must not import.
 */
const layer = (dir, forbidden) => ({
  files: [`src/${dir}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((f) => ({
          group: [`**/${f}/**`, `**/${f}`],
          message: `src/${dir} must not import src/${f} (see ARCHITECTURE.md, import rule).`,
          allowTypeImports: true,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'web/dist/**', 'src/store/migrations/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  layer('domain', ['engine', 'actions', 'store', 'http', 'outputs', 'jobs', 'cli']),
  layer('engine', ['actions', 'store', 'http', 'outputs', 'jobs', 'cli']),
  layer('store', ['engine', 'actions', 'http', 'outputs', 'jobs', 'cli']),
  layer('actions', ['http', 'jobs', 'cli']),
  layer('outputs', ['http', 'jobs', 'cli', 'store']),
  layer('http', ['store', 'engine', 'cli', 'jobs']),
);
