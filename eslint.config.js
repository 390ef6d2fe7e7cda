import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'worker_threads', 'url', 'stream', 'zlib'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The engine runs in plain Node: no Electron, no React, no DOM libraries.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'src/ is the engine: it must not import Electron.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'], message: 'src/ must not import React.' },
            { group: ['dompurify'], message: 'src/ has no DOM.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'Arrows point down: src/ never imports the app layers.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer talks only to window.desk: no Node, no SQLite, no engine internals (types are fine).
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'better-sqlite3', ...NODE_BUILTINS, ...NODE_BUILTINS.map((m) => `node:${m}`)], message: 'The renderer has no Node access: use window.desk.' },
            { group: ['**/src/store/**', '**/src/ingest/**', '**/src/cli/**'], message: 'The renderer reaches the engine only through window.desk.' },
          ],
        },
      ],
    },
  },
);
