// Lint: TypeScript rules for src/ and tests/, Astro's recommended rules for components, and two house rules:
// right-to-left layouts use logical Tailwind classes only, and no raw HTML injection outside a reviewed list.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/** Physical left/right utilities: in a right-to-left site they point the wrong way; use ms-/me-/ps-/pe-/start-/end-. */
const PHYSICAL = /(?:^|[\s"'`:])-?(?:m[lr]|p[lr]|left|right|rounded-[lr]|rounded-[tb][lr]|border-[lr]|scroll-[mp][lr]|inset-[lr])-[\w./[\]-]+|(?:^|[\s"'`:])(?:text|float|clear)-(?:left|right)\b/;

const house = {
  rules: {
    'logical-classes': {
      meta: { type: 'problem', messages: { physical: 'Physical class "{{found}}": use a logical one (ms-/me-/ps-/pe-/start-/end-/text-start/text-end) so the layout follows the text direction.' } },
      create(context) {
        const check = (node, text) => {
          const m = PHYSICAL.exec(text);
          if (m) context.report({ node, messageId: 'physical', data: { found: m[0].trim() } });
        };
        return {
          Literal: (node) => typeof node.value === 'string' && check(node, node.value),
          TemplateElement: (node) => check(node, node.value.raw),
        };
      },
    },
  },
};

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    plugins: { house },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'house/logical-classes': 'error',
      'astro/no-set-html-directive': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, not HTML: dangerouslySetInnerHTML is not allowed.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Use textContent or DOM nodes: innerHTML/outerHTML is not allowed.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is not allowed.' },
      ],
    },
  },
  // Reviewed: set:html writes a constant script (no reader or content data) whose hash the policy carries.
  { files: ['src/components/ThemeScript.astro'], rules: { 'astro/no-set-html-directive': 'off' } },
  // Tests describe the rules themselves and may name forbidden patterns.
  { files: ['tests/**'], rules: { 'house/logical-classes': 'off', 'no-restricted-syntax': 'off' } },
);
