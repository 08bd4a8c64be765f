import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const PAGE_TEXT_RULE =
  'Page text must never reach HTML parsing. Build nodes with document.createElement and set textContent instead.';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: PAGE_TEXT_RULE },
        { property: 'outerHTML', message: PAGE_TEXT_RULE },
        { property: 'insertAdjacentHTML', message: PAGE_TEXT_RULE },
        { object: 'document', property: 'write', message: PAGE_TEXT_RULE },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: PAGE_TEXT_RULE },
        { selector: "CallExpression[callee.property.name='createContextualFragment']", message: PAGE_TEXT_RULE },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
