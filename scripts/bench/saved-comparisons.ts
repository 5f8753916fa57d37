/**
 * Issue 12: the compare page (no selection open, so it lists the saved comparisons) timed with
 * the sample set's one saved comparison, then with 50 saved 20-vendor comparisons more, on the
 * same database. Before
 * the fix the page computed every saved comparison's leader while rendering (0.37 s → 2.3 s).
 *
 * Standalone, against the built app: `DATABASE_URL=… npx tsx --conditions=react-server
 * scripts/bench/saved-comparisons.ts` (builds if needed, seeds a throwaway database, prints
 * the figures). From run.ts: savedComparisonsFixture, then benchSavedComparisons.
 */
import { db } from "../../lib/db";
import { measure } from "./measure";
import { benchStandalone, ownerSession, runIfMain } from "./standalone";

export const SAVED_COUNT = 50;
export const SAVED_VENDORS = 20;
const ROUNDS = { warmup: 3, rounds: 5, perRound: 5 };

/** The sample set's 20 evaluations (one catalogue version) in `slug`, loaded there if missing. */
async function twentyEvaluations(slug: string) {
  const where = { workspace: { slug }, framework: { description: { contains: "generated sample" } } };
  if ((await db().evaluation.count({ where })) < SAVED_VENDORS) {
    const { cliLoadSample } = await import("../../lib/services/workspaces/sample-workspace");
    await cliLoadSample(slug);
  }
  const rows = await db().evaluation.findMany({
    where,
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: SAVED_VENDORS,
  });
  if (rows.length < SAVED_VENDORS)
    throw new Error(`the sample set has ${rows.length} evaluations, not ${SAVED_VENDORS}`);
  return rows.map((r) => r.id);
}

/** 50 saved comparisons of the same 20 vendors (each under its own name), written directly. */
export async function savedComparisonsFixture(slug: string) {
  const ids = await twentyEvaluations(slug);
  const ws = await db().workspace.findUniqueOrThrow({
    where: { slug },
    select: { id: true, memberships: { where: { role: "owner" }, take: 1, select: { userId: true } } },
  });
  await db().savedComparison.createMany({
    data: Array.from({ length: SAVED_COUNT }, (_, i) => ({
      workspaceId: ws.id,
      name: `Bench shortlist ${String(i + 1).padStart(2, "0")}`,
      description: "",
      query: `e=${ids.join(",")}${i % 2 ? "&diff=1" : ""}`,
      createdById: ws.memberships[0].userId,
    })),
  });
}

async function timePage(url: string, cookie: string) {
  return (
    await measure(async () => {
      const res = await fetch(url, { headers: { cookie } });
      const html = await res.text();
      if (res.status !== 200 || !html.includes("Compare frameworks"))
        throw new Error(`${url} answered ${res.status}`);
    }, ROUNDS)
  ).median;
}

/**
 * The compare page before and after the fixture is stored, and (when the app has it) the first
 * page of the saved list as the browser then fetches it. Call with no saved comparison in `slug`.
 */
export async function benchSavedComparisons(baseUrl: string, slug: string, cookie: string) {
  const page = `${baseUrl}/w/${slug}/compare`;
  const without = await timePage(page, cookie);
  await savedComparisonsFixture(slug);
  const withSaved = await timePage(page, cookie);
  const listUrl = `${baseUrl}/w/${slug}/compare/saved`;
  const probe = await fetch(listUrl, { headers: { cookie } });
  const listed: number = probe.ok ? (await probe.json()).items.length : 0;
  const list = probe.ok
    ? (
        await measure(async () => {
          const res = await fetch(listUrl, { headers: { cookie } });
          if (!res.ok) throw new Error(`${listUrl} answered ${res.status}`);
          await res.json();
        }, ROUNDS)
      ).median
    : null;
  return { without, withSaved, list, listed };
}

async function standalone() {
  await benchStandalone("scorecard_saved", 3291, async (run) => {
    const { cookie } = await ownerSession("bench");
    await twentyEvaluations("bench");
    await run.start();
    const r = await benchSavedComparisons(run.base, "bench", cookie);
    console.log(`compare page, the sample set's 1 saved comparison: ${r.without.toFixed(1)} ms`);
    console.log(
      `compare page, ${SAVED_COUNT} saved ${SAVED_VENDORS}-vendor comparisons: ${r.withSaved.toFixed(1)} ms (${(r.withSaved / r.without).toFixed(2)}×)`,
    );
    console.log(
      `saved list, first page (${r.listed} with leaders, fetched by the browser): ${r.list === null ? "n/a (no such endpoint)" : `${r.list.toFixed(1)} ms`}`,
    );
  });
}

runIfMain(module, standalone);
