// Lint: typescript-eslint's recommended rules (without type information: `npm run typecheck` is
// the type check) and the Next plugin's rules for pages and components. `npm run lint`, in CI.
import nextPlugin from "@next/eslint-plugin-next";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/**", ".next/**", "lib/db/generated/**", "public/**", "next-env.d.ts"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mjs}"],
    plugins: { "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      // a name starting with _ is unused on purpose (a required parameter, a rest sibling)
      // pages ship no framework JavaScript (unstable_runtimeJS: false), so <Link> would add nothing to <a>
      "@next/next/no-html-link-for-pages": "off",
      // comma sequences in one-line branches ("if (x) a.push(b), c.push(d)") are this code's style
      "@typescript-eslint/no-unused-expressions": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
    },
    settings: { next: { rootDir: "." } },
  },
);
