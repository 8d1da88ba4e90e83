// Lint (`npm run lint`): typescript-eslint's recommended and type-checked rules over every TypeScript file.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The two root configs are plain JavaScript, outside the TypeScript project.
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'eslint.config.js', 'vitest.config.js'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    // A disable comment that no longer disables anything is stale: it fails the lint.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A leading underscore names what is left out on purpose (`const { flags: _ignored, ...rest } = payload`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
);
