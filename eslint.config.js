// Lint, including the layer rules of docs/architecture.md: who may import whom.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'net'];

/** One `no-restricted-imports` rule per layer, naming what it must not import and why. */
const layer = (files, groups, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'dist-*/**', 'renderer/dist-*/**', 'bench/.cache/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/refs': 'off' },
  },
  layer(
    ['shared/**/*.ts'],
    ['electron', 'electron/*', ...NODE_BUILTINS, 'react', 'react-dom', '**/electron/**', '**/renderer/**', '@mantine/*', 'zustand'],
    'shared/ runs everywhere: only pure libraries (zod, …), no Electron, Node, DOM or React.',
  ),
  layer(
    ['electron/core/**/*.ts'],
    ['electron', 'electron/*', 'electron-store', '**/renderer/**', '**/main/**', '**/preload/**', '**/host-web/**'],
    'electron/core/ is plain Node: no Electron, no renderer, no host.',
  ),
  layer(['electron/main/**/*.ts'], ['**/renderer/**', '**/host-web/**', '**/preload/**'], 'Electron main must not import the renderer or other hosts.'),
  layer(
    ['electron/preload/**/*.ts'],
    [...NODE_BUILTINS, 'electron-store', '**/core/**', '**/main/**', '**/renderer/**', '**/host-web/**', 'better-sqlite3-multiple-ciphers', 'zod'],
    'The sandboxed preload may only import electron (contextBridge, ipcRenderer) and shared/api.',
  ),
  layer(
    ['electron/host-web/**/*.ts'],
    ['electron', 'electron/*', 'electron-store', '**/renderer/**', '**/main/**', '**/preload/**'],
    'The browser host is plain Node: no Electron.',
  ),
  layer(
    ['renderer/**/*.{ts,tsx}'],
    ['electron', 'electron/*', ...NODE_BUILTINS, '**/electron/**', 'better-sqlite3-multiple-ciphers', 'electron-store'],
    'The renderer talks to the Node side only through shared/api.',
  ),
);
