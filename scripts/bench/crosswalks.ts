/**
 * Issue 15's two figures. Readiness of a 10-vendor comparison against every mapped regulation
 * (`GET /api/v1/comparisons/readiness`, all targets) next to the compare page for the same
 * vendors, measured round by round in one run: goal ≤ 1.5×. And the real CISO Assistant NIST
 * CSF 2.0 → ISO 27001 mapping library imported with its two framework libraries through the
 * services the UI and API use (parse in the worker pool, resolve, store, audit): goal < 2 s.
 *
 * Standalone: `npx tsx --conditions=react-server scripts/bench/crosswalks.ts`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Actor } from "../../lib/auth/actor";
import { compareFixture } from "./compare";
import { measure, median } from "./measure";
import { scoringFixture } from "./scoring-fixture";
import { benchStandalone, runIfMain } from "./standalone";

const FIXTURES = path.join(process.cwd(), "../shared/fixtures/ciso-assistant");
const LIBRARIES = ["nist-csf-2.0.yaml", "iso27001-2022.yaml"];
const MAPPING = "mapping-nist-csf-2.0-to-iso27001-2022.yaml";

export async function benchComparisonReadiness(
  base: string,
  slug: string,
  auth: { cookie: string; token: string },
  ids: string[],
  rounds = { warmup: 5, rounds: 5, perRound: 10 },
) {
  const pageUrl = `${base}/w/${slug}/compare?e=${ids.join(",")}`;
  const apiUrl = `${base}/api/v1/comparisons/readiness?evaluations=${ids.join(",")}`;
  let targets = 0;
  const page = async () => {
    const res = await fetch(pageUrl, { headers: { cookie: auth.cookie } });
    const html = await res.text();
    if (res.status !== 200 || !html.includes("compare-view")) throw new Error(`compare page: ${res.status}`);
  };
  const readiness = async () => {
    const res = await fetch(apiUrl, { headers: { authorization: `Bearer ${auth.token}` } });
    const body = (await res.json()) as { crosswalks?: Array<{ vendors: unknown[] }> };
    if (res.status !== 200 || !body.crosswalks?.every((c) => c.vendors.length === ids.length))
      throw new Error(`readiness API: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
    targets = body.crosswalks.length;
  };
  // Alternating rounds, so both see the same machine state; the ratio is taken per round.
  const ratios: number[] = [];
  const pages: number[] = [];
  const readinesses: number[] = [];
  for (let r = 0; r < rounds.rounds; r++) {
    const one = { warmup: r === 0 ? rounds.warmup : 1, rounds: 1, perRound: rounds.perRound };
    const p = (await measure(page, one)).median;
    const q = (await measure(readiness, one)).median;
    pages.push(p);
    readinesses.push(q);
    ratios.push(q / p);
  }
  return {
    vendors: ids.length,
    targets,
    page: median(pages),
    readiness: median(readinesses),
    ratio: median(ratios),
  };
}

/** Each round imports into a new workspace under new versions, so every round does the full work. */
export async function benchCisoMappingImport(rounds = { warmup: 1, rounds: 5 }) {
  const { cliCreateUser } = await import("../../lib/services/admin/admin-cli");
  const { importCatalogue } = await import("../../lib/services/catalogues/catalogue-import");
  const { importMappingSets } = await import("../../lib/services/catalogues/mapping-sets");
  const libraries = LIBRARIES.map((f) => ({
    filename: f,
    text: readFileSync(path.join(FIXTURES, f), "utf8"),
  }));
  const mapping = readFileSync(path.join(FIXTURES, MAPPING), "utf8");
  let links = 0;
  // Timed by hand: the new owner (an argon2id hash) is made before the clock starts.
  const times: number[] = [];
  for (let round = 0; round < rounds.warmup + rounds.rounds; round++) {
    const email = `bench-xw-${round}@example.test`;
    const workspace = `bench-xw-${round}`;
    const { userId } = await cliCreateUser({
      email,
      workspace,
      role: "owner",
      password: "bench-Lantern-xw-42",
    });
    const actor: Actor = { userId, email, via: "cli", mfaEnrolled: false, ip: null, userAgent: "bench" };
    // Mapping-set versions are unique, like catalogue versions: each round imports the file as its next one.
    const text = mapping.replace(/^version: 1$/m, `version: ${round + 2}`);
    const t = process.hrtime.bigint();
    for (const lib of libraries)
      await importCatalogue(actor, workspace, { ...lib, version: `bench-${round}` });
    const { mappingSets } = await importMappingSets(actor, workspace, { text, filename: MAPPING });
    if (round >= rounds.warmup) times.push(Number(process.hrtime.bigint() - t) / 1e6);
    links = mappingSets.reduce((a, s) => a + s.links, 0);
  }
  if (links < 660) throw new Error(`imported ${links} links, expected both directions (~686)`);
  return {
    median: median(times),
    links,
    bytes: [...libraries.map((l) => l.text), mapping].reduce((a, t) => a + Buffer.byteLength(t), 0),
  };
}

export function crosswalkRows(
  r: Awaited<ReturnType<typeof benchComparisonReadiness>>,
  i: Awaited<ReturnType<typeof benchCisoMappingImport>>,
  verdict: (ok: boolean) => string,
) {
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  return [
    `| compare page, ${r.vendors} vendors (same rounds as the next row) | ${ms(r.page)} | 1.0× | |`,
    `| readiness of the ${r.vendors}-vendor comparison against all ${r.targets} mapped regulations (\`GET /api/v1/comparisons/readiness\`) | ${ms(r.readiness)} | ${r.ratio.toFixed(2)}× the compare page; goal ≤ 1.5× | ${verdict(r.ratio <= 1.5)} |`,
    `| CISO Assistant import: NIST CSF 2.0 and ISO 27001:2022 libraries, then their mapping library (${(i.bytes / 1024).toFixed(0)} KiB, ${i.links} links both ways) | ${ms(i.median)} | goal < 2 s | ${verdict(i.median < 2000)} |`,
  ];
}

runIfMain(module, () =>
  benchStandalone("scorecard_bench_xw", 3295, async (run) => {
    const fixture = await scoringFixture(run.base, "bench-only-secret");
    const ids = await compareFixture("bench");
    await run.start({ NEXTAUTH_SECRET: "bench-only-secret" });
    const readiness = await benchComparisonReadiness(run.base, "bench", fixture, ids);
    const imports = await benchCisoMappingImport();
    console.log(crosswalkRows(readiness, imports, (ok) => (ok ? "PASS" : "MISS")).join("\n"));
  }),
);
