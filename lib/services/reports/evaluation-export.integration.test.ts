import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as comparisonRoute } from "@/app/api/v1/comparisons/export/route";
import { GET as evaluationRoute } from "@/app/api/v1/evaluations/[id]/export/route";
import { db } from "../../db";
import {
  createMember,
  owaspCatalogue,
  sessionActor,
  type TestMember,
} from "../../testing/fixtures";
import { createToken } from "../accounts/api-tokens";
import { exportComparison, exportEvaluation } from "./evaluation-export";
import { scoredByOwner, text } from "./exports.fixture";

let owner: TestMember;
let reviewer: TestMember;
let a: string;
let b: string;
const SECRET = "owner-only-rationale-7f3a";

beforeAll(async () => {
  await owaspCatalogue();
  owner = await createMember({ role: "owner", name: "Olga Ownername" });
  reviewer = await createMember({ role: "reviewer", slug: owner.slug, name: "Rita Reviewer" });
  a = await scoredByOwner(owner, 4, SECRET);
  b = await scoredByOwner(owner, 1, SECRET);
});

describe("evaluation and comparison exports", () => {
  it("give the owner every format with the submitted scores and rationale", async () => {
    const actor = await sessionActor(owner.userId);
    for (const format of ["csv", "xlsx", "json", "oscal"]) {
      const file = await exportEvaluation(actor, owner.slug, a, { format });
      expect(await text(file)).toContain(SECRET);
    }
    const json = JSON.parse(await text(await exportEvaluation(actor, owner.slug, a, { format: "json" })));
    expect(json.sections.find((s: { key: string }) => s.key === "GW").criteria[0].reviews[0]).toMatchObject({
      reviewer: "Olga Ownername",
      value: 4,
    });
    const oscal = JSON.parse(await text(await exportEvaluation(actor, owner.slug, a, { format: "oscal" })));
    expect(oscal["assessment-results"].results[0].findings.length).toBe(
      json.sections.find((s: { key: string }) => s.key === "GW").criteria.length,
    );
  });

  it("keep the blind rule: a reviewer who has not submitted gets no one else's scores in any format", async () => {
    const actor = await sessionActor(reviewer.userId);
    const files = [
      ...(await Promise.all(
        ["csv", "xlsx", "json", "oscal"].map((format) => exportEvaluation(actor, owner.slug, a, { format })),
      )),
      ...(await Promise.all(
        ["csv", "xlsx", "json"].map((format) =>
          exportComparison(actor, owner.slug, { evaluations: `${a},${b}`, format }),
        ),
      )),
    ];
    for (const file of files) {
      const body = await text(file);
      expect(body).not.toContain(SECRET);
      expect(body).not.toContain("Olga Ownername");
      expect(body).not.toContain("secret.example");
    }
    const json = JSON.parse(await text(files[2]));
    expect(json.summary.overall).toBeNull();
    expect(json.sections.find((s: { key: string }) => s.key === "GW")).toMatchObject({ hidden: true });
    expect(JSON.parse(await text(files[3]))["assessment-results"].results[0].findings).toBeUndefined();
  });

  it("refuse a bad format by name, another workspace as not found, and audit every export", async () => {
    const actor = await sessionActor(owner.userId);
    await expect(exportEvaluation(actor, owner.slug, a, { format: "pdf" })).rejects.toMatchObject({
      code: "validation_failed",
      issues: [expect.objectContaining({ field: "format" })],
    });
    await expect(
      exportComparison(actor, owner.slug, { evaluations: `${a},${b}`, format: "oscal" }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ field: "format" })] });
    const stranger = await createMember({ role: "owner" });
    await expect(
      exportEvaluation(await sessionActor(stranger.userId), stranger.slug, a, { format: "csv" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      exportEvaluation(await sessionActor(stranger.userId), owner.slug, a, { format: "csv" }),
    ).rejects.toMatchObject({ code: "not_found" });

    await exportEvaluation(actor, owner.slug, b, { format: "xlsx", profile: "industrial-gateway" });
    expect(
      await db().auditEvent.findFirst({
        where: { action: "evaluation.exported", targetId: b },
        select: { actorId: true, workspaceId: true, after: true },
      }),
    ).toEqual({
      actorId: owner.userId,
      workspaceId: owner.workspaceId,
      after: { format: "xlsx", kind: "scores", profile: "industrial-gateway" },
    });
    await exportComparison(actor, owner.slug, { evaluations: `${b},${a}`, format: "csv" });
    const events = await db().auditEvent.findMany({
      where: { action: "comparison.exported", workspaceId: owner.workspaceId },
      select: { after: true },
    });
    expect(events.map((e) => e.after)).toContainEqual({
      format: "csv",
      kind: "scores",
      profile: "equal",
      evaluations: [b, a],
    });
  });

  it("answer /api/v1 with download headers, 400 naming format, and 404 for another workspace's token", async () => {
    const { token } = await createToken(await sessionActor(owner.userId), owner.slug, {
      name: "export",
      scopes: ["read"],
      expiresInDays: 1,
    });
    const get = (url: string, bearer = token) =>
      new NextRequest(`http://localhost${url}`, { headers: { authorization: `Bearer ${bearer}` } });
    const ok = await evaluationRoute(get(`/api/v1/evaluations/${a}/export?format=xlsx`), {
      params: Promise.resolve({ id: a }),
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(ok.headers.get("content-disposition")).toMatch(
      /^attachment; filename="Vendor-FW-[0-9a-f]+-1\.0-\d{4}-\d\d-\d\d\.xlsx"$/,
    );
    expect(ok.headers.get("cache-control")).toBe("no-store");
    expect(Number(ok.headers.get("content-length"))).toBe((await ok.arrayBuffer()).byteLength);

    const bad = await evaluationRoute(get(`/api/v1/evaluations/${a}/export?format=docx`), {
      params: Promise.resolve({ id: a }),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues).toEqual([expect.objectContaining({ field: "format" })]);

    const cmp = await comparisonRoute(get(`/api/v1/comparisons/export?evaluations=${a},${b}&format=csv`), {
      params: Promise.resolve({}),
    });
    expect(cmp.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await cmp.text()).toContain("Overall (Equal weights)");

    const stranger = await createMember({ role: "owner" });
    const theirs = await createToken(await sessionActor(stranger.userId), stranger.slug, {
      name: "x",
      scopes: ["read"],
      expiresInDays: 1,
    });
    const missing = await evaluationRoute(get(`/api/v1/evaluations/${a}/export?format=csv`, theirs.token), {
      params: Promise.resolve({ id: a }),
    });
    expect(missing.status).toBe(404);
  });
});
