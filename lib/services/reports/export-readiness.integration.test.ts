import { NextRequest } from "next/server";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as evaluationRoute } from "@/app/api/v1/evaluations/[id]/export/route";
import { createMember, owaspCatalogue, sessionActor, type TestMember } from "../../testing/fixtures";
import { createToken } from "../accounts/api-tokens";
import { comparisonReadiness } from "../comparisons/comparison-readiness";
import { evaluationReadiness, READINESS_DISCLAIMER } from "../evaluations/readiness";
import { exportComparison, exportEvaluation } from "./evaluation-export";
import { scoredByOwner, text } from "./exports.fixture";

// Exports carry the readiness the readiness API gives the same reader.
let owner: TestMember;
let a: string;
let b: string;

beforeAll(async () => {
  await owaspCatalogue();
  owner = await createMember({ role: "owner" });
  a = await scoredByOwner(owner, 4, "ready");
  b = await scoredByOwner(owner, 1, "less ready");
});

const pct = (v: number | null) => (v === null ? "" : String(Math.round(v * 10) / 10));
const csvRows = (body: string) => Papa.parse<string[]>(body.replace(/^\ufeff/, ""), { skipEmptyLines: true }).data;

describe("readiness in exports", () => {
  it("an evaluation's JSON, CSV (kind=readiness) and XLSX hold the readiness API's figures", async () => {
    const actor = await sessionActor(owner.userId);
    const api = await evaluationReadiness(actor, owner.slug, a);
    expect(api.crosswalks.length).toBeGreaterThanOrEqual(3);
    expect(api.crosswalks.every((c) => c.readiness === 100)).toBe(true); // every GW criterion at 4
    const json = JSON.parse(await text(await exportEvaluation(actor, owner.slug, a, { format: "json" })));
    expect(json.readiness.disclaimer).toBe(READINESS_DISCLAIMER);
    // Every figure in the file is the API's (the file picks fields; none is recomputed).
    expect(json.readiness.crosswalks).toHaveLength(api.crosswalks.length);
    expect(api).toMatchObject(json.readiness);
    const csv = csvRows(await text(await exportEvaluation(actor, owner.slug, a, { format: "csv", kind: "readiness" })));
    const expected = api.crosswalks.flatMap((c) => [
      [c.target.title, "", pct(c.readiness)],
      ...c.requirements.map((r) => [c.target.title, r.key, pct(r.readiness)]),
    ]);
    expect(csv.slice(1, -1).map((r) => [r[0], r[2], r[5]])).toEqual(expected);
    const xlsx = await text(await exportEvaluation(actor, owner.slug, a, { format: "xlsx" }));
    expect(xlsx).toContain(READINESS_DISCLAIMER);
    for (const c of api.crosswalks) expect(xlsx).toContain(c.requirements[0].key);
  });

  it("a comparison's JSON and CSV (kind=readiness) hold the comparison readiness API's figures", async () => {
    const actor = await sessionActor(owner.userId);
    const api = await comparisonReadiness(actor, owner.slug, { evaluations: `${a},${b}` });
    const json = JSON.parse(
      await text(await exportComparison(actor, owner.slug, { evaluations: `${a},${b}`, format: "json" })),
    );
    expect(json.readiness).toEqual(api);
    const csv = csvRows(
      await text(
        await exportComparison(actor, owner.slug, { evaluations: `${a},${b}`, format: "csv", kind: "readiness" }),
      ),
    );
    // Columns in the export's ranking (a scores 4, b 1): a's readiness, then b's.
    const of = (c: (typeof api.crosswalks)[number], id: string) => c.vendors.find((v) => v.evaluationId === id)!;
    const expected = api.crosswalks.flatMap((c) => [
      [c.target.title, pct(of(c, a).readiness), pct(of(c, b).readiness)],
      ...c.requirements.map((r) => [c.target.title, pct(of(c, a).cells[r.key].readiness), pct(of(c, b).cells[r.key].readiness)]),
    ]);
    expect(csv.slice(1, -1).map((r) => [r[0], r[4], r[5]])).toEqual(expected);
    expect(csv.at(-1)![0]).toBe(`Note: ${READINESS_DISCLAIMER}`);
  });

  it("the API serves kind=readiness as CSV and refuses it with another format, naming kind", async () => {
    const { token } = await createToken(await sessionActor(owner.userId), owner.slug, {
      name: "readiness-export",
      scopes: ["read"],
      expiresInDays: 1,
    });
    const get = (query: string) =>
      evaluationRoute(
        new NextRequest(`http://localhost/api/v1/evaluations/${a}/export?${query}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
        { params: Promise.resolve({ id: a }) },
      );
    const ok = await get("format=csv&kind=readiness");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toMatch(/-readiness-\d{4}-\d\d-\d\d\.csv"$/);
    const bad = await get("format=xlsx&kind=readiness");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues).toEqual([expect.objectContaining({ field: "kind" })]);
    expect((await get("format=csv&kind=everything")).status).toBe(400);
  });
});
