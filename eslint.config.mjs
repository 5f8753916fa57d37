import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
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
];

export default config;
