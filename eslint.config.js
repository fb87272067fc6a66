// @ts-check
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import pluginRouter from '@tanstack/eslint-plugin-router'
import checkFile from 'eslint-plugin-check-file'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const features = readdirSync(join(import.meta.dirname, 'src/features'))

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e-*', 'node_modules', 'test-results', 'playwright-report', 'src/routeTree.gen.ts', 'src/components/ui'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  ...pluginRouter.configs['flat/recommended'],
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'check-file': checkFile },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@tanstack/query/prefer-query-options': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // One-way imports (STYLE rule 3): routes → features → api → contract. Features never import each
  // other but any feature may use any resource's data access in src/api (one read, one key,
  // everywhere); src/api holds no UI; the contract imports nothing but zod. ESLint's own rule does it: the import plugins need
  // native resolver bindings that this registry cannot install for every platform (npm ci fails).
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/routes/*', '@/features/*', `!@/features/${feature}`],
              message: 'Features never import routes or other features; compose them in a route.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/api/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/routes/*', '@/features/*', '@/components/*'], message: 'The data layer holds no UI: it imports the contract and src/lib only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/hooks/**/*.{ts,tsx}', 'src/utils/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/routes/*', '@/features/*', '@/api/*'], message: 'Shared code never imports routes, features or the data layer.' }] },
      ],
    },
  },
  {
    // The sandbox shares the contract with the app and nothing else: it never imports app code.
    files: ['sandbox/**/*.ts'],
    // Its tests and fuzzer may share the app's test helpers (hostile values, mutations).
    ignores: ['sandbox/**/*.test.ts', 'sandbox/fuzz/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^@/|(^|/)src/(?!contract/))', message: 'The sandbox imports only the contract from src/.' }] },
      ],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    // Its tests may use the app's test helpers (the corpus parser); the sandbox never imports them.
    ignores: ['src/contract/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/*', '../*'], message: 'The contract imports nothing but zod (the sandbox shares it).' }] }],
    },
  },
  // oidc-client-ts stays out of the first page: only oidc-manager.ts imports it, and auth.ts loads
  // that module with import() when OAuth is used.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/auth/oidc-manager.ts', 'src/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'oidc-client-ts', allowTypeImports: true, message: 'Import it in src/lib/auth/oidc-manager.ts only (loaded on demand).' }],
          patterns: [{ group: ['**/oidc-manager'], allowTypeImports: true, message: 'Load it with import() (see auth.ts) to keep it out of the first page.' }],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/routes/**'],
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,tsx}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
)
