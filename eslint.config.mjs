import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layering, enforced so that the next feature cannot quietly undo it: pages and components
// read data only through lib/data/index.ts and speak lib/model's words, never upstream's wire
// types; lib/model imports nothing of the app; nothing under components/ is server-only.
const UPSTREAM = {
  regex: "(^|/)lib/openrouter(/|$)",
  message: "Pages and components never import lib/openrouter: use lib/model's types and lib/data.",
};
const DATA_INTERNALS = {
  regex: "(^|/)lib/data/.",
  message: "Pages and components read data only through lib/data (its index.ts).",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [UPSTREAM, DATA_INTERNALS] }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "server-only",
              message: "Nothing under components/ is server-only: data readers live in lib/data.",
            },
          ],
          patterns: [UPSTREAM, DATA_INTERNALS],
        },
      ],
    },
  },
  {
    files: ["lib/model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!zod$|\\./)",
              message: "lib/model is the ground floor: it imports nothing but zod and itself.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "screenshots/**",
  ]),
]);
