/**
 * PDF report of a 10-vendor comparison (issue 6: goal < 1.5 s): the report service as the API
 * calls it (load, blind rule, score, render, audit), over 10 evaluations of the OWASP
 * catalogue (58 criteria), each scored by two reviewers with a rationale and an evidence
 * link per score, one framework named in CJK so the font fallback is exercised.
 *
 * Standalone: `DATABASE_URL=… npx tsx --conditions=react-server scripts/bench/pdf.ts`
 * (a throwaway database on that server). From run.ts: `benchPdfReport(dbUrl)`.
 *
 * The rendering runs in a child process in production mode, as the app server does, so
 * BENCH_NODE_ARGS can profile it alone.
 */
import { execFileSync } from "node:child_process";
import { median } from "./measure";

const VENDORS = 10;
const NAMES = [
  "Edge Kit",
  "Gateway OS",
  "Cloud Hub",
  "Sensor SDK",
  "物联网 SDK",
  "Fleet Manager",
  "Device Link",
  "Mesh Stack",
  "Secure Boot Kit",
  "Telemetry Core",
];

export interface PdfBench {
  median: number;
  rounds: number[];
  pages: number;
  bytes: number;
  vendors: number;
  criteria: number;
}

/** Seeds the comparison in `dbUrl` (migrated, catalogues seeded) and measures its report. */
export async function benchPdfReport(dbUrl: string): Promise<PdfBench> {
  // BENCH_NODE_ARGS passes node flags to the child (e.g. `--cpu-prof`), as for the app server.
  const out = execFileSync(
    process.execPath,
    [...(process.env.BENCH_NODE_ARGS?.split(" ") ?? []), "--import", "tsx", __filename, "--child"],
    {
      // NODE_ENV=production as the app server runs (startApp): React's development build adds checks.
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: dbUrl,
        AUDIT_STDOUT: "0",
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-only-secret",
      },
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 1 << 20,
    },
  ).toString();
  return JSON.parse(out.trim().split("\n").pop()!);
}

async function child(): Promise<PdfBench> {
  // What vitest.config.ts does for tests: `server-only` guards client bundles, and this is
  // server code. (Its default export throws outside the react-server condition.)
  const id = require.resolve("server-only");
  require.cache[id] = { id, filename: id, loaded: true, exports: {} } as NodeJS.Module;
  const { createMember, sessionActor } = await import("../../lib/testing/fixtures");
  const { comparisonReport } = await import("../../lib/services/reports/reports");

  const owner = await createMember({ role: "owner", slug: `bench-pdf-${Date.now()}` });
  const second = await createMember({ role: "reviewer", slug: owner.slug });
  const { scoredVendorEvaluations } = await import("./scored-vendors");
  const { evaluationIds: ids, criteria } = await scoredVendorEvaluations(owner, second, VENDORS, (v) => ({
    name: NAMES[v],
    vendor: `Maker ${v + 1}`,
    productVersion: `${v + 1}.2`,
  }));
  const actor = await sessionActor(owner.userId);
  const run = () => comparisonReport(actor, owner.slug, { evaluations: ids.join(",") });
  for (let i = 0; i < 2; i++) await run(); // warm-up: module loading, font parsing, JIT
  const rounds: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let r = 0; r < 7; r++) {
    const t = process.hrtime.bigint();
    pdf = (await run()).pdf;
    rounds.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  if (process.env.BENCH_PDF_OUT) (await import("node:fs")).writeFileSync(process.env.BENCH_PDF_OUT, pdf); // to look at it
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
  const { disconnectDb } = await import("../../lib/db");
  await disconnectDb();
  return { median: median(rounds), rounds, pages, bytes: pdf.length, vendors: VENDORS, criteria };
}

async function standalone() {
  const { seededDatabase } = await import("../seeded-database");
  const db = await seededDatabase("scorecard_bench");
  try {
    const { disconnectDb } = await import("../../lib/db");
    await disconnectDb();
    const r = await benchPdfReport(db.url);
    console.log(
      `PDF, ${r.vendors}-vendor comparison (${r.criteria} criteria, ${r.pages} pages, ${Math.round(r.bytes / 1024)} KiB): median ${r.median.toFixed(0)} ms over ${r.rounds.length} rounds [${r.rounds.map((x) => x.toFixed(0)).join(", ")}] — goal < 1.5 s: ${r.median < 1500 ? "PASS" : "MISS"}`,
    );
  } finally {
    await db.drop();
  }
}

if (require.main === module) {
  (process.argv.includes("--child")
    ? child().then((r) => console.log(JSON.stringify(r)))
    : standalone()
  ).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
