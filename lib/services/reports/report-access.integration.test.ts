import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { createMember, META, sessionActor, type TestMember } from "../../testing/fixtures";
import { createToken } from "../accounts/api-tokens";
import { createShareLink, revokeShareLink } from "../sharing/share-links";
import { comparisonReport, evaluationReport, sharedReport } from "./reports";
import { inspect, reportWorld, SCRIPTS } from "./reports.fixture";

// Who gets a report and how: refusals, a share link's snapshot, the API route.
let owner: TestMember;
let evaluations: string[];

beforeAll(async () => {
  ({ owner, evaluations } = await reportWorld());
}, 180_000);

describe("PDF reports", () => {
  it("refuses bad input by field, unknown profiles, and other workspaces", async () => {
    const actor = await sessionActor(owner.userId);
    await expect(comparisonReport(actor, owner.slug, { evaluations: evaluations[0] })).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(
      comparisonReport(actor, owner.slug, { evaluations: evaluations.join(","), profile: "nope" }),
    ).rejects.toMatchObject({ code: "validation_failed", issues: [{ field: "profile" }] });
    await expect(evaluationReport(actor, owner.slug, "not-a-uuid")).rejects.toMatchObject({
      code: "not_found",
    });
    const stranger = await createMember({ role: "owner" });
    await expect(
      evaluationReport(await sessionActor(stranger.userId), owner.slug, evaluations[0]),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("prints a share link's snapshot with hidden names, audits it, and stops when revoked", async () => {
    const actor = await sessionActor(owner.userId);
    const link = await createShareLink(actor, owner.slug, {
      evaluationIds: evaluations,
      hideReviewers: true,
    });
    const token = link.url.split("/").pop()!;
    const report = await sharedReport(token, META, {});
    expect(report).not.toBeNull();
    const { text } = inspect(report!.pdf);
    expect(text).toContain(SCRIPTS);
    expect(text).toContain("Reviewer 1");
    expect(text).not.toContain(owner.email);
    const row = await db().shareLink.findUniqueOrThrow({
      where: { id: link.id },
      select: { viewCount: true },
    });
    expect(row.viewCount).toBe(0);
    expect(
      await db().auditEvent.count({
        where: { action: "report.generated", targetType: "share_link", targetId: link.id },
      }),
    ).toBe(1);
    // Anonymous downloads are audited once per link per hour (two if this crossed the hour).
    const hour = Math.floor(Date.now() / 3_600_000);
    for (let i = 0; i < 2; i++)
      expect(await sharedReport(token, { ip: `198.51.100.${i}`, userAgent: "curl" }, {})).not.toBeNull();
    expect(
      await db().auditEvent.count({
        where: { action: "report.generated", targetType: "share_link", targetId: link.id },
      }),
    ).toBe(1 + Math.floor(Date.now() / 3_600_000) - hour);
    await revokeShareLink(actor, owner.slug, link.id);
    expect(await sharedReport(token, META, {})).toBeNull();
    expect(await sharedReport("x".repeat(43), META, {})).toBeNull();
  });

  it("answers GET /api/v1/comparisons/report.pdf to a read token as a no-store attachment, and refuses anonymous and unknown parameters", async () => {
    const owner_ = await sessionActor(owner.userId);
    const { token } = await createToken(owner_, owner.slug, {
      name: `pdf-${Date.now()}`,
      scopes: ["read"],
      expiresInDays: 1,
    });
    const { GET } = await import("../../../app/api/v1/comparisons/report.pdf/route");
    const call = (query: string, auth = true) =>
      GET(
        new NextRequest(`http://localhost/api/v1/comparisons/report.pdf?${query}`, {
          headers: auth ? { authorization: `Bearer ${token}` } : {},
        }),
        { params: Promise.resolve({}) },
      );
    const res = await call(`evaluations=${evaluations.join(",")}&profile=cloud-only`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="comparison-[a-z0-9-]+\.pdf"$/,
    );
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await call(`evaluations=${evaluations.join(",")}&x=1`)).status).toBe(400);
    expect((await call(`evaluations=${evaluations.join(",")}`, false)).status).toBe(401);
    await expect(
      comparisonReport(null, owner.slug, { evaluations: evaluations.join(",") }),
    ).rejects.toMatchObject({ code: "unauthorized" });
  });
});
