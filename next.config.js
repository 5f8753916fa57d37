// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { version } = require("./package.json");

/** Headers every response carries; the per-request CSP (with its nonce) is set in proxy.ts. */
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * JSON (and file) answers of the API and of the upload routes the proxy does not see: nothing
 * in them may load, run or be framed (the pages' nonce CSP is set in proxy.ts).
 */
const apiCsp = [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }];

/** @type {import('next').NextConfig} */
module.exports = {
  // For the bench only: its browser profile (scripts/bench/browser-profile.ts) builds a second
  // copy of the same sources with browser source maps, into a directory of its own and served
  // only by its own instance (npm start, the build check and the security page read .next).
  // Production builds ship no source maps, even with the switch left set by mistake.
  distDir: process.env.SCORECARD_DIST_DIR || ".next",
  productionBrowserSourceMaps:
    process.env.SCORECARD_BROWSER_MAPS === "1" &&
    !!process.env.SCORECARD_DIST_DIR &&
    process.env.SCORECARD_DIST_DIR !== ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  env: { SCORECARD_VERSION: version },
  // pdfkit reads its font metrics from its own directory at run time: never bundled. piscina
  // starts its worker threads from its own files (and loads .workers/heavy-worker.cjs).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pg",
    "exceljs",
    "pdfkit",
    "fontkit",
    "piscina",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: apiCsp },
      { source: "/restore", headers: apiCsp },
      // Public share links: the token is in the address, so it must never leave in a Referer
      // (evidence links point to other sites), and search engines must not index them.
      {
        source: "/s/:path*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
};
