import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-browser-maps/**",
      "node_modules/**",
      "lib/generated/**",
      "e2e/.generated/**",
      "next-env.d.ts",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "reports/**",
      ".workers/**",
    ],
  },
  {
    rules: {
      // Prisma stays inside lib/: pages, components and API routes call lib/services.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@prisma/*", "**/generated/prisma*", "@/lib/db", "**/lib/db"],
              message: "Use lib/services; Prisma stays in lib/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**", "scripts/**", "e2e/**", "prisma/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // The layers point one way: app/ and components/ use lib/, never the reverse (tests of lib/
    // may drive the routes and actions that use it).
    files: ["lib/**"],
    ignores: ["lib/**/*.test.ts", "lib/**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/components/*", "**/components/*", "@/app/*", "**/app/*"],
              message: "lib/ never imports components/ or app/: move what both need into lib/.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
