// ESLint flat config: typescript-eslint's recommended rules, eslint-plugin-regexp, and the
// direction of the pipeline (read → blocks → sections → extractors → result → exporters) as
// import rules. `npm run lint` also runs dpdm (import cycles) and jscpd (copy-paste).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';

/** Imports a folder of src/ may not make: the folders (or top-level files) it must not reach. */
function mayNotImport(folder, forbidden, why) {
  const regex = `(^|/)(${forbidden.join('|')})(/|\\.js$)`;
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex, message: why }] }] },
  };
}

// The library's top: only the CLI, batch and check may use it.
const LIBRARY_TOP = ['api', 'pipeline'];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'scratch/', 'fixtures/', 'schemas/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `(...args: any[])` is how a callback of any arity is typed.
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      // Binary sniffing, file-name checks and ANSI codes match control characters on purpose.
      'no-control-regex': 'off',
      // Every regex of src/ runs in linear time (issue 15): a run of punctuation must not make one quadratic.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // Stylistic regex rules, off until the one reformat of the codebase.
      'regexp/no-unused-capturing-group': 'off',
      'regexp/no-useless-character-class': 'off',
      'regexp/prefer-character-class': 'off',
      'regexp/use-ignore-case': 'off',
      'regexp/prefer-d': 'off',
      'regexp/negation': 'off',
      'regexp/control-character-escape': 'off',
      'regexp/optimal-quantifier-concatenation': 'off',
      'regexp/no-useless-escape': 'off',
      'no-useless-escape': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // Tests read their own fixtures: no attacker strings.
      'regexp/no-super-linear-backtracking': 'off',
      'regexp/no-super-linear-move': 'off',
    },
  },
  // src/i18n (the message catalogues) and src/model are the leaves: model may say its errors
  // through i18n, and neither imports anything else.
  {
    files: ['src/i18n/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./', message: 'src/i18n depends on nothing.' }] }] },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./(?!i18n/)', message: 'src/model depends on nothing but src/i18n.' }] },
      ],
    },
  },
  mayNotImport(
    'text',
    ['readers', 'extract', 'rules', 'check', 'export', 'batch', 'cli', ...LIBRARY_TOP],
    'src/text depends on src/model only.',
  ),
  mayNotImport(
    'readers',
    ['extract', 'rules', 'check', 'export', 'batch', 'cli', ...LIBRARY_TOP],
    'Readers depend on src/model and src/text only.',
  ),
  mayNotImport('extract', ['readers', 'rules', 'check', 'export', 'batch', 'cli', ...LIBRARY_TOP], 'Extractors see blocks, never readers.'),
  mayNotImport('rules', ['readers', 'export', 'batch', 'cli', 'check', ...LIBRARY_TOP], 'Rules see the plan only.'),
  mayNotImport('export', ['readers', 'extract', 'rules', 'check', 'batch', 'cli'], 'Exporters lay out the plan; they never re-parse it.'),
  mayNotImport('batch', ['cli'], 'batch depends on the library, never on the CLI.'),
  mayNotImport('check', ['cli'], 'check depends on the library, never on the CLI.'),
);
